#pragma once
// One still picture (a keyframe JPEG, a PNG) decoded into packed BGR through
// the same guarded path as video: media/av_input and libavcodec. OpenCV's
// image codecs are not used, so a run loads no more libraries than it needs.

#include <cstdint>
#include <filesystem>
#include <vector>

#include "core/result.hpp"
#include "media/av_input.hpp"

namespace media {

struct Picture {
  std::vector<std::uint8_t> bgr;
  int width = 0;
  int height = 0;
  int stride = 0;  // bytes per row
};

// Errors (stage "media", the path): unreadable, not a picture, over the limits.
core::Result<Picture> read_picture(const std::filesystem::path& file, const InputLimits& limits = {});

}  // namespace media
