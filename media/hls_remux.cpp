#include "media/hls_remux.hpp"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/dict.h>
}

#include <unistd.h>

#include <limits>
#include <system_error>
#include <vector>

#include "fetch/sha256.hpp"
#include "fetch/url.hpp"
#include "media/av_input.hpp"
#include "media/remote_input.hpp"

namespace media {
namespace {

bool copied(const AVStream* st) {
  const auto type = st->codecpar->codec_type;
  return st->discard < AVDISCARD_ALL && (type == AVMEDIA_TYPE_VIDEO || type == AVMEDIA_TYPE_AUDIO);
}

// "mp4" when MP4 holds every copied codec, else "matroska" (which holds them all).
const char* container_for(const AVFormatContext* in) {
  const AVOutputFormat* mp4 = av_guess_format("mp4", nullptr, nullptr);
  for (unsigned i = 0; i < in->nb_streams; ++i) {
    if (copied(in->streams[i]) && avformat_query_codec(mp4, in->streams[i]->codecpar->codec_id, FF_COMPLIANCE_NORMAL) != 1) {
      return "matroska";
    }
  }
  return "mp4";
}

// The output being written; removed unless commit() ran.
class Output {
 public:
  explicit Output(std::filesystem::path target) : target_(std::move(target)) {
    temp_ = target_;
    temp_ += "." + std::to_string(::getpid()) + ".part";
  }
  ~Output() {
    close();
    if (!committed_) {
      std::error_code ignored;
      std::filesystem::remove(temp_, ignored);
    }
  }
  Output(const Output&) = delete;
  Output& operator=(const Output&) = delete;

  void close() {
    if (!ctx) return;
    if (ctx->pb) avio_closep(&ctx->pb);
    avformat_free_context(ctx);
    ctx = nullptr;
  }
  core::Result<void> commit() {
    std::error_code ec;
    std::filesystem::rename(temp_, target_, ec);
    if (ec) return core::fail("media", target_.string(), "cannot move the video into place: " + ec.message());
    committed_ = true;
    return {};
  }
  const std::filesystem::path& temp() const { return temp_; }
  const std::filesystem::path& target() const { return target_; }

  AVFormatContext* ctx = nullptr;
  std::vector<int> map;  // input stream → output stream, or -1
  std::vector<std::int64_t> offset;  // per input stream: its start, in its time base
  std::vector<std::int64_t> last_dts;  // per output stream

 private:
  std::filesystem::path target_;
  std::filesystem::path temp_;
  bool committed_ = false;
};

core::Error write_error(const Output& out, const std::string& what, int code) {
  return core::Error{"media", out.target().string(), what + ": " + av_error_text(code)};
}

core::Result<void> add_streams(const AVFormatContext* in, Output& out) {
  const std::int64_t start = in->start_time == AV_NOPTS_VALUE ? 0 : in->start_time;
  for (unsigned i = 0; i < in->nb_streams; ++i) {
    const AVStream* is = in->streams[i];
    out.offset.push_back(av_rescale_q(start, AV_TIME_BASE_Q, is->time_base));
    if (!copied(is)) {
      out.map.push_back(-1);
      continue;
    }
    AVStream* os = avformat_new_stream(out.ctx, nullptr);
    if (!os) return core::fail("media", out.target().string(), "out of memory adding a stream");
    const int rc = avcodec_parameters_copy(os->codecpar, is->codecpar);
    if (rc < 0) return tl::unexpected(write_error(out, "cannot copy the stream parameters", rc));
    os->codecpar->codec_tag = 0;  // the container chooses its own tag
    os->time_base = is->time_base;
    if (const AVDictionaryEntry* lang = av_dict_get(is->metadata, "language", nullptr, 0)) {
      av_dict_set(&os->metadata, "language", lang->value, 0);
    }
    out.map.push_back(static_cast<int>(out.ctx->nb_streams) - 1);
  }
  if (out.ctx->nb_streams == 0) return core::fail("media", out.target().string(), "no audio or video stream to copy");
  out.last_dts.assign(out.ctx->nb_streams, std::numeric_limits<std::int64_t>::min());
  return {};
}

core::Result<void> open_output(const AVFormatContext* in, Output& out) {
  const char* container = container_for(in);
  int rc = avformat_alloc_output_context2(&out.ctx, nullptr, container, out.temp().c_str());
  if (rc < 0 || !out.ctx) return tl::unexpected(write_error(out, "cannot make the output", rc));
  out.ctx->flags |= AVFMT_FLAG_BITEXACT;  // no library version in the file: the same bytes on every run
  out.ctx->avoid_negative_ts = AVFMT_AVOID_NEG_TS_MAKE_ZERO;
  if (auto added = add_streams(in, out); !added) return added;
  AVDictionary* io_options = nullptr;
  av_dict_set(&io_options, "protocol_whitelist", "file", 0);
  rc = avio_open2(&out.ctx->pb, out.temp().c_str(), AVIO_FLAG_WRITE, nullptr, &io_options);
  av_dict_free(&io_options);
  if (rc < 0) return tl::unexpected(write_error(out, "cannot create the file", rc));
  rc = avformat_write_header(out.ctx, nullptr);
  if (rc < 0) return tl::unexpected(write_error(out, "cannot write the header", rc));
  return {};
}

// Shifts to zero and into the output's time base; false for a packet the
// muxer would refuse (no timestamp, or one that does not move forward).
bool place_packet(AVPacket* pkt, const AVFormatContext* in, Output& out) {
  const int index = pkt->stream_index;
  if (pkt->dts == AV_NOPTS_VALUE) pkt->dts = pkt->pts;
  if (pkt->dts == AV_NOPTS_VALUE) return false;
  pkt->dts -= out.offset[index];
  if (pkt->pts != AV_NOPTS_VALUE) pkt->pts -= out.offset[index];
  const int o = out.map[index];
  av_packet_rescale_ts(pkt, in->streams[index]->time_base, out.ctx->streams[o]->time_base);
  if (pkt->dts <= out.last_dts[o]) return false;
  out.last_dts[o] = pkt->dts;
  pkt->stream_index = o;
  pkt->pos = -1;
  return true;
}

core::Result<std::int64_t> copy_packets(RemoteInput& input, Output& out) {
  AVFormatContext* in = input.get();
  AVPacket* pkt = av_packet_alloc();
  if (!pkt) return core::fail("media", out.target().string(), "out of memory reading packets");
  std::int64_t written = 0;
  core::Result<std::int64_t> result = 0;
  while (true) {
    const int rc = av_read_frame(in, pkt);
    if (rc == AVERROR_EOF) break;
    if (rc < 0) {
      result = tl::unexpected(input.read_error(rc));
      break;
    }
    const bool keep = pkt->stream_index >= 0 && static_cast<std::size_t>(pkt->stream_index) < out.map.size() &&
                      out.map[pkt->stream_index] >= 0 && place_packet(pkt, in, out);
    if (!keep) {
      av_packet_unref(pkt);
      continue;
    }
    const int wrc = av_interleaved_write_frame(out.ctx, pkt);  // takes the packet's reference
    if (wrc < 0) {
      result = tl::unexpected(write_error(out, "cannot write a packet", wrc));
      break;
    }
    ++written;
  }
  av_packet_free(&pkt);
  if (result) result = written;
  return result;
}

}  // namespace

core::Result<Remuxed> remux_to_file(RemoteInput& input, const std::filesystem::path& stem) {
  const AVFormatContext* in = input.get();
  std::filesystem::path target = stem;
  target += std::string(container_for(in)) == "mp4" ? ".mp4" : ".mkv";
  std::error_code ec;
  std::filesystem::create_directories(target.parent_path(), ec);
  if (ec) return core::fail("media", target.parent_path().string(), "cannot create the folder: " + ec.message());
  Output out(target);
  if (auto opened = open_output(in, out); !opened) return tl::unexpected(opened.error());
  auto packets = copy_packets(input, out);
  if (!packets) return tl::unexpected(packets.error());
  // A segment refused or missing is a hole in the video, whatever FFmpeg made of it.
  if (auto refused = input.refusal()) return tl::unexpected(*refused);
  if (*packets == 0) return core::fail("media", fetch::redact_url(input.url()), "no audio or video packet to copy");
  const int rc = av_write_trailer(out.ctx);
  if (rc < 0) return tl::unexpected(write_error(out, "cannot finish the file", rc));
  out.close();
  auto digest = fetch::sha256_file(out.temp());
  if (!digest) return tl::unexpected(digest.error());
  if (auto moved = out.commit(); !moved) return tl::unexpected(moved.error());
  return Remuxed{target, digest->sha256, digest->size, *packets};
}

}  // namespace media
