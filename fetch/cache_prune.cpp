// Cache::prune: drops old records, then the least recently fetched blobs over
// the size cap, then every file in the store that no record names.

#include <unordered_set>

#include "fetch/cache_impl.hpp"
#include "fetch/sha256.hpp"

namespace fetch {
namespace {

struct BlobUse {
  std::string sha256;
  std::uint64_t size = 0;
};

std::uint64_t remove_file(const std::filesystem::path& path, std::uint64_t& bytes) {
  std::error_code size_error;
  std::error_code remove_error;
  const auto size = std::filesystem::file_size(path, size_error);
  if (!std::filesystem::remove(path, remove_error)) return 0;
  if (!size_error) bytes += size;
  return 1;
}

}  // namespace

core::Result<PruneStats> Cache::prune(std::optional<std::chrono::seconds> older_than,
                                      std::optional<std::uint64_t> max_total_bytes) {
  // Exclusive: no writer is between its temp file and its index row, so every
  // temp file now is stale and every blob without a row is an orphan.
  const blobs::FileLock::Guard guard(m_impl->lock, true);
  PruneStats stats;
  std::unordered_set<std::string> referenced;
  auto& db = m_impl->db;
  try {
    core::Transaction transaction(db);
    if (older_than) {
      const auto now = std::chrono::time_point_cast<std::chrono::milliseconds>(std::chrono::system_clock::now());
      const auto cutoff = now - std::chrono::duration_cast<std::chrono::milliseconds>(*older_than);
      auto remove = db.prepare("DELETE FROM fetches WHERE fetched_at_ms < ?1");
      remove.bind(1, static_cast<std::int64_t>(cutoff.time_since_epoch().count())).run();
      stats.records_removed += static_cast<std::uint64_t>(db.changes());
    }
    if (max_total_bytes) {
      // A blob is as recent as its newest record: shared blobs are counted once
      // and go only with all their records.
      auto uses = db.prepare(
          "SELECT sha256, MAX(size), MAX(fetched_at_ms) AS last, MAX(id) FROM fetches "
          "GROUP BY sha256 ORDER BY last ASC, MAX(id) ASC");
      std::vector<BlobUse> oldest_first;
      std::uint64_t total = 0;
      while (uses.step()) {
        oldest_first.push_back({uses.text(0), static_cast<std::uint64_t>(uses.integer(1))});
        total += oldest_first.back().size;
      }
      auto remove = db.prepare("DELETE FROM fetches WHERE sha256 = ?1");
      for (const auto& use : oldest_first) {
        if (total <= *max_total_bytes) break;
        remove.bind(1, use.sha256).run();
        stats.records_removed += static_cast<std::uint64_t>(db.changes());
        total -= use.size;
      }
    }
    transaction.commit();
    auto names = db.prepare("SELECT DISTINCT sha256 FROM fetches");
    while (names.step()) referenced.insert(names.text(0));
  } catch (const core::SqliteError& e) {
    return tl::unexpected(index_error(m_impl->index_path(), e));
  }

  std::error_code ec;
  for (const auto& fan : std::filesystem::directory_iterator(m_impl->blobs_dir(), ec)) {
    std::error_code inner;
    if (!fan.is_directory(inner)) continue;
    const std::string prefix = fan.path().filename().string();
    for (const auto& entry : std::filesystem::directory_iterator(fan.path(), inner)) {
      const std::string sha256 = prefix + entry.path().filename().string();
      // Files that are not named like blobs are not ours to remove.
      if (!is_sha256_hex(sha256) || referenced.count(sha256) != 0) continue;
      stats.blobs_removed += remove_file(entry.path(), stats.bytes_removed);
    }
  }
  if (ec) return core::fail("fetch", m_impl->blobs_dir().string(), "cannot list the blobs: " + ec.message());
  for (const auto& entry : std::filesystem::directory_iterator(m_impl->tmp_dir(), ec)) {
    if (entry.path().extension() != ".tmp") continue;
    std::uint64_t ignored = 0;
    stats.temp_files_removed += remove_file(entry.path(), ignored);
  }
  if (ec) return core::fail("fetch", m_impl->tmp_dir().string(), "cannot list the temp files: " + ec.message());
  return stats;
}

}  // namespace fetch
