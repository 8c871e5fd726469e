#include "media/remote_input.hpp"

extern "C" {
#include <libavformat/avformat.h>
#include <libavutil/dict.h>
}

#include <cstring>
#include <exception>

#include "fetch/stage_media.hpp"
#include "fetch/stage_source.hpp"
#include "fetch/url.hpp"
#include "media/av_input.hpp"
#include "media/hls_variant.hpp"
#include "media/remote_session.hpp"

namespace media {

struct RemoteInput::State {
  State(const std::string& url, fetch::StageSource& source, const RemoteLimits& limits)
      : session(url, source, limits), limits(limits) {}
  ~State() {
    if (context) avformat_close_input(&context);  // custom I/O: the session closes every window after
  }
  RemoteSession session;
  RemoteLimits limits;
  fetch::CustodyRecord top;
  std::filesystem::path blob;
  AVFormatContext* context = nullptr;
};

namespace {

// No protocol has this name, so FFmpeg's own openers (file, http, tcp, crypto, …)
// can open nothing, should any path bypass io_open.
constexpr const char* k_no_protocol = "embedcheck-gate-only";

RemoteSession* session_of(AVFormatContext* s) { return s ? static_cast<RemoteSession*>(s->opaque) : nullptr; }

int interrupt(void* opaque) { return static_cast<const RemoteSession*>(opaque)->should_stop() ? 1 : 0; }

// Every nested open: through the session, or refused. No exception may
// cross into libavformat's C frames.
int gate_open(AVFormatContext* s, AVIOContext** pb, const char* url, int flags, AVDictionary** options) {
  RemoteSession* session = session_of(s);
  if (!session || !url || (flags & AVIO_FLAG_WRITE)) return AVERROR(EPERM);
  try {
    auto io = session->open(url, options ? *options : nullptr, k_nested_via);
    if (!io) return AVERROR(EPERM);
    *pb = *io;
    return 0;
  } catch (const std::exception&) {
    return AVERROR(EPERM);
  }
}

int gate_close(AVFormatContext* s, AVIOContext* pb) {
  if (RemoteSession* session = session_of(s)) session->close(pb);
  return 0;
}

std::string formats() { return std::string(allowed_formats()) + ",hls"; }

AVDictionary* open_options() {
  AVDictionary* options = nullptr;
  av_dict_set(&options, "format_whitelist", formats().c_str(), 0);
  av_dict_set(&options, "protocol_whitelist", k_no_protocol, 0);
  // The HLS demuxer's keep-alive reuses FFmpeg's own http context (and
  // asserts one exists): every request is a fresh open through the gate.
  av_dict_set(&options, "http_persistent", "0", 0);
  av_dict_set(&options, "http_multiple", "0", 0);
  return options;
}

std::string oversized_stream(const AVFormatContext* ctx, std::uint64_t max_pixels) {
  for (unsigned i = 0; i < ctx->nb_streams; ++i) {
    const AVCodecParameters* p = ctx->streams[i]->codecpar;
    if (p->codec_type != AVMEDIA_TYPE_VIDEO || ctx->streams[i]->discard >= AVDISCARD_ALL) continue;
    const auto pixels = static_cast<std::uint64_t>(std::max(p->width, 0)) * static_cast<std::uint64_t>(std::max(p->height, 0));
    if (pixels > max_pixels) {
      return "stream " + std::to_string(i) + " declares " + std::to_string(p->width) + "x" + std::to_string(p->height) +
             " pixels, above limits.frame_pixels (" + std::to_string(max_pixels) + ")";
    }
  }
  return {};
}

bool is_hls(const AVFormatContext* ctx) { return ctx->iformat && std::strcmp(ctx->iformat->name, "hls") == 0; }

core::Error gate_error(const RemoteInput::State& state, int code) {
  if (state.session.refusal()) return *state.session.refusal();
  const std::string input = fetch::redact_url(state.session.url());
  if (code == AVERROR_EXIT || state.session.past_deadline()) {
    return core::Error{"media", input, "reading took longer than the deadline (limits.media_seconds): stopped"};
  }
  return core::Error{"media", input, "cannot read it as media: " + av_error_text(code)};
}

AVFormatContext* gated_context(RemoteSession& session, AVIOContext* top) {
  AVFormatContext* ctx = avformat_alloc_context();
  if (!ctx) return nullptr;
  ctx->pb = top;
  ctx->flags |= AVFMT_FLAG_CUSTOM_IO;
  ctx->opaque = &session;
  ctx->io_open = &gate_open;
  ctx->io_close2 = &gate_close;
  ctx->interrupt_callback = AVIOInterruptCB{&interrupt, &session};
  return ctx;
}

// After the header: no live stream, one variant, stream facts, sane sizes.
core::Result<void> finish_open(RemoteInput::State& state) {
  AVFormatContext* ctx = state.context;
  const std::string input = fetch::redact_url(state.session.url());
  // A refusal the demuxer stepped over (a broken variant) still ends the read.
  if (state.session.refusal()) return tl::unexpected(*state.session.refusal());
  // A finished playlist has a duration; a live one grows for ever and
  // cannot be stored whole: there is no one video to hash.
  if (is_hls(ctx) && ctx->duration == AV_NOPTS_VALUE) {
    return core::fail("fetch", input, "a live HLS stream (no #EXT-X-ENDLIST): only finished videos are read");
  }
  keep_one_variant(ctx, state.limits.max_bitrate);
  const int rc = avformat_find_stream_info(ctx, nullptr);
  if (rc < 0) return tl::unexpected(gate_error(state, rc));
  if (state.session.refusal()) return tl::unexpected(*state.session.refusal());
  if (auto why = oversized_stream(ctx, state.limits.max_pixels); !why.empty()) return core::fail("media", input, why);
  return {};
}

}  // namespace

core::Result<RemoteInput> RemoteInput::open(const std::string& url, fetch::StageSource& source, const RemoteLimits& limits) {
  auto state = std::make_unique<State>(url, source, limits);
  auto top = state->session.open(url, nullptr, fetch::k_direct_via);
  if (!top) return tl::unexpected(top.error());
  const fetch::CustodyRecord* record = state->session.record(url);
  if (!record) return core::fail("fetch", fetch::redact_url(url), "refused: not an absolute http or https URL");
  state->top = *record;
  state->blob = source.cache()->blob_path(state->top.sha256);
  state->context = gated_context(state->session, *top);
  if (!state->context) return core::fail("media", fetch::redact_url(url), "out of memory opening the media");
  AVDictionary* options = open_options();
  const int rc = avformat_open_input(&state->context, url.c_str(), nullptr, &options);
  av_dict_free(&options);
  if (rc < 0) {
    state->context = nullptr;  // freed by avformat_open_input on failure
    return tl::unexpected(gate_error(*state, rc));
  }
  if (auto finished = finish_open(*state); !finished) return tl::unexpected(finished.error());
  return RemoteInput(std::move(state));
}

RemoteInput::RemoteInput(std::unique_ptr<State> state) : state_(std::move(state)) {}
RemoteInput::RemoteInput(RemoteInput&&) noexcept = default;
RemoteInput& RemoteInput::operator=(RemoteInput&&) noexcept = default;
RemoteInput::~RemoteInput() = default;

AVFormatContext* RemoteInput::get() const { return state_->context; }
const std::string& RemoteInput::url() const { return state_->session.url(); }
bool RemoteInput::is_playlist() const { return is_hls(state_->context); }
const fetch::CustodyRecord& RemoteInput::custody() const { return state_->top; }
std::filesystem::path RemoteInput::blob() const { return state_->blob; }
core::Error RemoteInput::read_error(int code) const { return gate_error(*state_, code); }
std::optional<core::Error> RemoteInput::refusal() const { return state_->session.refusal(); }
int RemoteInput::opens() const { return state_->session.opens(); }

}  // namespace media
