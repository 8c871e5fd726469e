#pragma once
// A local media file opened for libavformat with the guards untrusted files
// need (reference/security.md): FFmpeg's own protocols are not used at all —
// the file is opened by us and every nested open the demuxer asks for
// (playlists, external references) is refused; only container and image
// demuxers are allowed; and an interrupt callback ends any read after the
// deadline, so no file can hang the stage. Declared frame sizes are checked
// against max_pixels before any decoder runs, the decoders that probe the
// streams refuse larger frames and run on one thread, and at most 100
// streams are accepted.
//
// Remote bytes never come through here: they are fetched by the fetch client
// first (media/remote_* reads playlists through it).

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>

#include "core/result.hpp"

struct AVFormatContext;

namespace media {

struct InputLimits {
  std::chrono::milliseconds deadline{std::chrono::seconds(120)};  // for everything done with the input
  std::uint64_t max_pixels = 1ull << 26;  // largest width × height a stream may declare
};

// The demuxers a local file may be read with: containers and still images.
// Playlists (hls, dash), concat and other demuxers that open further files
// are not among them.
const char* allowed_formats();

class AvInput {
 public:
  // Opens and reads stream information. Errors: stage "media", input the
  // path, one line (libavformat's reason, or the limit that was hit).
  static core::Result<AvInput> open_file(const std::filesystem::path& file, const InputLimits& limits);

  AvInput(AvInput&&) noexcept;
  AvInput& operator=(AvInput&&) noexcept;
  ~AvInput();

  AVFormatContext* get() const;
  // True once the deadline has passed: reads then fail with AVERROR_EXIT.
  bool timed_out() const;
  const std::filesystem::path& path() const;

  struct State;  // the open file, its deadline and libavformat's context

 private:
  explicit AvInput(std::unique_ptr<State> state);
  std::unique_ptr<State> state_;
};

// libavformat's words for an error code: "Invalid data found when processing input".
std::string av_error_text(int code);

}  // namespace media
