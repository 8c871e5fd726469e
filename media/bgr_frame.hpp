#pragma once
// A packed BGR picture in a buffer libav allocated (av_frame_get_buffer):
// each row is aligned and padded and the buffer ends in padding, so
// libswscale's SIMD code, which reads and writes whole vectors past a row's
// last pixel when the width is not a multiple of 16, stays inside it. Every
// BGR picture the media stage converts, scales or turns lives in one of
// these; a buffer sized width × 3 × height is not enough (a video of 568×320
// corrupted the heap that way).

#include <cstdint>
#include <memory>
#include <utility>

#include "media/frame_look.hpp"

struct AVFrame;

namespace media {

class BgrFrame {
 public:
  // nullptr when the size is not positive or memory runs out.
  static std::unique_ptr<BgrFrame> allocate(int width, int height);
  ~BgrFrame();
  BgrFrame(const BgrFrame&) = delete;
  BgrFrame& operator=(const BgrFrame&) = delete;

  int width() const;
  int height() const;
  int stride() const;  // bytes per row, at least width × 3 and aligned
  std::uint8_t* data();
  BgrImage view() const;

  // A copy of `image` (any stride) into a new padded buffer; nullptr when out of memory.
  static std::unique_ptr<BgrFrame> copy_of(const BgrImage& image);

 private:
  explicit BgrFrame(AVFrame* frame);
  AVFrame* frame_;
};

// The picture's size once its longest side is at most `longest` (never
// enlarged; even sides, for the scaler; `longest` 0 keeps the size).
std::pair<int, int> scaled_size(int width, int height, int longest);

// `image` scaled so its longest side is at most `longest` (a copy when it
// already is); nullptr when out of memory.
std::unique_ptr<BgrFrame> scaled_copy(const BgrImage& image, int longest);

}  // namespace media
