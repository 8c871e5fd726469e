#pragma once
// The key-frame packets of one video stream, and nothing else. When the
// container carries a complete index of its key frames (MP4/MOV), each is
// read by seeking straight to it, so the bytes between key frames are never
// read; otherwise packets are read in order and all but key frames skipped.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "core/result.hpp"

struct AVFormatContext;
struct AVPacket;

namespace media {

class KeyPackets {
 public:
  KeyPackets(AVFormatContext* context, int stream);

  // The next key-frame packet into `packet` (unreferenced by the caller
  // after use): 1 when there is one, 0 at the end, a negative AVERROR on a
  // read failure.
  int next(AVPacket* packet);

  bool indexed() const { return !timestamps_.empty(); }
  // True when seeking was given up part-way (a seek failed or landed far off) and reading went on in order.
  bool fell_back() const { return fell_back_; }

 private:
  int next_in_order(AVPacket* packet);
  int next_by_index(AVPacket* packet);

  AVFormatContext* context_;
  int stream_;
  std::vector<std::int64_t> timestamps_;  // key frames' timestamps from the index
  std::size_t position_ = 0;
  std::int64_t delay_ = 0;  // presentation minus decoding time of the key frames seen
  std::optional<std::int64_t> last_dts_;  // of the last key frame given
  bool fell_back_ = false;
};

}  // namespace media
