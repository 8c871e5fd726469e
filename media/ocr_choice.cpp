#include "media/ocr_choice.hpp"

namespace media {

std::vector<std::size_t> frames_to_read(const std::vector<core::Keyframe>& keyframes, std::size_t limit) {
  std::vector<std::size_t> out;
  const std::size_t n = keyframes.size();
  if (limit == 0) return out;
  if (n <= limit) {
    for (std::size_t i = 0; i < n; ++i) out.push_back(i);
    return out;
  }
  for (std::size_t run = 0; run < limit; ++run) {
    const std::size_t begin = run * n / limit;
    const std::size_t end = (run + 1) * n / limit;
    std::size_t sharpest = begin;
    for (std::size_t i = begin + 1; i < end; ++i) {
      if (keyframes[i].sharpness > keyframes[sharpest].sharpness) sharpest = i;
    }
    out.push_back(sharpest);
  }
  return out;
}

}  // namespace media
