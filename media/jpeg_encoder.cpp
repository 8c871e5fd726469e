#include "media/jpeg_encoder.hpp"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavutil/frame.h>
#include <libswscale/swscale.h>
}

#include "media/av_input.hpp"

namespace media {

struct JpegEncoder::State {
  int quality = 3;
  AVCodecContext* codec = nullptr;  // for one picture size; remade when it changes
  SwsContext* scaler = nullptr;
  AVFrame* frame = nullptr;
  AVPacket* packet = nullptr;

  void reset() {
    avcodec_free_context(&codec);
    av_frame_free(&frame);
  }
  ~State() {
    reset();
    sws_freeContext(scaler);
    av_packet_free(&packet);
  }
};

namespace {

std::string prepare(JpegEncoder::State& s, int width, int height) {
  if (s.codec && s.codec->width == width && s.codec->height == height) return {};
  s.reset();
  const AVCodec* mjpeg = avcodec_find_encoder(AV_CODEC_ID_MJPEG);
  if (!mjpeg) return "this FFmpeg has no MJPEG encoder";
  s.codec = avcodec_alloc_context3(mjpeg);
  s.frame = av_frame_alloc();
  if (!s.packet) s.packet = av_packet_alloc();
  if (!s.codec || !s.frame || !s.packet) return "out of memory";
  s.codec->width = width;
  s.codec->height = height;
  s.codec->pix_fmt = AV_PIX_FMT_YUVJ420P;  // full-range YUV, as JPEG wants
  s.codec->time_base = AVRational{1, 25};
  s.codec->flags |= AV_CODEC_FLAG_QSCALE;
  s.codec->global_quality = FF_QP2LAMBDA * s.quality;
  if (int rc = avcodec_open2(s.codec, mjpeg, nullptr); rc < 0) return "cannot open the JPEG encoder: " + av_error_text(rc);
  s.frame->format = AV_PIX_FMT_YUVJ420P;
  s.frame->width = width;
  s.frame->height = height;
  if (int rc = av_frame_get_buffer(s.frame, 0); rc < 0) return "out of memory: " + av_error_text(rc);
  return {};
}

}  // namespace

JpegEncoder::JpegEncoder(int quality) : state_(std::make_unique<State>()) { state_->quality = quality; }
JpegEncoder::JpegEncoder(JpegEncoder&&) noexcept = default;
JpegEncoder& JpegEncoder::operator=(JpegEncoder&&) noexcept = default;
JpegEncoder::~JpegEncoder() = default;

core::Result<std::string> JpegEncoder::encode(const BgrImage& image, const std::string& what) {
  State& s = *state_;
  if (auto problem = prepare(s, image.width, image.height); !problem.empty()) {
    s.reset();  // half made: made again next time
    return core::fail("media", what, problem);
  }
  s.scaler = sws_getCachedContext(s.scaler, image.width, image.height, AV_PIX_FMT_BGR24, image.width, image.height,
                                  AV_PIX_FMT_YUVJ420P, SWS_BILINEAR, nullptr, nullptr, nullptr);
  if (!s.scaler || av_frame_make_writable(s.frame) < 0) return core::fail("media", what, "cannot convert the picture");
  const std::uint8_t* planes[4] = {image.data, nullptr, nullptr, nullptr};
  const int strides[4] = {image.stride, 0, 0, 0};
  if (sws_scale(s.scaler, planes, strides, 0, image.height, s.frame->data, s.frame->linesize) <= 0) {
    return core::fail("media", what, "cannot convert the picture");
  }
  int rc = avcodec_send_frame(s.codec, s.frame);
  if (rc >= 0) rc = avcodec_receive_packet(s.codec, s.packet);
  if (rc < 0) return core::fail("media", what, "cannot encode the JPEG: " + av_error_text(rc));
  std::string bytes(reinterpret_cast<const char*>(s.packet->data), static_cast<std::size_t>(s.packet->size));
  av_packet_unref(s.packet);
  return bytes;
}

}  // namespace media
