#pragma once
// The bounds of one remote media read (media/remote_input, media/hls_to_file).

#include <chrono>
#include <cstdint>

#include "core/config.hpp"

namespace media {

struct RemoteLimits {
  std::chrono::milliseconds deadline{std::chrono::seconds(120)};  // limits.media_seconds, for the whole read
  std::uint64_t max_bytes = 1ull << 30;   // limits.media_bytes: everything fetched for one video
  std::uint64_t max_pixels = 1ull << 26;  // limits.frame_pixels
  int max_opens = 10'000;                 // the top-level URL and every nested open
  std::int64_t max_bitrate = 2'500'000;   // which variant of a master playlist (fetch::MediaChoice)
  std::uint64_t max_playlist_bytes = 16ull << 20;  // a playlist is text: far below any segment
};

// From limits.media_seconds, limits.media_bytes and limits.frame_pixels.
RemoteLimits remote_limits(const core::Config& config);

}  // namespace media
