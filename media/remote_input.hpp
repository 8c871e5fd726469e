#pragma once
// A remote media URL opened for libavformat through the gate: FFmpeg never
// opens a URL itself (FFmpeg 5.1 lacks later fixes against hostile HLS
// playlists, reference/security.md). Every byte it reads — the top-level
// answer and every playlist, segment or key a demuxer asks for through
// AVFormatContext::io_open — is fetched through the fetch stage's source
// (the guarded client online, the cache alone offline, each answer stored
// with its custody record before it is read) and handed to FFmpeg from the
// cached blob through our own AVIOContext. Nested URLs must be http(s), pass
// the client's address guard, fit the byte budget and the cap on opens;
// FFmpeg's own protocols are whitelisted away; the deadline ends any read.
//
//   fetch::StageSource source(&cache, &client);
//   auto input = media::RemoteInput::open(url, source, media::remote_limits(config));
//   if (!input) report(input.error());
//   AVFormatContext* ctx = input->get();  // streams found; read packets with av_read_frame
//
// A master playlist keeps one variant (media/hls_variant.hpp); a live
// playlist (no #EXT-X-ENDLIST) is refused: it has no end to fetch. Movable,
// not copyable.

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "core/result.hpp"
#include "fetch/custody.hpp"
#include "media/remote_limits.hpp"

struct AVFormatContext;

namespace fetch {
class StageSource;
}

namespace media {

class RemoteInput {
 public:
  // Opens `url` and reads stream information. Errors: one line, input the
  // URL without secrets; stage "fetch" for what the gate refused or could
  // not fetch (the nested URL and the reason in the message), "media" for
  // bytes that are no media.
  static core::Result<RemoteInput> open(const std::string& url, fetch::StageSource& source, const RemoteLimits& limits);

  RemoteInput(RemoteInput&&) noexcept;
  RemoteInput& operator=(RemoteInput&&) noexcept;
  ~RemoteInput();

  AVFormatContext* get() const;
  const std::string& url() const;
  // True when FFmpeg's HLS demuxer reads it (the answer was a playlist).
  bool is_playlist() const;
  // The top-level answer's custody record and where its bytes are.
  const fetch::CustodyRecord& custody() const;
  std::filesystem::path blob() const;
  // The Error a failed read (libavformat code `code`) means: the gate's
  // refusal when there was one, else the deadline or libavformat's reason.
  core::Error read_error(int code) const;
  // A refusal met so far, also one the demuxer stepped over (it skips
  // segments it cannot open): a read that met one is not the whole video.
  std::optional<core::Error> refusal() const;
  int opens() const;

  struct State;

 private:
  explicit RemoteInput(std::unique_ptr<State> state);
  std::unique_ptr<State> state_;
};

}  // namespace media
