#include "media/picture_file.hpp"

extern "C" {
#include <libavformat/avformat.h>
}

#include <memory>

#include "media/frame_decoder.hpp"

namespace media {
core::Result<Picture> read_picture(const std::filesystem::path& file, const InputLimits& limits) {
  auto input = AvInput::open_file(file, limits);
  if (!input) return tl::unexpected(input.error());
  AVFormatContext* ctx = input->get();
  const int stream = av_find_best_stream(ctx, AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
  if (stream < 0) return core::fail("media", file.string(), "not a picture");
  auto decoder = FrameDecoder::open(ctx, stream, 0, limits.max_pixels, file.string());  // 0: full size
  if (!decoder) return tl::unexpected(decoder.error());
  Picture picture;
  const FrameDecoder::Sink keep_first = [&picture](const DecodedFrame& f) {
    if (!picture.bgr.empty()) return;
    const auto bytes = static_cast<std::size_t>(f.image.stride) * static_cast<std::size_t>(f.image.height);
    picture.bgr.assign(f.image.data, f.image.data + bytes);
    picture.width = f.image.width;
    picture.height = f.image.height;
    picture.stride = f.image.stride;
  };
  PacketPtr packet = make_packet();
  while (picture.bgr.empty() && av_read_frame(ctx, packet.get()) >= 0) {
    if (packet->stream_index == stream) decoder->decode(packet.get(), keep_first);
    av_packet_unref(packet.get());
  }
  decoder->decode(nullptr, keep_first);
  if (picture.bgr.empty()) return core::fail("media", file.string(), "the picture could not be decoded");
  return picture;
}

}  // namespace media
