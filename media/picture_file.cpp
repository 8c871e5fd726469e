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
  bool out_of_memory = false;
  const FrameDecoder::Sink keep_first = [&](const DecodedFrame& f) {
    if (picture || out_of_memory) return;
    picture = BgrFrame::copy_of(f.image);
    out_of_memory = !picture;
  };
  PacketPtr packet = make_packet();
  while (!picture && !out_of_memory && av_read_frame(ctx, packet.get()) >= 0) {
    if (packet->stream_index == stream) decoder->decode(packet.get(), keep_first);
    av_packet_unref(packet.get());
  }
  decoder->decode(nullptr, keep_first);
  if (out_of_memory) return core::fail("media", file.string(), "out of memory decoding the picture");
  if (!picture) return core::fail("media", file.string(), "the picture could not be decoded");
  return picture;
}

}  // namespace media
