#pragma once
// The cache index (dir/index.sqlite). One row per fetch; blobs are named by
// their sha256, so many rows may share one blob. PRAGMA user_version holds the
// schema version: a newer index is refused rather than misread.

namespace fetch::schema {

inline constexpr int k_version = 1;

inline constexpr const char* k_create = R"sql(
CREATE TABLE IF NOT EXISTS fetches(
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  url TEXT NOT NULL,
  final_url TEXT NOT NULL,
  fetched_at_ms INTEGER NOT NULL,
  status INTEGER NOT NULL,
  headers TEXT NOT NULL,   -- JSON array of [name, value] pairs
  size INTEGER NOT NULL,
  sha256 TEXT NOT NULL,
  via TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS fetches_by_url ON fetches(url, fetched_at_ms);
CREATE INDEX IF NOT EXISTS fetches_by_final_url ON fetches(final_url, fetched_at_ms);
CREATE INDEX IF NOT EXISTS fetches_by_sha256 ON fetches(sha256);
)sql";

inline constexpr const char* k_columns = "id, url, final_url, fetched_at_ms, status, headers, size, sha256, via";

}  // namespace fetch::schema
