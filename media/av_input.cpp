#include "media/av_input.hpp"

extern "C" {
#include <libavformat/avformat.h>
#include <libavutil/dict.h>
}

#include <algorithm>
#include <array>
#include <climits>
#include <mutex>
#include <vector>

namespace media {

struct AvInput::State {
  std::filesystem::path path;
  std::chrono::steady_clock::time_point deadline;
  AVFormatContext* context = nullptr;
  AVIOContext* io = nullptr;

  ~State() {
    if (context) avformat_close_input(&context);  // custom I/O: pb is ours to close
    if (io) avio_closep(&io);
  }
};

namespace {

constexpr int k_max_streams = 100;  // no real video has more; a hostile file may declare thousands

int interrupt(void* opaque) {
  const auto* state = static_cast<const AvInput::State*>(opaque);
  return std::chrono::steady_clock::now() > state->deadline ? 1 : 0;
}

// Every nested open is refused: a local file has no business naming others.
int refuse_nested_open(AVFormatContext*, AVIOContext**, const char*, int, AVDictionary**) { return AVERROR(EPERM); }

std::string read_error(const AvInput::State& s, int code) {
  if (code == AVERROR_EXIT || std::chrono::steady_clock::now() > s.deadline) {
    return "reading took longer than the deadline (limits.media_seconds): stopped";
  }
  if (code == AVERROR(ENOMEM)) {  // what a demuxer returns when the stream cap refuses a stream, too
    return "cannot read it as media: " + av_error_text(code) + " (or it has more than " + std::to_string(k_max_streams) +
           " streams, the most accepted)";
  }
  return "cannot read it as media: " + av_error_text(code);
}

// Refuses streams whose declared size would need more memory than any real video.
std::string oversized_stream(const AVFormatContext* ctx, std::uint64_t max_pixels) {
  for (unsigned i = 0; i < ctx->nb_streams; ++i) {
    const AVCodecParameters* p = ctx->streams[i]->codecpar;
    if (p->codec_type != AVMEDIA_TYPE_VIDEO) continue;
    const auto pixels = static_cast<std::uint64_t>(std::max(p->width, 0)) * static_cast<std::uint64_t>(std::max(p->height, 0));
    if (pixels > max_pixels) {
      return "stream " + std::to_string(i) + " declares " + std::to_string(p->width) + "x" + std::to_string(p->height) +
             " pixels, above limits.frame_pixels (" + std::to_string(max_pixels) + ")";
    }
  }
  return {};
}

// Reads stream information with the decoders bounded: no frame above the pixel
// limit is allocated (the bitstream's own size counts, not only the header's),
// and one thread each.
int find_stream_info(AVFormatContext* ctx, const InputLimits& limits) {
  const unsigned n = ctx->nb_streams;
  std::vector<AVDictionary*> per_stream(n, nullptr);
  for (auto& options : per_stream) {
    av_dict_set_int(&options, "max_pixels", static_cast<int64_t>(std::min<std::uint64_t>(limits.max_pixels, INT_MAX)), 0);
    av_dict_set(&options, "threads", "1", 0);
  }
  const int rc = avformat_find_stream_info(ctx, n ? per_stream.data() : nullptr);
  for (auto& options : per_stream) av_dict_free(&options);
  return rc;
}

}  // namespace

const char* allowed_formats() {
  return "mov,mp4,m4a,3gp,3g2,mj2,matroska,webm,mpegts,flv,avi,asf,ogg,mpeg,h264,hevc,m4v,ivf,"
         "image2,jpeg_pipe,png_pipe,webp_pipe,gif,bmp_pipe,tiff_pipe";
}

core::Result<AvInput> AvInput::open_file(const std::filesystem::path& file, const InputLimits& limits) {
  // A hostile file can make libav* log without end; what matters comes back as errors.
  static std::once_flag quiet;
  std::call_once(quiet, [] { av_log_set_level(AV_LOG_QUIET); });
  auto state = std::make_unique<State>();
  state->path = file;
  state->deadline = std::chrono::steady_clock::now() + limits.deadline;
  const AVIOInterruptCB callback{&interrupt, state.get()};
  AVDictionary* io_options = nullptr;
  av_dict_set(&io_options, "protocol_whitelist", "file", 0);
  // "file:" and an absolute path: a name such as "clip:1.mp4" is not taken for a protocol.
  std::error_code ec;
  const std::string url = "file:" + std::filesystem::absolute(file, ec).string();
  int rc = avio_open2(&state->io, url.c_str(), AVIO_FLAG_READ, &callback, &io_options);
  av_dict_free(&io_options);
  if (rc < 0) return core::fail("media", file.string(), "cannot open: " + av_error_text(rc));

  state->context = avformat_alloc_context();
  if (!state->context) return core::fail("media", file.string(), "out of memory opening the file");
  AVFormatContext* ctx = state->context;
  ctx->pb = state->io;
  ctx->flags |= AVFMT_FLAG_CUSTOM_IO;
  ctx->interrupt_callback = callback;
  ctx->io_open = &refuse_nested_open;
  AVDictionary* options = nullptr;
  av_dict_set(&options, "format_whitelist", allowed_formats(), 0);
  av_dict_set(&options, "protocol_whitelist", "file", 0);
  av_dict_set_int(&options, "max_streams", k_max_streams, 0);
  rc = avformat_open_input(&state->context, file.c_str(), nullptr, &options);
  av_dict_free(&options);
  if (rc < 0) {
    state->context = nullptr;  // freed by avformat_open_input on failure
    return core::fail("media", file.string(), read_error(*state, rc));
  }
  // The header's claims are checked before any decoder sees them: find_stream_info
  // opens decoders, and a decoder may replace a header's size with the bitstream's.
  if (auto why = oversized_stream(state->context, limits.max_pixels); !why.empty()) {
    return core::fail("media", file.string(), why);
  }
  rc = find_stream_info(state->context, limits);
  if (rc < 0) return core::fail("media", file.string(), read_error(*state, rc));
  if (auto why = oversized_stream(state->context, limits.max_pixels); !why.empty()) {
    return core::fail("media", file.string(), why);
  }
  return AvInput(std::move(state));
}

AvInput::AvInput(std::unique_ptr<State> state) : state_(std::move(state)) {}
AvInput::AvInput(AvInput&&) noexcept = default;
AvInput& AvInput::operator=(AvInput&&) noexcept = default;
AvInput::~AvInput() = default;

AVFormatContext* AvInput::get() const { return state_->context; }
bool AvInput::timed_out() const { return std::chrono::steady_clock::now() > state_->deadline; }
const std::filesystem::path& AvInput::path() const { return state_->path; }

std::string av_error_text(int code) {
  std::array<char, AV_ERROR_MAX_STRING_SIZE> text{};
  av_strerror(code, text.data(), text.size());
  return text.data();
}

}  // namespace media
