#include "media/remote_session.hpp"

extern "C" {
#include <libavutil/dict.h>
}

#include <charconv>
#include <fstream>

#include "fetch/sha256.hpp"
#include "fetch/url.hpp"
#include "media/remote_urls.hpp"

namespace media {
namespace {

std::uint64_t option_bytes(const AVDictionary* options, const char* name, std::uint64_t fallback) {
  const AVDictionaryEntry* entry = options ? av_dict_get(options, name, nullptr, 0) : nullptr;
  if (!entry || !entry->value) return fallback;
  std::int64_t value = 0;
  const std::string_view text(entry->value);
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || value < 0) return fallback;
  return static_cast<std::uint64_t>(value);
}

std::string head_of(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::string head(16, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(in.gcount()));
  return head;
}

// The client's words for its cap, in terms of the limit that set it.
std::string fetch_reason(const core::Error& error, std::uint64_t left) {
  if (error.message.rfind("body larger than", 0) == 0) {
    return "larger than what is left of limits.media_bytes for this video (" + std::to_string(left) + " bytes)";
  }
  return error.message;
}

}  // namespace

RemoteSession::RemoteSession(std::string url, fetch::StageSource& source, const RemoteLimits& limits)
    : url_(std::move(url)), source_(source), limits_(limits),
      deadline_(std::chrono::steady_clock::now() + limits.deadline) {
  // Seeks may read a byte twice (an MP4 index at the end); a playlist that
  // repeats one segment reads it without end. Twice the fetch budget tells them apart.
  served_.limit = limits.max_bytes > UINT64_MAX / 2 ? UINT64_MAX : 2 * limits.max_bytes;
}

RemoteSession::~RemoteSession() {
  for (AVIOContext* io : open_) close_window(io);
}

bool RemoteSession::past_deadline() const { return std::chrono::steady_clock::now() > deadline_; }

bool RemoteSession::should_stop() const { return refusal_.has_value() || past_deadline() || served_.exceeded(); }

const fetch::CustodyRecord* RemoteSession::record(const std::string& url) const {
  auto it = records_.find(url);
  return it == records_.end() ? nullptr : &it->second;
}

tl::unexpected<core::Error> RemoteSession::refuse(const std::string& url, const std::string& reason) {
  const std::string top = fetch::redact_url(url_);
  const std::string named = fetch::redact_url(url);
  core::Error error{"fetch", top, named == top ? reason : named + ": " + reason};
  if (!refusal_) refusal_ = error;
  return tl::unexpected(error);
}

core::Result<AVIOContext*> RemoteSession::open(const std::string& asked, const AVDictionary* options,
                                               std::string_view via) {
  if (refusal_) return tl::unexpected(*refusal_);
  if (++opens_ > limits_.max_opens) {
    return refuse(asked, "more than " + std::to_string(limits_.max_opens) +
                             " opens for one video: a playlist that names itself or loops");
  }
  if (past_deadline()) return refuse(asked, "reading took longer than the deadline (limits.media_seconds): stopped");
  if (served_.exceeded()) {
    return refuse(asked, "the demuxer read more than twice limits.media_bytes: a playlist that repeats its segments");
  }
  auto url = gate_url(url_, asked);
  if (!url) return refuse(asked, url.error().message);
  auto record = fetched(*url, via);
  if (!record) return tl::unexpected(record.error());
  const std::uint64_t begin = option_bytes(options, "offset", 0);
  const std::uint64_t end = option_bytes(options, "end_offset", record->size);
  auto io = open_window(source_.cache()->blob_path(record->sha256), begin, end == 0 ? record->size : end, served_);
  if (!io) return refuse(*url, io.error().message);
  open_.insert(*io);
  return *io;
}

void RemoteSession::close(AVIOContext* io) {
  if (open_.erase(io) > 0) close_window(io);
}

core::Result<fetch::CustodyRecord> RemoteSession::fetched(const std::string& url, std::string_view via) {
  if (auto known = records_.find(url); known != records_.end()) return known->second;
  if (fetched_bytes_ >= limits_.max_bytes) {
    return refuse(url, "limits.media_bytes (" + std::to_string(limits_.max_bytes) + " bytes) already fetched for this video");
  }
  const std::uint64_t left = limits_.max_bytes - fetched_bytes_;
  auto stored = source_.files({url}, via, left, {});
  if (!stored.front()) return refuse(url, fetch_reason(stored.front().error(), left));
  const fetch::CustodyRecord record = stored.front()->record;
  fetched_bytes_ += record.size;
  if (fetched_bytes_ > limits_.max_bytes) {
    return refuse(url, "larger than what is left of limits.media_bytes for this video (" + std::to_string(left) + " bytes)");
  }
  if (auto checked = check_blob(url, record); !checked) return tl::unexpected(checked.error());
  records_.emplace(url, record);
  return record;
}

// The blob is what the record names (an offline run reads a cache that may
// have been altered), and a playlist names only URLs the gate would open.
core::Result<void> RemoteSession::check_blob(const std::string& url, const fetch::CustodyRecord& record) {
  if (!source_.cache()) return refuse(url, "no cache to read the bytes from");
  const auto blob = source_.cache()->blob_path(record.sha256);
  auto digest = fetch::sha256_file(blob);
  if (!digest) return refuse(url, "cannot read the cached bytes: " + digest.error().message);
  if (digest->sha256 != record.sha256) {
    return refuse(url, "the cached bytes' SHA-256 is " + digest->sha256 + ", not the " + record.sha256 +
                           " their custody record names (altered after they were stored)");
  }
  if (!looks_like_playlist(head_of(blob))) return {};
  if (record.size > limits_.max_playlist_bytes) {
    return refuse(url, "a playlist of " + std::to_string(record.size) + " bytes, more than " +
                           std::to_string(limits_.max_playlist_bytes) + " a playlist may have");
  }
  auto text = source_.cache()->read_blob(record.sha256, limits_.max_playlist_bytes);
  if (!text) return refuse(url, text.error().message);
  if (auto why = playlist_refusal(*text, url); !why.empty()) return refuse(url, "the playlist names " + why);
  return {};
}

}  // namespace media
