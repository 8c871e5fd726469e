#include <gtest/gtest.h>

#include <fstream>

#include "core/sqlite.hpp"
#include "fetch/cache.hpp"
#include "fetch/sha256.hpp"
#include "tests/support/paths.hpp"

namespace {

using fetch::Cache;
using fetch::StoreRequest;

StoreRequest request(const std::string& url, long long fetched_ms = 1'700'000'000'000) {
  StoreRequest r;
  r.url = url;
  r.status = 200;
  r.via = "direct";
  r.fetched_at = core::from_unix_millis(fetched_ms);
  return r;
}

Cache open_or_fail(const std::filesystem::path& dir) {
  auto cache = Cache::open(dir);
  if (!cache) throw std::runtime_error(core::to_line(cache.error()));
  return std::move(*cache);
}

std::size_t count_files(const std::filesystem::path& dir) {
  std::size_t n = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) n += entry.is_regular_file() ? 1 : 0;
  return n;
}

void write(const std::filesystem::path& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
}

TEST(Cache, StoresAndLooksUpByUrl) {
  const auto dir = testing_support::temp_dir("cache");
  Cache cache = open_or_fail(dir / "c");
  EXPECT_TRUE(std::filesystem::exists(dir / "c" / "index.sqlite"));
  auto r = request("https://cdn.example/tweet?id=1");
  r.final_url = "https://cdn.example/tweet-result?id=1";
  r.headers = {{"Content-Type", "application/json"}, {"ETag", "\"abc\""}};
  auto stored = cache.store_body(r, R"({"id":"1"})");
  ASSERT_TRUE(stored) << stored.error().message;
  EXPECT_GT(stored->id, 0);
  EXPECT_EQ(stored->sha256, fetch::sha256_hex(R"({"id":"1"})"));
  EXPECT_EQ(stored->size, 10u);

  auto found = cache.latest("https://cdn.example/tweet?id=1");
  ASSERT_TRUE(found);
  EXPECT_EQ(*found, *stored);
  EXPECT_EQ(found->via, "direct");
  EXPECT_EQ(found->fetched_at, core::from_unix_millis(1'700'000'000'000));
  const fetch::Headers expected = {{"content-type", "application/json"}, {"etag", "\"abc\""}};
  EXPECT_EQ(found->headers, expected);
  EXPECT_EQ(cache.blob_path(stored->sha256),
            dir / "c" / "blobs" / stored->sha256.substr(0, 2) / stored->sha256.substr(2));
  auto body = cache.read_blob(stored->sha256, 1024);
  ASSERT_TRUE(body) << body.error().message;
  EXPECT_EQ(*body, R"({"id":"1"})");
  EXPECT_FALSE(cache.latest("https://cdn.example/other"));
}

TEST(Cache, LatestFindsTheFinalUrlNewestFirst) {
  const auto dir = testing_support::temp_dir("cache");
  Cache cache = open_or_fail(dir);
  auto older = request("https://t.co/abc", 1'000);
  older.final_url = "https://x.com/a/status/9";
  auto newer = request("https://x.com/a/status/9", 2'000);
  ASSERT_TRUE(cache.store_body(older, "old"));
  ASSERT_TRUE(cache.store_body(newer, "new"));
  auto found = cache.latest("https://x.com/a/status/9");
  ASSERT_TRUE(found);
  EXPECT_EQ(found->sha256, fetch::sha256_hex("new"));
  auto by_short = cache.latest("https://t.co/abc");
  ASSERT_TRUE(by_short);
  EXPECT_EQ(by_short->final_url, "https://x.com/a/status/9");
  EXPECT_EQ(cache.history("https://x.com/a/status/9").size(), 2u);
}

TEST(Cache, IdenticalBodiesShareOneBlob) {
  const auto dir = testing_support::temp_dir("cache");
  Cache cache = open_or_fail(dir);
  auto a = cache.store_body(request("https://a.example/1"), "same bytes");
  auto b = cache.store_body(request("https://b.example/2"), "same bytes");
  ASSERT_TRUE(a && b);
  EXPECT_NE(a->id, b->id);
  EXPECT_EQ(a->sha256, b->sha256);
  EXPECT_EQ(count_files(dir / "blobs"), 1u);
  EXPECT_EQ(count_files(dir / "tmp"), 0u);
}

TEST(Cache, NeverStoresCredentialsCookiesOrRequestIds) {
  const auto dir = testing_support::temp_dir("cache");
  Cache cache = open_or_fail(dir);
  auto r = request("https://a.example/1");
  r.headers = {{"Authorization", "Bearer secret-token"}, {"Set-Cookie", "session=secret"},
               {"Cookie", "session=secret"}, {"X-Request-Id", "req-1"}, {"x-transaction-id", "t-1"},
               {"Date", "Tue, 14 Apr 2020 10:00:00 GMT"}, {"Server", "tsa_b\r\nInjected: 1"},
               {"Last-Modified", "Mon, 13 Apr 2020 09:00:00 GMT"}, {"Content-Length", "3"}};
  ASSERT_TRUE(cache.store_body(r, "abc"));
  auto found = cache.latest("https://a.example/1");
  ASSERT_TRUE(found);
  const fetch::Headers expected = {{"date", "Tue, 14 Apr 2020 10:00:00 GMT"},
                                   {"server", "tsa_bInjected: 1"},
                                   {"last-modified", "Mon, 13 Apr 2020 09:00:00 GMT"},
                                   {"content-length", "3"}};
  EXPECT_EQ(found->headers, expected);
  // Nowhere in the index either, not only in what the API returns.
  const std::string index = testing_support::read_file(dir / "index.sqlite") +
                            (std::filesystem::exists(dir / "index.sqlite-wal")
                                 ? testing_support::read_file(dir / "index.sqlite-wal")
                                 : std::string());
  EXPECT_EQ(index.find("secret"), std::string::npos);
  EXPECT_EQ(index.find("req-1"), std::string::npos);
}

TEST(Cache, StoreFileMovesItIntoTheStore) {
  const auto dir = testing_support::temp_dir("cache");
  Cache cache = open_or_fail(dir / "c");
  std::string video(300'000, '\0');
  for (std::size_t i = 0; i < video.size(); ++i) video[i] = static_cast<char>(i * 31 % 251);
  write(dir / "download.part", video);
  auto stored = cache.store_file(request("https://video.example/v.mp4"), dir / "download.part");
  ASSERT_TRUE(stored) << stored.error().message;
  EXPECT_FALSE(std::filesystem::exists(dir / "download.part"));
  EXPECT_EQ(stored->sha256, fetch::sha256_hex(video));
  EXPECT_EQ(stored->size, video.size());
  auto body = cache.read_blob(stored->sha256, video.size());
  ASSERT_TRUE(body) << body.error().message;
  EXPECT_EQ(*body, video);
  auto missing = cache.store_file(request("https://video.example/v.mp4"), dir / "nothing-here");
  ASSERT_FALSE(missing);
  EXPECT_NE(missing.error().input.find("nothing-here"), std::string::npos);
}

TEST(Cache, ReadBlobDetectsTamperingAndLimits) {
  const auto dir = testing_support::temp_dir("cache");
  Cache cache = open_or_fail(dir);
  auto stored = cache.store_body(request("https://a.example/1"), "original text");
  ASSERT_TRUE(stored);
  EXPECT_FALSE(cache.read_blob(stored->sha256, 4));  // over the limit
  write(cache.blob_path(stored->sha256), "altered text!");
  auto read = cache.read_blob(stored->sha256, 1024);
  ASSERT_FALSE(read);
  EXPECT_NE(read.error().message.find("altered"), std::string::npos) << read.error().message;
  // Storing the same bytes again repairs the blob.
  ASSERT_TRUE(cache.store_body(request("https://a.example/1"), "original text"));
  EXPECT_TRUE(cache.read_blob(stored->sha256, 1024));
  EXPECT_FALSE(cache.read_blob("../../etc/passwd", 1024));
  EXPECT_TRUE(cache.blob_path("not-a-digest").empty());
}

TEST(Cache, PrunesByAge) {
  const auto dir = testing_support::temp_dir("cache");
  Cache cache = open_or_fail(dir);
  const auto now_ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                          std::chrono::system_clock::now().time_since_epoch()).count();
  ASSERT_TRUE(cache.store_body(request("https://old.example/", 1'000'000'000'000), "old body"));
  ASSERT_TRUE(cache.store_body(request("https://shared-old.example/", 1'000'000'000'000), "shared"));
  ASSERT_TRUE(cache.store_body(request("https://shared-new.example/", now_ms), "shared"));
  ASSERT_TRUE(cache.store_body(request("https://new.example/", now_ms), "new body"));
  auto stats = cache.prune(std::chrono::hours(24 * 30), std::nullopt);
  ASSERT_TRUE(stats) << stats.error().message;
  EXPECT_EQ(stats->records_removed, 2u);
  EXPECT_EQ(stats->blobs_removed, 1u);  // "shared" is still named by a new record
  EXPECT_EQ(stats->bytes_removed, 8u);
  EXPECT_FALSE(cache.latest("https://old.example/"));
  EXPECT_TRUE(cache.latest("https://new.example/"));
  EXPECT_TRUE(cache.read_blob(fetch::sha256_hex("shared"), 100));
  EXPECT_FALSE(std::filesystem::exists(cache.blob_path(fetch::sha256_hex("old body"))));
}

TEST(Cache, PrunesOldestFirstBySize) {
  const auto dir = testing_support::temp_dir("cache");
  Cache cache = open_or_fail(dir);
  for (int i = 0; i < 5; ++i) {
    ASSERT_TRUE(cache.store_body(request("https://s.example/" + std::to_string(i), 1'000 + i), std::string(100, 'a' + i)));
  }
  auto stats = cache.prune(std::nullopt, 250);
  ASSERT_TRUE(stats) << stats.error().message;
  EXPECT_EQ(stats->records_removed, 3u);
  EXPECT_EQ(stats->blobs_removed, 3u);
  EXPECT_EQ(stats->bytes_removed, 300u);
  for (int i = 0; i < 3; ++i) EXPECT_FALSE(cache.latest("https://s.example/" + std::to_string(i))) << i;
  for (int i = 3; i < 5; ++i) EXPECT_TRUE(cache.latest("https://s.example/" + std::to_string(i))) << i;
  EXPECT_EQ(count_files(dir / "blobs"), 2u);
}

TEST(Cache, PruneRemovesOrphansAndStaleTemps) {
  const auto dir = testing_support::temp_dir("cache");
  Cache cache = open_or_fail(dir);
  ASSERT_TRUE(cache.store_body(request("https://a.example/"), "kept"));
  const std::string orphan = fetch::sha256_hex("orphan");
  std::filesystem::create_directories(cache.blob_path(orphan).parent_path());
  write(cache.blob_path(orphan), "orphan");
  write(dir / "tmp" / "123-0-9.tmp", "half");
  write(dir / "blobs" / "README", "not a blob");
  auto stats = cache.prune(std::nullopt, std::nullopt);
  ASSERT_TRUE(stats) << stats.error().message;
  EXPECT_EQ(stats->records_removed, 0u);
  EXPECT_EQ(stats->blobs_removed, 1u);
  EXPECT_EQ(stats->temp_files_removed, 1u);
  EXPECT_TRUE(cache.read_blob(fetch::sha256_hex("kept"), 100));
  EXPECT_TRUE(std::filesystem::exists(dir / "blobs" / "README"));
}

TEST(Cache, CorruptIndexIsAClearError) {
  const auto dir = testing_support::temp_dir("cache");
  {
    Cache cache = open_or_fail(dir);
    ASSERT_TRUE(cache.store_body(request("https://a.example/"), "kept blob"));
  }
  std::filesystem::remove(dir / "index.sqlite-wal");
  std::filesystem::remove(dir / "index.sqlite-shm");
  std::string garbage(8192, '\0');
  for (std::size_t i = 0; i < garbage.size(); ++i) garbage[i] = static_cast<char>(i * 7 + 3);
  write(dir / "index.sqlite", garbage);
  auto opened = Cache::open(dir);
  ASSERT_FALSE(opened);
  EXPECT_EQ(opened.error().input, (dir / "index.sqlite").string());
  EXPECT_NE(opened.error().message.find("move it away"), std::string::npos) << opened.error().message;
  EXPECT_NE(opened.error().message.find("blobs are kept"), std::string::npos);
  EXPECT_TRUE(std::filesystem::exists(dir / "blobs" / fetch::sha256_hex("kept blob").substr(0, 2)));
  // Following the advice works.
  std::filesystem::rename(dir / "index.sqlite", dir / "index.sqlite.broken");
  EXPECT_TRUE(Cache::open(dir));
}

TEST(Cache, RefusesAnIndexFromANewerVersion) {
  const auto dir = testing_support::temp_dir("cache");
  { open_or_fail(dir); }
  {
    core::Database db(dir / "index.sqlite", core::Database::Mode::create);
    db.exec("PRAGMA user_version=99");
  }
  auto opened = Cache::open(dir);
  ASSERT_FALSE(opened);
  EXPECT_NE(opened.error().message.find("newer"), std::string::npos);
}

}  // namespace
