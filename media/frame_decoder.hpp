#pragma once
// Decodes the packets of one video stream and hands each frame over as a
// small packed BGR picture (longest side at most `longest_side`, never
// enlarged). Holds a few frames at most, whatever the video's length.

#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include "core/result.hpp"
#include "media/frame_look.hpp"

struct AVFormatContext;
struct AVPacket;

namespace media {

// An AVPacket owned the C++ way; make_packet() gives an empty one (null when out of memory).
struct PacketDeleter {
  void operator()(AVPacket* packet) const;
};
using PacketPtr = std::unique_ptr<AVPacket, PacketDeleter>;
PacketPtr make_packet();

struct DecodedFrame {
  double t = 0;  // seconds from the start of the stream
  BgrImage image;
};

class FrameDecoder {
 public:
  using Sink = std::function<void(const DecodedFrame&)>;

  // Errors name `input` (the file) and the reason.
  static core::Result<FrameDecoder> open(AVFormatContext* context, int stream, int longest_side,
                                         std::uint64_t max_pixels, const std::string& input);
  FrameDecoder(FrameDecoder&&) noexcept;
  FrameDecoder& operator=(FrameDecoder&&) noexcept;
  ~FrameDecoder();

  // Sends one packet (nullptr flushes) and passes every frame that comes out
  // to `sink`. A packet the decoder rejects is skipped (counted), not fatal:
  // one damaged key frame must not cost the others.
  void decode(const AVPacket* packet, const Sink& sink);

  int rejected() const;
  int frames() const;

  struct State;

 private:
  explicit FrameDecoder(std::unique_ptr<State> state);
  std::unique_ptr<State> state_;
};

}  // namespace media
