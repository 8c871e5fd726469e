#pragma once
// The chain of custody of one fetch: what was asked for, where it ended up,
// when, what the server said about it, and the digest of the bytes received.
// The report cites these records for every fetched byte.

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "core/time.hpp"

namespace fetch {

// Header name (lowercase) and value, in the order the server sent them.
using Headers = std::vector<std::pair<std::string, std::string>>;

struct CustodyRecord {
  std::int64_t id = 0;
  std::string url;        // as requested
  std::string final_url;  // after redirects
  core::Instant fetched_at;
  long status = 0;
  Headers headers;  // only those custody_headers() keeps
  std::uint64_t size = 0;
  std::string sha256;
  std::string via;  // "twitter-syndication", "direct", …

  bool operator==(const CustodyRecord&) const = default;
};

// What a fetch hands the cache along with the body.
struct StoreRequest {
  std::string url;
  std::string final_url;  // empty: the same as url
  long status = 0;
  Headers headers;  // as received; filtered before storing
  std::string via;
  core::Instant fetched_at;
};

// The headers worth keeping as evidence: those describing the content and the
// server's view of it (content-type, content-length, content-encoding, etag,
// last-modified, date, age, server). Everything else is dropped: credentials
// and cookies (authorization, set-cookie, cookie) must never reach a file a
// report cites, and per-request ids (x-request-id, x-transaction-id, …)
// identify the fetcher rather than the content. Names are lowercased, control
// characters removed from values and each value cut at 1,024 bytes.
Headers custody_headers(const Headers& received);

}  // namespace fetch
