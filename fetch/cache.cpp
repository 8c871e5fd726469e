#include "fetch/cache.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include "fetch/cache_impl.hpp"
#include "fetch/cache_schema.hpp"
#include "fetch/sha256.hpp"

namespace fetch {
namespace {

// Long enough for another shard's commit or a prune to finish; a writer
// waiting longer than this is stuck, and an error says so.
constexpr std::chrono::milliseconds k_busy_timeout{60'000};

std::string headers_json(const Headers& headers) {
  nlohmann::json array = nlohmann::json::array();
  for (const auto& [name, value] : headers) array.push_back({name, value});
  return array.dump();
}

Headers headers_from_json(const std::string& text) {
  Headers headers;
  const auto array = nlohmann::json::parse(text, nullptr, false);
  if (!array.is_array()) return headers;
  for (const auto& pair : array) {
    if (pair.is_array() && pair.size() == 2 && pair[0].is_string() && pair[1].is_string()) {
      headers.emplace_back(pair[0].get<std::string>(), pair[1].get<std::string>());
    }
  }
  return headers;
}

CustodyRecord record_from(const core::Statement& row) {
  CustodyRecord record;
  record.id = row.integer(0);
  record.url = row.text(1);
  record.final_url = row.text(2);
  record.fetched_at = core::from_unix_millis(row.integer(3));
  record.status = static_cast<long>(row.integer(4));
  record.headers = headers_from_json(row.text(5));
  record.size = static_cast<std::uint64_t>(row.integer(6));
  record.sha256 = row.text(7);
  record.via = row.text(8);
  return record;
}

core::Result<core::Database> open_index(const std::filesystem::path& path) {
  try {
    core::Database db(path, core::Database::Mode::create);
    db.busy_timeout(k_busy_timeout);
    db.enable_wal();
    // WAL with NORMAL stays consistent after any crash; a power loss may drop
    // the newest commits, which costs a re-fetch, never a record whose blob
    // is missing (blobs are fsynced before their row is written).
    db.exec("PRAGMA synchronous=NORMAL");
    auto version = db.prepare("PRAGMA user_version");
    const std::int64_t found = version.step() ? version.integer(0) : 0;
    version.reset();
    if (found > schema::k_version) {
      return core::fail("fetch", path.string(),
                        "was written by a newer embedcheck (index schema " + std::to_string(found) +
                            "); use that version, or point cache_dir at another folder");
    }
    if (found < schema::k_version) {
      core::Transaction transaction(db);
      db.exec(schema::k_create);
      db.exec("PRAGMA user_version=" + std::to_string(schema::k_version));
      transaction.commit();
    }
    return db;
  } catch (const core::SqliteError& e) {
    return tl::unexpected(index_error(path, e));
  }
}

}  // namespace

core::Error index_error(const std::filesystem::path& index, const core::SqliteError& error) {
  if (error.is_corruption()) {
    return {"fetch", index.string(),
            std::string("is damaged or not a cache index (") + error.what() +
                "); move it away (e.g. rename it to index.sqlite.broken) and run again: a new index is made, "
                "the blobs are kept, the old records are not"};
  }
  return {"fetch", index.string(), std::string("cache index error: ") + error.what()};
}

Cache::Cache(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
Cache::~Cache() = default;
Cache::Cache(Cache&&) noexcept = default;
Cache& Cache::operator=(Cache&&) noexcept = default;

const std::filesystem::path& Cache::dir() const { return m_impl->dir; }

core::Result<Cache> Cache::open(const std::filesystem::path& dir) {
  std::error_code ec;
  for (const char* sub : {"blobs", "tmp"}) {
    std::filesystem::create_directories(dir / sub, ec);
    if (ec) return core::fail("fetch", (dir / sub).string(), "cannot create the cache folder: " + ec.message());
  }
  auto lock = blobs::FileLock::open(dir / "lock");
  if (!lock) return tl::unexpected(lock.error());
  core::Result<core::Database> db = tl::unexpected(core::Error{});
  {
    // Two processes setting up a fresh index at once (WAL switch, schema) can
    // get SQLITE_BUSY without the busy handler being asked; one at a time.
    const blobs::FileLock::Guard guard(*lock, true);
    db = open_index(dir / "index.sqlite");
  }
  if (!db) return tl::unexpected(db.error());
  return Cache(std::make_unique<Impl>(Impl{dir, std::move(*lock), std::move(*db)}));
}

std::filesystem::path Cache::blob_path(const std::string& sha256) const {
  if (!is_sha256_hex(sha256)) return {};
  return m_impl->blobs_dir() / sha256.substr(0, 2) / sha256.substr(2);
}

core::Result<CustodyRecord> Cache::store_body(const StoreRequest& request, std::string_view body) {
  if (request.url.empty()) return core::fail("fetch", "(no url)", "cannot store a body without its URL");
  // Shared: other writers proceed; a prune waits until the row is in.
  const blobs::FileLock::Guard guard(m_impl->lock, false);
  auto temp = blobs::write_temp(m_impl->tmp_dir(), body);
  if (!temp) return tl::unexpected(temp.error());
  if (auto placed = blobs::place(*temp, blob_path(temp->digest.sha256)); !placed) return tl::unexpected(placed.error());
  return index(request, temp->digest.sha256, temp->digest.size);
}

core::Result<CustodyRecord> Cache::store_file(const StoreRequest& request, const std::filesystem::path& finished_file) {
  if (request.url.empty()) return core::fail("fetch", finished_file.string(), "cannot store a file without its URL");
  const blobs::FileLock::Guard guard(m_impl->lock, false);
  auto temp = blobs::take_file(m_impl->tmp_dir(), finished_file);
  if (!temp) return tl::unexpected(temp.error());
  if (auto placed = blobs::place(*temp, blob_path(temp->digest.sha256)); !placed) return tl::unexpected(placed.error());
  return index(request, temp->digest.sha256, temp->digest.size);
}

core::Result<CustodyRecord> Cache::index(const StoreRequest& request, const std::string& sha256, std::uint64_t size) {
  CustodyRecord record;
  record.url = request.url;
  record.final_url = request.final_url.empty() ? request.url : request.final_url;
  // The index keeps milliseconds: the finest precision a fetch time needs.
  record.fetched_at = core::from_unix_millis(request.fetched_at.utc.time_since_epoch().count());
  record.status = request.status;
  record.headers = custody_headers(request.headers);
  record.size = size;
  record.sha256 = sha256;
  record.via = request.via;
  try {
    core::Transaction transaction(m_impl->db);
    auto insert = m_impl->db.prepare(
        "INSERT INTO fetches(url, final_url, fetched_at_ms, status, headers, size, sha256, via) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) RETURNING id");
    insert.bind(1, record.url).bind(2, record.final_url);
    insert.bind(3, static_cast<std::int64_t>(request.fetched_at.utc.time_since_epoch().count()));
    insert.bind(4, static_cast<std::int64_t>(record.status)).bind(5, headers_json(record.headers));
    insert.bind(6, static_cast<std::int64_t>(size)).bind(7, sha256).bind(8, record.via);
    if (insert.step()) record.id = insert.integer(0);
    insert.run();
    transaction.commit();
  } catch (const core::SqliteError& e) {
    return tl::unexpected(index_error(m_impl->index_path(), e));
  }
  return record;
}

std::vector<CustodyRecord> Cache::history(std::string_view url) const {
  auto query = m_impl->db.prepare(std::string("SELECT ") + schema::k_columns +
                                  " FROM fetches WHERE url = ?1 OR final_url = ?1 ORDER BY fetched_at_ms DESC, id DESC");
  query.bind(1, url);
  std::vector<CustodyRecord> records;
  while (query.step()) records.push_back(record_from(query));
  return records;
}

std::optional<CustodyRecord> Cache::latest(std::string_view url) const {
  auto query = m_impl->db.prepare(std::string("SELECT ") + schema::k_columns +
                                  " FROM fetches WHERE url = ?1 OR final_url = ?1 ORDER BY fetched_at_ms DESC, id DESC LIMIT 1");
  query.bind(1, url);
  if (!query.step()) return std::nullopt;
  return record_from(query);
}

core::Result<std::string> Cache::read_blob(const std::string& sha256, std::uint64_t max_bytes) const {
  const auto path = blob_path(sha256);
  if (path.empty()) return core::fail("fetch", sha256, "is not a sha256 digest (64 lowercase hex digits)");
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return core::fail("fetch", path.string(), std::string("cannot open the blob: ") + std::strerror(errno));
  struct Closer {
    int fd;
    ~Closer() { ::close(fd); }
  } closer{fd};
  struct stat info {};
  if (::fstat(fd, &info) != 0) return core::fail("fetch", path.string(), std::string("cannot read the blob: ") + std::strerror(errno));
  if (static_cast<std::uint64_t>(info.st_size) > max_bytes) {
    return core::fail("fetch", path.string(),
                      "is " + std::to_string(info.st_size) + " bytes, over the limit of " + std::to_string(max_bytes) + " bytes");
  }
  std::string content;
  content.reserve(static_cast<std::size_t>(info.st_size));
  Sha256 hash;
  char buffer[65536];
  while (true) {
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return core::fail("fetch", path.string(), std::string("cannot read the blob: ") + std::strerror(errno));
    if (n == 0) break;
    // The file may have grown since fstat: the limit holds for what is read.
    if (content.size() + static_cast<std::size_t>(n) > max_bytes) {
      return core::fail("fetch", path.string(), "is over the limit of " + std::to_string(max_bytes) + " bytes");
    }
    content.append(buffer, static_cast<std::size_t>(n));
    hash.update(std::string_view(buffer, static_cast<std::size_t>(n)));
  }
  const std::string found = hash.hex_digest();
  if (found != sha256) {
    return core::fail("fetch", path.string(),
                      "the blob was altered after it was stored: its content hashes to " + found +
                          "; the records naming it cannot be trusted until the URL is fetched again, which stores a fresh copy");
  }
  return content;
}

}  // namespace fetch
