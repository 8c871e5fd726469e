#pragma once
// The state of one remote read behind the gate (media/remote_input): every
// open FFmpeg asks for — the top-level URL and each nested one — checked
// (http and https only, a cap on their number, the deadline), fetched through
// the stage's source (the client online, the cache offline; each answer with
// its custody record) within one byte budget, and handed back as a window
// on the cached blob. The first refusal is kept: once there is one, every
// further open is refused and the interrupt callback stops the demuxer, so
// a segment FFmpeg would skip ends the read with that reason instead.

#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "core/result.hpp"
#include "fetch/stage_source.hpp"
#include "media/remote_avio.hpp"
#include "media/remote_limits.hpp"

struct AVDictionary;
struct AVIOContext;

namespace media {

// The custody `via` of what a playlist names (the top-level URL is "direct").
inline constexpr std::string_view k_nested_via = "hls";

class RemoteSession {
 public:
  RemoteSession(std::string url, fetch::StageSource& source, const RemoteLimits& limits);
  ~RemoteSession();  // closes every window still open
  RemoteSession(const RemoteSession&) = delete;
  RemoteSession& operator=(const RemoteSession&) = delete;

  // `options` may carry the "offset"/"end_offset" of a byte range.
  core::Result<AVIOContext*> open(const std::string& url, const AVDictionary* options, std::string_view via);
  void close(AVIOContext* io);

  // True once the read must stop: past the deadline, a refusal, or the byte budget spent.
  bool should_stop() const;
  bool past_deadline() const;
  const std::optional<core::Error>& refusal() const { return refusal_; }
  // The custody record of a URL fetched in this read.
  const fetch::CustodyRecord* record(const std::string& url) const;
  const std::string& url() const { return url_; }
  int opens() const { return opens_; }

 private:
  tl::unexpected<core::Error> refuse(const std::string& url, const std::string& reason);
  core::Result<fetch::CustodyRecord> fetched(const std::string& url, std::string_view via);
  core::Result<void> check_blob(const std::string& url, const fetch::CustodyRecord& record);

  std::string url_;
  fetch::StageSource& source_;
  RemoteLimits limits_;
  std::chrono::steady_clock::time_point deadline_;
  int opens_ = 0;
  std::uint64_t fetched_bytes_ = 0;
  ByteBudget served_;
  std::map<std::string, fetch::CustodyRecord> records_;  // each URL fetched once per read
  std::set<AVIOContext*> open_;
  std::optional<core::Error> refusal_;
};

}  // namespace media
