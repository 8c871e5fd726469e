#include "media/remote_limits.hpp"

namespace media {

RemoteLimits remote_limits(const core::Config& config) {
  RemoteLimits limits;
  limits.deadline = std::chrono::seconds(config.limits.media_seconds);
  limits.max_bytes = config.limits.media_bytes;
  limits.max_pixels = config.limits.frame_pixels;
  return limits;
}

}  // namespace media
