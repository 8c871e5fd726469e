#pragma once
// Which rendition of a video to fetch: the best MP4 at or under a bitrate cap
// (enough for keyframes and on-screen text, without pulling a 1080p file);
// when every MP4 is above the cap, the smallest; with no MP4, the HLS
// playlist (read later through the guarded client).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace fetch {

struct VideoVariant {
  std::string url;
  std::string content_type;  // "video/mp4", "application/x-mpegURL"
  std::int64_t bitrate = 0;  // 0 when the service gives none (HLS)
};

struct MediaChoice {
  std::int64_t max_bitrate = 2'500'000;
};

std::optional<VideoVariant> choose_variant(const std::vector<VideoVariant>& variants, const MediaChoice& choice);

}  // namespace fetch
