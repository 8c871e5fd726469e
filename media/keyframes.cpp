#include "media/keyframes.hpp"

extern "C" {
#include <libavformat/avformat.h>
}

#include <fmt/format.h>

#include <map>
#include <memory>
#include <system_error>

#include "core/file_io.hpp"
#include "media/av_input.hpp"
#include "media/bgr_frame.hpp"
#include "media/frame_decoder.hpp"
#include "media/frame_look.hpp"
#include "media/jpeg_encoder.hpp"
#include "media/key_packets.hpp"

namespace media {
namespace {

// Decoded frames pass through here: measured, offered to the chooser, and
// written when chosen; a frame that later gives way has its file removed.
class Collector {
 public:
  explicit Collector(const KeyframeOptions& options)
      : options_(options), chooser_(options.choice), jpeg_(options.jpeg_quality) {}

  // Measured as shown: upright, so a keyframe's pHash is its JPEG's, and the
  // same footage hashes alike whether turned by metadata or in its pixels.
  void take(const DecodedFrame& frame) {
    if (!error_.empty()) return;
    with_upright(frame.image, options_.rotation_deg, [&](const BgrImage& upright) { take_upright(frame.t, upright); });
  }

  // After a failure the frames written so far go: no JPEG without its report entry.
  void remove_written() {
    std::error_code ignored;
    for (const auto& [id, w] : files_) std::filesystem::remove(options_.out_dir / w.name, ignored);
    files_.clear();
  }

  const std::string& error() const { return error_; }

  std::vector<core::Keyframe> keyframes() const {
    std::vector<core::Keyframe> out;
    for (const auto& c : chooser_.chosen()) {
      const Written& w = files_.at(c.id);
      out.push_back(core::Keyframe{c.look.t, options_.report_prefix + w.name, phash_hex(c.look.phash), c.look.luma,
                                   w.sharpness, c.why});
    }
    return out;
  }

  std::size_t offered() const { return chooser_.offered(); }
  const std::vector<core::FingerprintPoint>& fingerprint() const { return fingerprint_; }

 private:
  void take_upright(double t, const BgrImage& image) {
    const FrameMeasure m = measure_frame(image);
    const FrameLook look{t, m.phash, m.luma};
    const std::size_t id = chooser_.offered();
    add_to_fingerprint(look);
    if (!chooser_.offer(look)) return;
    const std::string name = fmt::format("{}-{:04d}.jpg", options_.name, id + 1);
    if (auto problem = write_jpeg(image, options_.out_dir / name); !problem.empty()) {
      error_ = problem;
      return;
    }
    files_[id] = Written{name, m.sharpness};
    if (auto dropped = chooser_.take_dropped()) {
      std::error_code ignored;
      std::filesystem::remove(options_.out_dir / files_[*dropped].name, ignored);
      files_.erase(*dropped);
    }
  }

  std::string write_jpeg(const BgrImage& image, const std::filesystem::path& path) {
    auto bytes = jpeg_.encode(image, path.string());
    if (!bytes) return bytes.error().message;
    if (auto written = core::write_file_atomic(path, *bytes, core::Sync::none); !written) return written.error().message;
    return {};
  }

  // Thinning by halves keeps the points evenly spread in key-frame order.
  void add_to_fingerprint(const FrameLook& look) {
    if (chooser_.offered() % stride_ != 0) return;
    fingerprint_.push_back(core::FingerprintPoint{look.t, phash_hex(look.phash)});
    if (fingerprint_.size() < k_fingerprint_points) return;
    std::vector<core::FingerprintPoint> kept;
    for (std::size_t i = 0; i < fingerprint_.size(); i += 2) kept.push_back(fingerprint_[i]);
    fingerprint_ = std::move(kept);
    stride_ *= 2;
  }

  struct Written {
    std::string name;
    double sharpness = 0;
  };
  const KeyframeOptions& options_;
  KeyframeChooser chooser_;
  JpegEncoder jpeg_;
  std::map<std::size_t, Written> files_;
  std::vector<core::FingerprintPoint> fingerprint_;
  std::size_t stride_ = 1;
  std::string error_;
};

std::string read_stop(const AvInput& input, int rc) {
  if (input.timed_out() || rc == AVERROR_EXIT) return "stopped at the deadline (limits.media_seconds)";
  return "reading stopped: " + av_error_text(rc);
}

}  // namespace

core::Result<KeyframeResult> keyframe_of_picture(const BgrImage& picture, const KeyframeOptions& options) {
  std::error_code ec;
  std::filesystem::create_directories(options.out_dir, ec);
  if (ec) return core::fail("media", options.out_dir.string(), "cannot create the keyframe folder: " + ec.message());
  KeyframeOptions upright = options;
  upright.rotation_deg = 0;
  const auto small = scaled_copy(picture, options.longest_side);
  if (!small) return core::fail("media", options.out_dir.string(), "out of memory scaling the picture");
  Collector collector(upright);
  collector.take(DecodedFrame{0, small->view()});
  if (!collector.error().empty()) {
    collector.remove_written();
    return core::fail("media", options.out_dir.string(), collector.error());
  }
  KeyframeResult result;
  result.key_frames_decoded = collector.offered();
  result.keyframes = collector.keyframes();
  result.fingerprint = collector.fingerprint();
  return result;
}

core::Result<KeyframeResult> extract_keyframes(AvInput& input, const KeyframeOptions& options, std::uint64_t max_pixels) {
  AVFormatContext* ctx = input.get();
  const std::string where = input.path().string();
  const int stream = av_find_best_stream(ctx, AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
  if (stream < 0) return core::fail("media", where, "no video stream: nothing to take keyframes from");
  auto decoder = FrameDecoder::open(ctx, stream, options.longest_side, max_pixels, where);
  if (!decoder) return tl::unexpected(decoder.error());
  std::error_code ec;
  std::filesystem::create_directories(options.out_dir, ec);
  if (ec) return core::fail("media", options.out_dir.string(), "cannot create the keyframe folder: " + ec.message());

  KeyPackets packets(ctx, stream);
  Collector collector(options);
  const FrameDecoder::Sink sink = [&collector](const DecodedFrame& f) { collector.take(f); };
  PacketPtr packet = make_packet();
  KeyframeResult result;
  result.read_by_index = packets.indexed();
  for (;;) {
    const int rc = packets.next(packet.get());
    if (rc <= 0) {
      if (rc < 0) {
        result.stopped_early = true;
        result.stop_reason = read_stop(input, rc);
      }
      break;
    }
    decoder->decode(packet.get(), sink);
    av_packet_unref(packet.get());
    if (!collector.error().empty()) break;
    if (input.timed_out()) {
      result.stopped_early = true;
      result.stop_reason = read_stop(input, AVERROR_EXIT);
      break;
    }
  }
  decoder->decode(nullptr, sink);
  if (!collector.error().empty()) {
    collector.remove_written();
    return core::fail("media", where, collector.error());
  }
  result.key_frames_decoded = collector.offered();
  result.packets_rejected = static_cast<std::size_t>(decoder->rejected());
  result.keyframes = collector.keyframes();
  result.fingerprint = collector.fingerprint();
  if (result.keyframes.empty()) {
    return core::fail("media", where, result.stopped_early ? "no frame could be decoded: " + result.stop_reason
                                                           : "no frame could be decoded");
  }
  return result;
}

}  // namespace media
