#include "media/bgr_frame.hpp"

extern "C" {
#include <libavutil/frame.h>
#include <libavutil/imgutils.h>
#include <libswscale/swscale.h>
}

#include <algorithm>
#include <cmath>

namespace media {

std::unique_ptr<BgrFrame> BgrFrame::allocate(int width, int height) {
  if (width <= 0 || height <= 0) return nullptr;
  AVFrame* frame = av_frame_alloc();
  if (!frame) return nullptr;
  frame->format = AV_PIX_FMT_BGR24;
  frame->width = width;
  frame->height = height;
  // 0: libav's own alignment for this CPU's SIMD, with its padding after the last row.
  if (av_frame_get_buffer(frame, 0) < 0) {
    av_frame_free(&frame);
    return nullptr;
  }
  return std::unique_ptr<BgrFrame>(new BgrFrame(frame));
}

std::unique_ptr<BgrFrame> BgrFrame::copy_of(const BgrImage& image) {
  auto copy = allocate(image.width, image.height);
  if (!copy) return nullptr;
  av_image_copy_plane(copy->data(), copy->stride(), image.data, image.stride, image.width * 3, image.height);
  return copy;
}

BgrFrame::BgrFrame(AVFrame* frame) : frame_(frame) {}
BgrFrame::~BgrFrame() { av_frame_free(&frame_); }

int BgrFrame::width() const { return frame_->width; }
int BgrFrame::height() const { return frame_->height; }
int BgrFrame::stride() const { return frame_->linesize[0]; }
std::uint8_t* BgrFrame::data() { return frame_->data[0]; }
BgrImage BgrFrame::view() const { return BgrImage{frame_->data[0], frame_->width, frame_->height, frame_->linesize[0]}; }

std::pair<int, int> scaled_size(int width, int height, int longest) {
  const int side = std::max(width, height);
  if (longest <= 0 || side <= longest) return {width, height};
  const double k = static_cast<double>(longest) / side;
  return {std::max(2, static_cast<int>(std::lround(width * k)) & ~1), std::max(2, static_cast<int>(std::lround(height * k)) & ~1)};
}

std::unique_ptr<BgrFrame> scaled_copy(const BgrImage& image, int longest) {
  const auto [w, h] = scaled_size(image.width, image.height, longest);
  if (w == image.width && h == image.height) return BgrFrame::copy_of(image);
  SwsContext* scaler = sws_getContext(image.width, image.height, AV_PIX_FMT_BGR24, w, h, AV_PIX_FMT_BGR24, SWS_AREA,
                                      nullptr, nullptr, nullptr);
  auto out = scaler ? BgrFrame::allocate(w, h) : nullptr;
  if (out) {
    const std::uint8_t* from[4] = {image.data, nullptr, nullptr, nullptr};
    const int from_stride[4] = {image.stride, 0, 0, 0};
    std::uint8_t* to[4] = {out->data(), nullptr, nullptr, nullptr};
    const int to_stride[4] = {out->stride(), 0, 0, 0};
    if (sws_scale(scaler, from, from_stride, 0, image.height, to, to_stride) <= 0) out.reset();
  }
  sws_freeContext(scaler);
  return out;
}

}  // namespace media
