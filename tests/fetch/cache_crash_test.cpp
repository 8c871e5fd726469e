// The cache under kill -9 and under two writing processes at once. Children
// are forked and talk to the parent through a pipe, so each kill lands after
// a known number of stores (while the next one is under way), not on a timer.

#include <gtest/gtest.h>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>

#include "core/sqlite.hpp"
#include "fetch/cache.hpp"
#include "fetch/sha256.hpp"
#include "tests/support/paths.hpp"

namespace {

using fetch::Cache;

fetch::StoreRequest request(int i) {
  fetch::StoreRequest r;
  r.url = "https://crash.example/item/" + std::to_string(i);
  r.status = 200;
  r.via = "direct";
  r.fetched_at = core::from_unix_millis(1'700'000'000'000 + i);
  r.headers = {{"Content-Type", "application/octet-stream"}};
  return r;
}

// Bodies of varied size (up to ~512 KiB, so a kill often lands mid-write),
// with every fifth a repeat of an earlier one (shared blobs).
std::string body(int i) {
  const int n = i % 5 == 4 ? i - 1 : i;
  std::string bytes(static_cast<std::size_t>(1 + (n * 7919) % 524'288), '\0');
  for (std::size_t k = 0; k < bytes.size(); ++k) bytes[k] = static_cast<char>((k * 131 + static_cast<std::size_t>(n)) % 256);
  return bytes;
}

// Child: stores bodies (every third through store_file) forever, writing one
// byte to `report_fd` after each completed store. Never returns.
[[noreturn]] void store_forever(const std::filesystem::path& dir, int report_fd, int first) {
  auto cache = Cache::open(dir);
  if (!cache) ::_exit(2);
  for (int i = first;; ++i) {
    core::Result<fetch::CustodyRecord> stored;
    if (i % 3 == 0) {
      const auto part = dir / ("part-" + std::to_string(::getpid()) + "-" + std::to_string(i));
      std::ofstream(part, std::ios::binary) << body(i);
      stored = cache->store_file(request(i), part);
    } else {
      stored = cache->store_body(request(i), body(i));
    }
    if (!stored) ::_exit(3);
    const char done = 1;
    if (::write(report_fd, &done, 1) != 1) ::_exit(4);
  }
}

// Every record's blob exists and hashes to its name; the index is intact.
void expect_consistent(const std::filesystem::path& dir, std::size_t& records) {
  // Opening the cache first lets SQLite recover the WAL a killed writer left.
  auto cache = Cache::open(dir);
  ASSERT_TRUE(cache) << cache.error().message;
  core::Database db(dir / "index.sqlite", core::Database::Mode::read_only);
  auto check = db.prepare("PRAGMA integrity_check");
  ASSERT_TRUE(check.step());
  EXPECT_EQ(check.text(0), "ok");
  auto rows = db.prepare("SELECT sha256, size FROM fetches");
  records = 0;
  while (rows.step()) {
    ++records;
    const auto digest = fetch::sha256_file(cache->blob_path(rows.text(0)));
    ASSERT_TRUE(digest) << digest.error().message;
    EXPECT_EQ(digest->sha256, rows.text(0));
    EXPECT_EQ(static_cast<std::int64_t>(digest->size), rows.integer(1));
  }
}

TEST(CacheCrash, KillNineAtAnyMomentLeavesOnlyWholeRecords) {
  const auto dir = testing_support::temp_dir("cache-crash");
  std::size_t stores_seen = 0;
  for (const int kill_after : {1, 2, 3, 5, 8, 13, 21}) {
    int fds[2];
    ASSERT_EQ(::pipe(fds), 0);
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
      ::close(fds[0]);
      store_forever(dir, fds[1], static_cast<int>(stores_seen) + 1000 * kill_after);
    }
    ::close(fds[1]);
    int seen = 0;
    char byte = 0;
    while (seen < kill_after && ::read(fds[0], &byte, 1) == 1) ++seen;
    ::kill(child, SIGKILL);
    int status = 0;
    ::waitpid(child, &status, 0);
    ::close(fds[0]);
    ASSERT_EQ(seen, kill_after) << "the child stopped early, status " << status;
    ASSERT_TRUE(WIFSIGNALED(status)) << "the child stopped early, status " << status;
    std::size_t records = 0;
    expect_consistent(dir, records);
    // Every store the child reported is in the index; those it finished
    // before the kill landed may be too.
    stores_seen += static_cast<std::size_t>(kill_after);
    EXPECT_GE(records, stores_seen);
    stores_seen = records;
  }
  auto cache = Cache::open(dir);
  ASSERT_TRUE(cache);
  auto stats = cache->prune(std::nullopt, std::nullopt);
  ASSERT_TRUE(stats) << stats.error().message;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
    EXPECT_NE(entry.path().extension(), ".tmp") << entry.path();
  }
  std::size_t records = 0;
  expect_consistent(dir, records);
  EXPECT_EQ(records, stores_seen);
}

// Child: stores `count` bodies, some shared with the other writer, pruning
// now and then when asked; exits 0 only when every call succeeded.
[[noreturn]] void store_some(const std::filesystem::path& dir, int writer, int count, bool prune) {
  auto cache = Cache::open(dir);
  if (!cache) ::_exit(2);
  for (int i = 0; i < count; ++i) {
    // Even i: the same content in both writers, racing for one blob.
    const int n = i % 2 == 0 ? i : 10'000 * writer + i;
    auto r = request(n);
    r.via = "writer-" + std::to_string(writer);
    if (!cache->store_body(r, body(n))) ::_exit(3);
    if (prune && i % 10 == 9 && !cache->prune(std::nullopt, std::nullopt)) ::_exit(4);
  }
  ::_exit(0);
}

TEST(CacheCrash, TwoProcessesWriteAtOnce) {
  const auto dir = testing_support::temp_dir("cache-two");
  constexpr int k_count = 60;
  pid_t children[2];
  for (int writer = 0; writer < 2; ++writer) {
    children[writer] = ::fork();
    ASSERT_GE(children[writer], 0);
    if (children[writer] == 0) store_some(dir, writer + 1, k_count, writer == 1);
  }
  for (const pid_t child : children) {
    int status = 0;
    ASSERT_EQ(::waitpid(child, &status, 0), child);
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << "writer status " << status;
  }
  std::size_t records = 0;
  expect_consistent(dir, records);
  EXPECT_EQ(records, 2u * k_count);
  auto cache = Cache::open(dir);
  ASSERT_TRUE(cache);
  EXPECT_EQ(cache->history(request(0).url).size(), 2u);
}

}  // namespace
