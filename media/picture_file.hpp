#pragma once
// One still picture (a keyframe JPEG, a PNG) decoded into packed BGR through
// the same guarded path as video: media/av_input and libavcodec. OpenCV's
// image codecs are not used, so a run loads no more libraries than it needs.

#include <filesystem>
#include <memory>

#include "core/result.hpp"
#include "media/av_input.hpp"
#include "media/bgr_frame.hpp"

namespace media {

// The first frame of the file, in a padded libav buffer (media/bgr_frame.hpp).
using Picture = std::unique_ptr<BgrFrame>;

// Errors (stage "media", the path): unreadable, not a picture, over the limits.
core::Result<Picture> read_picture(const std::filesystem::path& file, const InputLimits& limits = {});

}  // namespace media
