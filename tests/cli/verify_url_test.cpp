// `embedcheck verify URL` through the real binary: the article fetched from a
// loopback server through the guarded client, its Content-Type deciding kind
// and charset, its custody in the report, replayed --offline from the cache;
// refused addresses, wrong types, statuses and sizes as exit 2 with a report.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <atomic>
#include <cstdlib>
#include <fstream>

#include "fetch/sha256.hpp"
#include "tests/cli/run_command.hpp"
#include "tests/fetch/loopback_server.hpp"
#include "tests/support/paths.hpp"

namespace {

using nlohmann::json;
using testing_support::run_embedcheck;

// "شام اف ام" in windows-1256, which only the Content-Type header declares.
const std::string k_arabic_1256 = "\xd4\xc7\xe3 \xc7\xdd \xc7\xe3";
const std::string k_html = "<html><head><title>Convoy</title></head><body><p>A convoy arrived, " + k_arabic_1256 +
                           " reports.</p></body></html>";

class VerifyUrl : public ::testing::Test {
 protected:
  void SetUp() override {
    serve("/news/convoy", k_html, "text/html; charset=windows-1256");
    serve("/notes.txt", "# Heading\n\nSome *notes*.\n", "text/markdown; charset=utf-8");
    serve("/page.html", "<p>not markup, says the server</p>\n", "text/plain");
    serve("/logo", "\x89PNG\r\n\x1a\n", "image/png");
    serve("/long", std::string(5000, 'a'), "text/plain");
    server_.start();
    dir_ = testing_support::temp_dir("verify-url");
    const json config = {{"net", {{"allow_addresses", {"127.0.0.1"}}}}, {"cache_dir", (dir_ / "cache").string()}};
    std::ofstream(dir_ / "config.json") << config.dump();
  }

  void serve(const std::string& path, const std::string& body, const std::string& type) {
    server_.http().Get(path, [this, body, type](const httplib::Request&, httplib::Response& res) {
      ++hits_;
      res.set_content(body, type);
    });
  }

  testing_support::CommandResult verify(const std::string& url, const std::string& out, bool offline = false) {
    std::vector<std::string> args = {"verify", url, "--out", (dir_ / out).string(), "--config",
                                     (dir_ / "config.json").string()};
    if (offline) args.push_back("--offline");
    return run_embedcheck(args);
  }

  json report(const std::string& out) const {
    return json::parse(testing_support::read_file(dir_ / out / "report.json"));
  }

  fetch_testing::LoopbackServer server_;
  std::filesystem::path dir_;
  std::atomic<int> hits_{0};
};

TEST_F(VerifyUrl, TheArticleIsFetchedIntoTheCacheDecodedByItsHeaderAndReplayedOffline) {
  const std::string url = server_.url("/news/convoy");
  auto r = verify(url, "online");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const json a = report("online")["article"];
  EXPECT_EQ(a["source"], url);
  EXPECT_EQ(a["kind"], "html");
  EXPECT_EQ(a["charset"], "windows-1256");
  EXPECT_EQ(a["title"], "Convoy");
  EXPECT_NE(a["text"].get<std::string>().find("شام اف ام"), std::string::npos) << a["text"];
  ASSERT_TRUE(a["custody"].is_object());
  EXPECT_EQ(a["custody"]["url"], url);
  EXPECT_EQ(a["custody"]["via"], "article");
  EXPECT_EQ(a["custody"]["status"], 200);
  EXPECT_EQ(a["custody"]["sha256"], fetch::sha256_hex(k_html));
  const std::string md = testing_support::read_file(dir_ / "online" / "report.md");
  EXPECT_NE(md.find("- Custody: " + url), std::string::npos) << md;
  EXPECT_NE(md.find(fetch::sha256_hex(k_html)), std::string::npos);

  const int hits = hits_.load();
  auto again = verify(url, "offline", true);
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_EQ(hits_.load(), hits) << "an offline run reached the server";
  EXPECT_EQ(report("offline")["article"], a);
}

TEST_F(VerifyUrl, TheContentTypeDecidesTheKindWhateverThePathSays) {
  ASSERT_EQ(verify(server_.url("/notes.txt"), "md").exit_code, 0);
  EXPECT_EQ(report("md")["article"]["kind"], "markdown");
  ASSERT_EQ(verify(server_.url("/page.html"), "txt").exit_code, 0);
  EXPECT_EQ(report("txt")["article"]["kind"], "text");
}

// Each exits 2 with one line naming the URL, and a report still written.
TEST_F(VerifyUrl, WhatCannotBeReadIsAnErrorNamingTheUrl) {
  struct Bad {
    std::string url;
    std::string says;
  };
  setenv("EMBEDCHECK_LIMITS_ARTICLE_BYTES", "1000", 1);
  const std::vector<Bad> bad = {
      {"http://127.0.0.2:" + std::to_string(server_.port()) + "/news/convoy", "refused to connect to 127.0.0.2"},
      {server_.url("/logo"), "image/png, not an article"},
      {server_.url("/missing"), "HTTP 404"},
      {server_.url("/long"), "limits.article_bytes"},
      {"ftp://127.0.0.1/article", "only http and https URLs are read"},
  };
  for (std::size_t i = 0; i < bad.size(); ++i) {
    SCOPED_TRACE(bad[i].url);
    const std::string out = "bad" + std::to_string(i);
    auto r = verify(bad[i].url, out);
    EXPECT_EQ(r.exit_code, 2) << r.err;
    EXPECT_NE(r.err.find(bad[i].url), std::string::npos) << r.err;
    EXPECT_NE(r.err.find(bad[i].says), std::string::npos) << r.err;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
    const json written = report(out);
    ASSERT_EQ(written["errors"].size(), 1u);
    EXPECT_EQ(written["errors"][0]["input"], bad[i].url);
    EXPECT_EQ(written["article"]["source"], bad[i].url);
  }
  unsetenv("EMBEDCHECK_LIMITS_ARTICLE_BYTES");
}

TEST_F(VerifyUrl, SecretsInTheUrlAreNotWrittenAndAnUncachedUrlOfflineIsAnError) {
  auto r = verify(server_.url("/news/convoy?token=s3cret&page=2"), "secret");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string written = testing_support::read_file(dir_ / "secret" / "report.json");
  EXPECT_EQ(written.find("s3cret"), std::string::npos);
  EXPECT_EQ(report("secret")["article"]["source"], server_.url("/news/convoy?token=REDACTED&page=2"));

  auto offline = verify(server_.url("/notes.txt"), "uncached", true);
  EXPECT_EQ(offline.exit_code, 2);
  EXPECT_NE(offline.err.find("not in the cache"), std::string::npos) << offline.err;
}

}  // namespace
