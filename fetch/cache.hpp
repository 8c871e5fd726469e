#pragma once
// The chain-of-custody cache: content-addressed blobs plus an SQLite index of
// every fetch (URL, final URL, time, status, selected headers, size, sha256).
//
//   dir/blobs/ab/cdef…   a blob, named by its sha256 (first two hex digits
//                        as a folder, so no folder grows past a few thousand)
//   dir/tmp/*.tmp        blobs being written; stale ones are removed by prune
//   dir/index.sqlite     the index, in WAL mode
//   dir/lock             flock: writers shared, prune exclusive
//
// Crash safety: a blob is written to a temp file, fsynced and renamed into
// place before its index row is inserted (in a transaction), so a kill at any
// moment leaves either no record or a record whose blob exists. A blob without
// a record is harmless and removed by prune. Several processes (batch shards)
// may write one cache at once: SQLite waits on its busy timeout, temp names are
// unique and renames atomic. One Cache object serves one thread; open it after
// fork(), never before.

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "fetch/custody.hpp"

namespace fetch {

struct PruneStats {
  std::uint64_t records_removed = 0;
  std::uint64_t blobs_removed = 0;  // unreferenced after the rows went, or orphans
  std::uint64_t bytes_removed = 0;
  std::uint64_t temp_files_removed = 0;
};

class Cache {
public:
  // Creates the layout above when missing. A damaged index is an Error naming
  // the file and how to recover (move it away; the blobs are kept).
  static core::Result<Cache> open(const std::filesystem::path& dir);

  ~Cache();
  Cache(Cache&&) noexcept;
  Cache& operator=(Cache&&) noexcept;
  Cache(const Cache&) = delete;
  Cache& operator=(const Cache&) = delete;

  const std::filesystem::path& dir() const;

  core::Result<CustodyRecord> store_body(const StoreRequest& request, std::string_view body);
  // Takes `finished_file` over (moved; copied then removed across file
  // systems). On an error before the move the file is left where it was.
  core::Result<CustodyRecord> store_file(const StoreRequest& request, const std::filesystem::path& finished_file);

  // The newest record whose url or final_url is `url`. Lookups throw
  // core::SqliteError if the index is damaged after open (as the gazetteer's do).
  std::optional<CustodyRecord> latest(std::string_view url) const;
  // Every record whose url or final_url is `url`, newest first.
  std::vector<CustodyRecord> history(std::string_view url) const;

  // The blob's bytes, hashed while reading: a digest other than `sha256` is an
  // Error (the blob was altered after it was stored), as is a blob larger
  // than `max_bytes`.
  core::Result<std::string> read_blob(const std::string& sha256, std::uint64_t max_bytes) const;
  // Where the blob lives; empty when `sha256` is not 64 lowercase hex digits.
  std::filesystem::path blob_path(const std::string& sha256) const;

  // Removes records fetched longer than `older_than` ago, then, while the
  // referenced blobs total more than `max_total_bytes`, the records of the
  // least recently fetched blob; then every blob no record names and every
  // stale temp file.
  core::Result<PruneStats> prune(std::optional<std::chrono::seconds> older_than,
                                 std::optional<std::uint64_t> max_total_bytes);

  struct Impl;

private:
  explicit Cache(std::unique_ptr<Impl> impl);
  core::Result<CustodyRecord> index(const StoreRequest& request, const std::string& sha256, std::uint64_t size);
  std::unique_ptr<Impl> m_impl;
};

}  // namespace fetch
