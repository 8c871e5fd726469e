// The GoPro metadata track of an MP4, read through libavformat: its 'gpmd' packets go one by
// one to read_gpmf_payload, within the caller's bounds on packets and bytes.
#include "media/gpmf.hpp"

extern "C" {
#include <libavformat/avformat.h>
#include <libavutil/error.h>
#include <libavutil/mem.h>
}

#include <memory>
#include <string>

#include "media/gpmf_klv.hpp"

namespace media {
namespace {

constexpr long k_max_other_packets = 100000;   // packets of other streams, should the demuxer not discard them
constexpr const char* k_formats = "mov,mp4,m4a,3gp,3g2,mj2";

struct ContextClose {
  void operator()(AVFormatContext* ctx) const { avformat_close_input(&ctx); }
};
struct PacketFree {
  void operator()(AVPacket* pkt) const { av_packet_free(&pkt); }
};

std::string av_text(int code) {
  char text[AV_ERROR_MAX_STRING_SIZE] = {};
  av_strerror(code, text, sizeof text);
  return text;
}

// Opened with the MP4/QuickTime demuxers and the file protocol only: the path
// is a file, never a URL, and no other demuxer gets to guess at it.
std::unique_ptr<AVFormatContext, ContextClose> open_mp4(const std::filesystem::path& file) {
  AVFormatContext* ctx = avformat_alloc_context();
  if (!ctx) return nullptr;
  ctx->format_whitelist = av_strdup(k_formats);
  ctx->protocol_whitelist = av_strdup("file");
  if (!ctx->format_whitelist || !ctx->protocol_whitelist) {
    avformat_free_context(ctx);  // frees the lists too
    return nullptr;
  }
  const std::string url = "file:" + file.string();
  if (avformat_open_input(&ctx, url.c_str(), nullptr, nullptr) < 0) return nullptr;  // ctx is freed on failure
  return std::unique_ptr<AVFormatContext, ContextClose>(ctx);
}

int gpmd_stream(AVFormatContext* ctx) {
  for (unsigned i = 0; i < ctx->nb_streams; ++i) {
    if (ctx->streams[i]->codecpar->codec_tag == MKTAG('g', 'p', 'm', 'd')) return int(i);
  }
  return -1;
}

void read_packets(AVFormatContext* ctx, int stream, int max_packets, std::size_t max_bytes, GpmfFacts& facts) {
  std::unique_ptr<AVPacket, PacketFree> pkt(av_packet_alloc());
  if (!pkt) return;
  int packets = 0;
  long other_packets = 0;
  std::size_t bytes = 0;
  while (packets < max_packets && !facts.first_fix) {
    const int rc = av_read_frame(ctx, pkt.get());
    if (rc == AVERROR_EOF) return;
    if (rc < 0) {
      gpmf::add_problem(facts, "reading the metadata track stopped: " + av_text(rc));
      return;
    }
    const bool ours = pkt->stream_index == stream;
    const std::size_t size = pkt->size > 0 ? std::size_t(pkt->size) : 0;
    if (ours && size > max_bytes - bytes) {
      gpmf::add_problem(facts, "stopped at " + std::to_string(max_bytes) + " bytes of GoPro metadata");
      av_packet_unref(pkt.get());
      return;
    }
    if (ours) {
      ++packets;
      bytes += size;
      read_gpmf_payload(pkt->data, size, facts);
    }
    av_packet_unref(pkt.get());
    if (!ours && ++other_packets > k_max_other_packets) return;
  }
}

}  // namespace

std::optional<GpmfFacts> read_gpmf_file(const std::filesystem::path& file, int max_packets, std::size_t max_bytes) {
  const auto ctx = open_mp4(file);
  if (!ctx) return std::nullopt;
  const int stream = gpmd_stream(ctx.get());
  if (stream < 0) return std::nullopt;
  for (unsigned i = 0; i < ctx->nb_streams; ++i) {
    if (int(i) != stream) ctx->streams[i]->discard = AVDISCARD_ALL;  // only the metadata samples are read
  }
  GpmfFacts facts;
  read_packets(ctx.get(), stream, max_packets, max_bytes, facts);
  return facts;
}

}  // namespace media
