#pragma once
// Which keyframes the OCR reads. Reading one takes a second or more (two
// polarities, enlarged), so a video with many keyframes gets at
// most `limit` read: the sharpest of each of `limit` equal runs of its
// keyframes, so the whole length is covered and blur is passed over.

#include <cstddef>
#include <vector>

#include "core/case.hpp"

namespace media {

// Indexes into `keyframes`, in time order.
std::vector<std::size_t> frames_to_read(const std::vector<core::Keyframe>& keyframes, std::size_t limit);

}  // namespace media
