// The fetch stage end to end: the real binary against a real HTTP server on
// 127.0.0.1 standing in for the syndication endpoint and the video host.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <atomic>
#include <fstream>
#include <memory>

#include "fetch/platforms/twitter_token.hpp"
#include "fetch/sha256.hpp"
#include "tests/cli/run_command.hpp"
#include "tests/fetch/loopback_server.hpp"
#include "tests/fetch/tweet_fixture.hpp"
#include "tests/support/paths.hpp"

namespace {

using fetch_testing::k_tweet_id;
using nlohmann::json;
using testing_support::run_embedcheck;

constexpr const char* k_article = R"(<html><head><title>Flood on Main Street</title>
<meta property="article:published_time" content="2024-06-10T08:00:00Z"></head><body>
<p>Water reached Main Street on Monday, Reuters reports.</p>
<blockquote class="twitter-tweet"><p lang="en">Water rising on Main Street now #Flood</p>&mdash; Example User
(@example_user) <a href="https://twitter.com/example_user/status/1800000000000000000">June 10, 2024</a></blockquote>
</body></html>)";

// The syndication endpoint and the video host, counting every request that reaches them.
class FakeServices {
 public:
  FakeServices() : video_(testing_support::read_file(testing_support::fixture("post-video.mp4"))) {
    server_ = std::make_unique<fetch_testing::LoopbackServer>();
    server_->http().Get("/tweet-result", [this](const httplib::Request& req, httplib::Response& res) {
      ++hits_;
      const auto token = fetch::twitter::syndication_token(k_tweet_id);
      if (req.get_param_value("id") != k_tweet_id || !token || req.get_param_value("token") != *token) {
        res.set_content("{}", "application/json");  // what the real endpoint says to a wrong token
        return;
      }
      res.set_content(tweet_body(), "application/json");
    });
    server_->http().Get("/video.mp4", [this](const httplib::Request&, httplib::Response& res) {
      ++hits_;
      res.set_content(video_, "video/mp4");
    });
    server_->http().Get(R"(/down/.*)", [this](const httplib::Request&, httplib::Response& res) {
      ++hits_;
      res.status = 503;
    });
    server_->start();
    port_ = server_->port();
  }

  std::string base() const { return "http://127.0.0.1:" + std::to_string(port_); }
  std::string tweet_body() const { return fetch_testing::tweet_json(k_tweet_id, base() + "/video.mp4"); }
  int hits() const { return hits_.load(); }
  void stop() { server_.reset(); }

 private:
  std::string video_;
  std::unique_ptr<fetch_testing::LoopbackServer> server_;
  std::atomic<int> hits_{0};
  int port_ = 0;
};

std::filesystem::path write(const std::filesystem::path& path, const std::string& content) {
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

std::filesystem::path write_config(const std::filesystem::path& dir, const std::string& name, const std::string& base,
                                   const std::filesystem::path& cache, bool allow_loopback) {
  // Every service on the loopback server: a fallback must never leave 127.0.0.1.
  json config = {{"services",
                  {{"twitter_syndication", base}, {"twitter_oembed", base + "/down"}, {"twitter_api", base + "/down"},
                   {"twitter_mirror", base + "/down"}, {"telegram", base + "/down"}}},
                 {"cache_dir", cache.string()}};
  if (allow_loopback) config["net"] = {{"allow_addresses", {"127.0.0.1"}}};
  return write(dir / name, config.dump());
}

json read_report(const std::filesystem::path& dir) {
  return json::parse(testing_support::read_file(dir / "report.json"));
}

bool any_error(const json& report, const std::string& input_part, const std::string& message_part) {
  return std::any_of(report["errors"].begin(), report["errors"].end(), [&](const json& e) {
    return e["stage"] == "fetch" && e["input"].get<std::string>().find(input_part) != std::string::npos &&
           e["message"].get<std::string>().find(message_part) != std::string::npos;
  });
}

TEST(FetchEndToEnd, PostsAndMediaAreFetchedThenServedFromTheCacheOffline) {
  FakeServices services;
  const auto dir = testing_support::temp_dir("fetch-e2e");
  const auto article = write(dir / "article.html", k_article);
  const auto config = write_config(dir, "config.json", services.base(), dir / "cache", true);

  const auto out = dir / "out";
  auto r = run_embedcheck({"verify", article.string(), "--out", out.string(), "--config", config.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const json report = read_report(out);
  ASSERT_EQ(report["posts"].size(), 1u) << report.dump(2);
  const json& post = report["posts"][0];
  EXPECT_EQ(post["embed"], "e1");
  EXPECT_EQ(post["status"], "ok");
  EXPECT_EQ(post["author"], "Example User");
  EXPECT_EQ(post["author_handle"], "example_user");
  EXPECT_EQ(post["created_at"].get<std::string>().rfind("2024-06-10T03:00:17", 0), 0u) << post["created_at"];
  EXPECT_NE(post["text"].get<std::string>().find("Water rising"), std::string::npos);
  ASSERT_TRUE(post["custody"].is_object());
  EXPECT_EQ(post["custody"]["sha256"], fetch::sha256_hex(services.tweet_body()));
  EXPECT_EQ(post["custody"]["via"], "twitter-syndication");
  EXPECT_NE(post["custody"]["url"].get<std::string>().find("/tweet-result?id=1800000000000000000"), std::string::npos);

  ASSERT_EQ(post["media"].size(), 1u);
  const json& media = post["media"][0];
  const auto file = out / media["file"].get<std::string>();
  ASSERT_TRUE(std::filesystem::exists(file)) << file;
  const auto fixture_digest = fetch::sha256_file(testing_support::fixture("post-video.mp4"));
  ASSERT_TRUE(fixture_digest);
  EXPECT_EQ(media["sha256"], fixture_digest->sha256);
  EXPECT_EQ(fetch::sha256_file(file)->sha256, fixture_digest->sha256);
  ASSERT_TRUE(media["custody"].is_object());
  EXPECT_EQ(media["custody"]["via"], "direct");
  EXPECT_EQ(media["custody"]["sha256"], fixture_digest->sha256);
  for (const auto& entry : std::filesystem::directory_iterator(out / "media")) {
    EXPECT_EQ(entry.path().extension(), ".mp4") << "a partial file was left: " << entry.path();
  }
  const std::string md = testing_support::read_file(out / "report.md");
  EXPECT_NE(md.find("## Posts"), std::string::npos);
  EXPECT_NE(md.find(fixture_digest->sha256), std::string::npos);
  EXPECT_NE(md.find("Posts: 1 read"), std::string::npos) << md;
  // Only the fetched text names Reuters: attribution reads it.
  EXPECT_NE(report["checks"].dump().find("named in the fetched post text"), std::string::npos)
      << report["checks"].dump(2);
  EXPECT_EQ(services.hits(), 2);
  // The media stage read the downloaded video: its digest, facts and keyframes.
  ASSERT_EQ(report["media"].size(), 1u) << report["errors"].dump(2);
  const json& analysed = report["media"][0];
  EXPECT_EQ(analysed["embed"], post["embed"]);
  EXPECT_EQ(analysed["sha256"], fixture_digest->sha256);
  EXPECT_EQ(analysed["file"], media["file"]);
  EXPECT_EQ(analysed["source"], media["url"]);
  EXPECT_EQ(analysed["kind"], "video");
  ASSERT_FALSE(analysed["keyframes"].empty());
  for (const auto& k : analysed["keyframes"]) EXPECT_TRUE(std::filesystem::exists(out / k["file"].get<std::string>()));
  EXPECT_NE(md.find("## Media"), std::string::npos);

  services.stop();
  const auto out2 = dir / "out2";
  auto offline = run_embedcheck({"verify", article.string(), "--out", out2.string(), "--config", config.string(),
                                 "--offline"});
  ASSERT_EQ(offline.exit_code, 0) << offline.err;
  const json report2 = read_report(out2);
  EXPECT_EQ(report2["posts"], report["posts"]);
  EXPECT_EQ(report2["media"], report["media"]);  // the same bytes give the same keyframes
  EXPECT_TRUE(std::filesystem::exists(out2 / media["file"].get<std::string>()));
  EXPECT_TRUE(report2["errors"].empty()) << report2["errors"].dump(2);

  const auto empty = write_config(dir, "empty-cache.json", services.base(), dir / "empty-cache", true);
  const auto out3 = dir / "out3";
  auto missing = run_embedcheck({"verify", article.string(), "--out", out3.string(), "--config", empty.string(),
                                 "--offline"});
  ASSERT_EQ(missing.exit_code, 0) << missing.err;
  const json report3 = read_report(out3);
  ASSERT_EQ(report3["posts"].size(), 1u);
  EXPECT_EQ(report3["posts"][0]["status"], "error");
  EXPECT_NE(report3["posts"][0]["status_note"].get<std::string>().find("offline"), std::string::npos);
  EXPECT_TRUE(any_error(report3, "/tweet-result?id=1800000000000000000", "offline")) << report3["errors"].dump(2);
  EXPECT_FALSE(std::filesystem::exists(dir / "empty-cache")) << "an offline run made a cache";
}

// At a terminal the stages show where they are, and the line is gone before
// the summary; in a pipe (every other test) nothing of it appears.
TEST(FetchEndToEnd, ProgressIsShownOnATerminalOnly) {
  FakeServices services;
  const auto dir = testing_support::temp_dir("e2e-tty");
  const auto article = write(dir / "article.html", k_article);
  const auto config = write_config(dir, "config.json", services.base(), dir / "cache", true);
  auto tty = testing_support::run_embedcheck_on_terminal(
      {"verify", article.string(), "--out", (dir / "out").string(), "--config", config.string(), "--no-ocr"});
  ASSERT_EQ(tty.exit_code, 0) << tty.out;
  EXPECT_NE(tty.out.find("fetching posts 1/1"), std::string::npos) << tty.out;
  EXPECT_NE(tty.out.find("analysing media 1/1"), std::string::npos) << tty.out;
  EXPECT_NE(tty.out.find("\r\x1b[K"), std::string::npos) << "the line is cleared";
  EXPECT_NE(tty.out.find("wrote "), std::string::npos);

  auto piped = run_embedcheck({"verify", article.string(), "--out", (dir / "out2").string(), "--config",
                               config.string(), "--no-ocr", "--offline"});
  ASSERT_EQ(piped.exit_code, 0) << piped.err;
  EXPECT_EQ(piped.err.find("fetching"), std::string::npos) << piped.err;
  EXPECT_EQ(piped.err.find("analysing"), std::string::npos) << piped.err;
}

TEST(FetchEndToEnd, ThePostCommandPrintsThePostAndReadsTheCacheOffline) {
  FakeServices services;
  const auto dir = testing_support::temp_dir("fetch-post");
  const auto config = write_config(dir, "config.json", services.base(), dir / "cache", true);

  auto r = run_embedcheck({"post", k_tweet_id, "--config", config.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const json post = json::parse(r.out);
  EXPECT_EQ(post["status"], "ok");
  EXPECT_EQ(post["author"], "Example User");
  EXPECT_EQ(post["custody"]["sha256"], fetch::sha256_hex(services.tweet_body()));
  EXPECT_EQ(services.hits(), 1) << "the post command downloads no media";

  services.stop();
  auto cached = run_embedcheck(
      {"post", "https://x.com/example_user/status/1800000000000000000", "--offline", "--config", config.string()});
  ASSERT_EQ(cached.exit_code, 0) << cached.err;
  EXPECT_EQ(json::parse(cached.out), post);

  auto absent = run_embedcheck({"post", "1800000000000000001", "--offline", "--config", config.string()});
  EXPECT_EQ(absent.exit_code, 2);
  EXPECT_NE(absent.err.find("offline"), std::string::npos) << absent.err;
  EXPECT_EQ(run_embedcheck({"post", "not a post", "--config", config.string()}).exit_code, 1);
}

TEST(FetchEndToEnd, LoopbackIsRefusedUnlessTheConfigAllowsIt) {
  FakeServices services;
  const auto dir = testing_support::temp_dir("fetch-refused");
  const auto article = write(dir / "article.html", k_article);
  const auto config = write_config(dir, "config.json", services.base(), dir / "cache", false);
  const auto out = dir / "out";
  auto r = run_embedcheck({"verify", article.string(), "--out", out.string(), "--config", config.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const json report = read_report(out);
  EXPECT_TRUE(any_error(report, "/tweet-result", "refused")) << report["errors"].dump(2);
  EXPECT_TRUE(any_error(report, "/tweet-result", "loopback")) << report["errors"].dump(2);
  EXPECT_TRUE(any_error(report, "token=REDACTED", "")) << "error inputs carry no query secrets";
  ASSERT_EQ(report["posts"].size(), 1u);
  EXPECT_EQ(report["posts"][0]["status"], "error");
  EXPECT_EQ(services.hits(), 0);
}

}  // namespace
