#include "media/frame_decoder.hpp"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/imgutils.h>
#include <libswscale/swscale.h>
}

#include <algorithm>
#include <cmath>
#include <vector>

#include "media/av_input.hpp"
#include "media/bgr_frame.hpp"

namespace media {

struct FrameDecoder::State {
  AVCodecContext* codec = nullptr;
  AVFrame* frame = nullptr;
  SwsContext* scaler = nullptr;
  std::unique_ptr<BgrFrame> bgr;  // padded: swscale writes past a row's end
  AVRational time_base{1, 1};
  std::int64_t start = 0;
  int longest_side = 640;
  int rejected = 0;
  int frames = 0;

  ~State() {
    sws_freeContext(scaler);
    av_frame_free(&frame);
    avcodec_free_context(&codec);
  }
};

namespace {

void emit(FrameDecoder::State& s, const FrameDecoder::Sink& sink) {
  const AVFrame* f = s.frame;
  const auto [w, h] = scaled_size(f->width, f->height, s.longest_side);
  s.scaler = sws_getCachedContext(s.scaler, f->width, f->height, static_cast<AVPixelFormat>(f->format), w, h,
                                  AV_PIX_FMT_BGR24, SWS_AREA, nullptr, nullptr, nullptr);
  if (!s.scaler) {
    ++s.rejected;
    return;
  }
  if (!s.bgr || s.bgr->width() != w || s.bgr->height() != h) s.bgr = BgrFrame::allocate(w, h);
  if (!s.bgr) {
    ++s.rejected;
    return;
  }
  std::uint8_t* planes[4] = {s.bgr->data(), nullptr, nullptr, nullptr};
  int strides[4] = {s.bgr->stride(), 0, 0, 0};
  if (sws_scale(s.scaler, f->data, f->linesize, 0, f->height, planes, strides) <= 0) {
    ++s.rejected;
    return;
  }
  const std::int64_t pts = f->best_effort_timestamp != AV_NOPTS_VALUE ? f->best_effort_timestamp : f->pts;
  const double t = pts == AV_NOPTS_VALUE ? 0.0 : std::max(0.0, static_cast<double>(pts - s.start) * av_q2d(s.time_base));
  ++s.frames;
  sink(DecodedFrame{t, s.bgr->view()});
}

}  // namespace

core::Result<FrameDecoder> FrameDecoder::open(AVFormatContext* context, int stream, int longest_side,
                                              std::uint64_t max_pixels, const std::string& input) {
  const AVStream* st = context->streams[stream];
  const AVCodec* decoder = avcodec_find_decoder(st->codecpar->codec_id);
  if (!decoder) {
    return core::fail("media", input, std::string("no decoder for the video codec ") + avcodec_get_name(st->codecpar->codec_id));
  }
  auto state = std::make_unique<State>();
  state->codec = avcodec_alloc_context3(decoder);
  state->frame = av_frame_alloc();
  if (!state->codec || !state->frame) return core::fail("media", input, "out of memory opening the decoder");
  int rc = avcodec_parameters_to_context(state->codec, st->codecpar);
  if (rc < 0) return core::fail("media", input, "cannot set up the decoder: " + av_error_text(rc));
  state->codec->max_pixels = static_cast<std::int64_t>(std::min<std::uint64_t>(max_pixels, INT32_MAX));
  // Intra frames, not only IDR: an open-GOP H.264 marks I-frames as sync
  // samples, and NONKEY would have the decoder drop them all.
  state->codec->skip_frame = AVDISCARD_NONINTRA;
  // Keyframes are looked at small (640 px): the deblocking filter's work
  // would not show, and it is a tenth or more of decoding.
  state->codec->skip_loop_filter = AVDISCARD_ALL;
  // Key frames are independent: two frame threads decode two at once.
  state->codec->thread_count = 2;
  state->codec->thread_type = FF_THREAD_FRAME | FF_THREAD_SLICE;
  rc = avcodec_open2(state->codec, decoder, nullptr);
  if (rc < 0) return core::fail("media", input, "cannot open the decoder: " + av_error_text(rc));
  state->time_base = st->time_base;
  state->start = st->start_time != AV_NOPTS_VALUE ? st->start_time : 0;
  state->longest_side = longest_side;
  return FrameDecoder(std::move(state));
}

void FrameDecoder::decode(const AVPacket* packet, const Sink& sink) {
  State& s = *state_;
  // Flushing, a damaged frame must not cost those still queued behind it.
  auto drain = [&] {
    for (int errors = 0;;) {
      const int rc = avcodec_receive_frame(s.codec, s.frame);
      if (rc == AVERROR(EAGAIN) || rc == AVERROR_EOF) return;
      if (rc < 0) {
        ++s.rejected;
        if (packet || ++errors > 64) return;
        continue;
      }
      emit(s, sink);
      av_frame_unref(s.frame);
    }
  };
  int rc = avcodec_send_packet(s.codec, packet);
  if (rc == AVERROR(EAGAIN)) {  // frames waiting: take them, then the packet fits
    drain();
    rc = avcodec_send_packet(s.codec, packet);
  }
  if (rc < 0 && rc != AVERROR_EOF && packet) ++s.rejected;
  drain();
}

void PacketDeleter::operator()(AVPacket* packet) const { av_packet_free(&packet); }
PacketPtr make_packet() { return PacketPtr(av_packet_alloc()); }

int FrameDecoder::rejected() const { return state_->rejected; }
int FrameDecoder::frames() const { return state_->frames; }

FrameDecoder::FrameDecoder(std::unique_ptr<State> state) : state_(std::move(state)) {}
FrameDecoder::FrameDecoder(FrameDecoder&&) noexcept = default;
FrameDecoder& FrameDecoder::operator=(FrameDecoder&&) noexcept = default;
FrameDecoder::~FrameDecoder() = default;

}  // namespace media
