// The Twitter/X fallbacks in the fetch stage, from tests/cases/fetch/twitter/
// fallbacks.json: each row says what each service answers (a fixture file
// served with 200, or a bare status), whether the X API token is set, which
// services must be asked and what the Post must be. X's services and the media
// host share one loopback server; the API has its own (another origin), so a
// token reaching anything but the API would be seen. Each row is replayed
// --offline from the cache the online run filled.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <mutex>

#include "fetch/fetch_stage.hpp"
#include "tests/fetch/client_fixture.hpp"
#include "tests/fetch/post_table.hpp"
#include "tests/support/paths.hpp"

namespace {

using fetch_testing::contains;
using nlohmann::json;

constexpr const char* k_id = "1800000000000000000";
const std::filesystem::path k_cases = "tests/cases/fetch/twitter";

std::string replace_all(std::string s, const std::string& from, const std::string& to) {
  for (auto at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) s.replace(at, from.size(), to);
  return s;
}

class TwitterFallbacks : public ::testing::Test {
 protected:
  void SetUp() override {
    serve(x_, "/tweet-result", "twitter-syndication");
    serve(x_, "/oembed", "twitter-oembed");
    serve(x_, R"(/2/status/\d+)", "twitter-mirror");
    serve(api_, "/2/tweets", "twitter-api-v2");
    x_.http().Get(R"(/.+\.(mp4|jpg))", [this](const httplib::Request& req, httplib::Response& res) {
      note(req, "media");
      res.set_content(testing_support::read_file(testing_support::fixture("post-video.mp4")), "video/mp4");
    });
    x_.start();
    api_.start();
  }

  // Answers a service's route from the current row: a fixture (its media URLs
  // pointed at this server) or a bare status; a service the row leaves out is down.
  void serve(fetch_testing::LoopbackServer& server, const std::string& route, const std::string& via) {
    server.http().Get(route, [this, via](const httplib::Request& req, httplib::Response& res) {
      note(req, via);
      const json answer = answers_.value(via, json(503));
      if (answer.is_number()) {
        res.status = answer.get<int>();
        return;
      }
      std::string body = testing_support::read_file(testing_support::source_dir() / k_cases / answer.get<std::string>());
      body = replace_all(body, "https://video.twimg.com", x_.url(""));
      res.set_content(replace_all(body, "https://pbs.twimg.com", x_.url("")), "application/json");
    });
  }

  void note(const httplib::Request& req, const std::string& via) {
    std::lock_guard<std::mutex> lock(mutex_);
    ++hits_[via];
    if (req.has_header("Authorization")) authorized_.push_back(via + " " + req.get_header_value("Authorization"));
  }

  fetch::FetchSettings settings(const std::filesystem::path& dir, bool token, bool offline) const {
    fetch::FetchSettings s;
    s.config.services.twitter_syndication = x_.url("");
    s.config.services.twitter_oembed = x_.url("");
    s.config.services.twitter_mirror = x_.url("");
    s.config.services.twitter_api = api_.url("");
    s.config.cache_dir = dir / "cache";
    s.client = fetch_testing::test_options();
    s.client.max_bytes = 64ull << 20;
    if (token) s.client.credential = fetch::Credential{api_.url(""), "test-token"};
    s.offline = offline;
    s.media_dir = dir / (offline ? "offline" : "online") / "media";
    return s;
  }

  core::Case run(const std::filesystem::path& dir, bool token, bool offline) const {
    core::Case c;
    core::Embed e;
    e.id = "e1";
    e.platform = core::Platform::twitter;
    e.post_id = k_id;
    e.handle = "example_user";
    c.embeds.push_back(e);
    fetch::fetch_posts(c, settings(dir, token, offline));
    return c;
  }

  json answers_;
  std::mutex mutex_;
  std::map<std::string, int> hits_;
  std::vector<std::string> authorized_;
  fetch_testing::LoopbackServer x_;
  fetch_testing::LoopbackServer api_;
};

void expect_errors(const json& row, const core::Case& c) {
  const json wanted = row.value("errors", json::array());
  ASSERT_EQ(c.errors.size(), wanted.size()) << (c.errors.empty() ? "" : core::to_line(c.errors[0]));
  for (std::size_t i = 0; i < wanted.size(); ++i) {
    EXPECT_TRUE(contains(c.errors[i].input, wanted[i].get<std::string>()));
    EXPECT_EQ(c.errors[i].message.find('\n'), std::string::npos);
  }
}

TEST_F(TwitterFallbacks, EachRowAsksTheServicesInOrderAndReplaysOffline) {
  const auto table = json::parse(testing_support::read_file(testing_support::source_dir() / k_cases / "fallbacks.json"));
  EXPECT_GE(table.size(), 8u);
  for (const auto& row : table) {
    SCOPED_TRACE(row["name"].get<std::string>());
    answers_ = row["answers"];
    hits_.clear();
    authorized_.clear();
    const bool token = row.value("token", false);
    const auto dir = testing_support::temp_dir("twitter-fallbacks");
    const core::Case online = run(dir, token, false);
    ASSERT_EQ(online.posts.size(), 1u);
    const core::Post& post = online.posts[0];
    post_table::expect_post(row["expect"], post, row["expect"]["fetched_via"]);
    if (post.status != core::PostStatus::error) {
      ASSERT_TRUE(post.custody.has_value());
      EXPECT_EQ(post.custody->via, post.fetched_via);
    }
    expect_errors(row, online);
    for (const std::string via : {"twitter-syndication", "twitter-oembed", "twitter-api-v2", "twitter-mirror"}) {
      const auto& asked = row["asked"];
      const bool want = std::find(asked.begin(), asked.end(), via) != asked.end();
      EXPECT_EQ(hits_[via] > 0, want) << via << " asked " << hits_[via] << " times";
    }
    const int media = row.value("media_files", 0);
    EXPECT_EQ(hits_["media"], media);
    if (media > 0) {
      EXPECT_FALSE(post.media.at(0).file.empty());
    }
    // The token reached the API's origin and nothing else.
    for (const auto& seen : authorized_) EXPECT_EQ(seen, "twitter-api-v2 Bearer test-token");
    EXPECT_EQ(authorized_.size(), static_cast<std::size_t>(hits_["twitter-api-v2"]));

    const auto before = hits_;
    const core::Case offline = run(dir, token, true);
    EXPECT_EQ(hits_, before) << "an offline run reached a server";
    if (post.status != core::PostStatus::error) {
      EXPECT_EQ(offline.posts, online.posts);
      EXPECT_EQ(offline.errors, online.errors);
    } else {
      ASSERT_EQ(offline.posts.size(), 1u);
      EXPECT_EQ(offline.posts[0].status, core::PostStatus::error);
      EXPECT_TRUE(contains(offline.posts[0].status_note, "not in the cache"));
    }
  }
}

}  // namespace
