#pragma once
// Where the fetch stage gets its bytes: online, from the client, each answer
// stored in the cache before it is used; offline, from the cache alone. Both
// hand back the same custody record, so a report made offline cites exactly
// what the online run stored.

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/case.hpp"
#include "core/result.hpp"
#include "fetch/cache.hpp"
#include "fetch/http_client.hpp"

namespace fetch {

// A stored answer; `body` is empty for files (their bytes stay in the blob).
struct Stored {
  CustodyRecord record;
  std::string body;
};

using BatchProgress = std::function<void(std::size_t done, std::size_t total)>;

class StageSource {
 public:
  // `cache` may be null offline when no cache exists: every lookup then misses.
  // `client` is null offline.
  StageSource(Cache* cache, Client* client) : cache_(cache), client_(client) {}

  bool offline() const { return client_ == nullptr; }
  Cache* cache() const { return cache_; }

  // Bodies kept in memory (post JSON, link pages), capped at `max_bytes`.
  std::vector<core::Result<Stored>> bodies(const std::vector<std::string>& urls, std::string_view via,
                                           std::uint64_t max_bytes, const BatchProgress& progress);
  // A body made here rather than fetched (a helper program's output), stored
  // under `url` before it is used; online only.
  core::Result<Stored> keep(const std::string& url, std::string_view via, std::string body);
  // The newest stored body for `url`, read from the cache alone (digest checked).
  core::Result<Stored> cached_body(const std::string& url, std::uint64_t max_bytes) const;
  // Bodies streamed to a file and stored as a blob (media), capped at `max_bytes`.
  std::vector<core::Result<Stored>> files(const std::vector<std::string>& urls, std::string_view via,
                                          std::uint64_t max_bytes, const BatchProgress& progress);

 private:
  core::Result<CustodyRecord> cached(const std::string& url) const;

  Cache* cache_;
  Client* client_;
};

// The custody record as the Case carries it, its URLs redacted (fetch/url.hpp).
core::Custody to_custody(const CustodyRecord& record);

// The message an offline run gives for a URL the cache does not hold.
inline constexpr std::string_view k_not_cached = "not in the cache (offline run): run once without --offline";

}  // namespace fetch
