// The fetch stage on hand-built Cases against the loopback server: findings
// versus errors, links without ids, other platforms, and no partial media.
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <fstream>

#include "fetch/fetch_stage.hpp"
#include "fetch/link_resolver.hpp"
#include "fetch/media_output.hpp"
#include "tests/fetch/client_fixture.hpp"
#include "tests/fetch/tweet_fixture.hpp"
#include "tests/support/paths.hpp"

namespace {

using fetch_testing::contains;
using fetch_testing::k_tweet_id;

constexpr const char* k_deleted_id = "1800000000000000001";
constexpr const char* k_malformed_id = "1800000000000000002";

core::Embed twitter_embed(const std::string& id, const std::string& post_id) {
  core::Embed e;
  e.id = id;
  e.platform = core::Platform::twitter;
  e.post_id = post_id;
  return e;
}

class FetchStage : public ::testing::Test {
 protected:
  void SetUp() override {
    server_.http().Get("/tweet-result", [this](const httplib::Request& req, httplib::Response& res) {
      const std::string id = req.get_param_value("id");
      if (id == k_tweet_id) res.set_content(fetch_testing::tweet_json(id, server_.url("/video.mp4")), "application/json");
      else if (id == k_deleted_id) res.set_content(fetch_testing::tombstone_json(), "application/json");
      else if (id == k_malformed_id) res.set_content("{\"__typename\": \"Tweet\", ", "application/json");
      else res.status = 404;
    });
    server_.http().Get("/video.mp4", [this](const httplib::Request&, httplib::Response& res) {
      ++video_hits_;
      if (video_missing_) {
        res.status = 404;
        return;
      }
      res.set_content(testing_support::read_file(testing_support::fixture("post-video.mp4")), "video/mp4");
    });
    // A short link: a redirect to the post's status URL, as t.co answers.
    server_.http().Get("/AbCdEf1234", [](const httplib::Request&, httplib::Response& res) {
      res.status = 301;
      res.set_header("Location", "/example_user/status/1800000000000000000/video/1");
    });
    server_.http().Get(R"(/example_user/status/\d+/video/1)", [](const httplib::Request&, httplib::Response& res) {
      res.set_content("<html>post</html>", "text/html");
    });
    // The fallback services are down here (tests/fetch/twitter_fallback_test.cpp has them answer).
    server_.http().Get(R"(/down/.*)", [](const httplib::Request&, httplib::Response& res) { res.status = 503; });
    server_.start();
    dir_ = testing_support::temp_dir("fetch-stage");
    settings_.config.services.twitter_syndication = server_.url("");
    settings_.config.services.twitter_oembed = server_.url("/down");
    settings_.config.services.twitter_mirror = server_.url("/down");
    settings_.config.services.twitter_api = server_.url("/down");
    settings_.config.services.resolver_hosts = {"127.0.0.1"};
    settings_.config.cache_dir = dir_ / "cache";
    settings_.client = fetch_testing::test_options();
    settings_.client.max_bytes = 64ull << 20;
    settings_.media_dir = dir_ / "out" / "media";
  }

  fetch_testing::LoopbackServer server_;
  std::filesystem::path dir_;
  fetch::FetchSettings settings_;
  std::atomic<int> video_hits_{0};
  std::atomic<bool> video_missing_{false};
};

TEST_F(FetchStage, DeletedPostsAreFindingsAndBadJsonIsAnErrorWhileTheRestGoesOn) {
  core::Case c;
  c.embeds = {twitter_embed("e1", k_deleted_id), twitter_embed("e2", k_malformed_id), twitter_embed("e3", k_tweet_id)};
  fetch::fetch_posts(c, settings_);
  ASSERT_EQ(c.posts.size(), 3u);
  EXPECT_EQ(c.posts[0].embed, "e1");
  EXPECT_EQ(c.posts[0].status, core::PostStatus::deleted);
  EXPECT_TRUE(c.posts[0].custody.has_value());
  EXPECT_EQ(c.posts[1].status, core::PostStatus::error);
  EXPECT_EQ(c.posts[2].status, core::PostStatus::ok);
  EXPECT_EQ(c.posts[2].media.at(0).file, "media/e3-1.mp4");
  // The deleted post is no error; the malformed one is, and so are the fallbacks that were down.
  ASSERT_EQ(c.errors.size(), 3u);
  EXPECT_EQ(c.errors[0].stage, "fetch");
  EXPECT_TRUE(contains(c.errors[0].input, "id=1800000000000000002"));
  EXPECT_TRUE(contains(c.errors[0].input, "token=REDACTED"));
  EXPECT_TRUE(contains(c.errors[1].input, "/down/oembed?url="));
  EXPECT_TRUE(contains(c.errors[2].input, "/down/2/status/1800000000000000002"));
  EXPECT_TRUE(contains(c.posts[1].status_note, "twitter-syndication answered malformed JSON"));
}

TEST_F(FetchStage, ALinkWithoutAnIdIsFollowedToItsPostOnlineAndOffline) {
  core::Case c;
  core::Embed e = twitter_embed("e1", "");
  e.urls = {server_.url("/AbCdEf1234")};
  c.embeds.push_back(e);
  fetch::fetch_posts(c, settings_);
  ASSERT_EQ(c.posts.size(), 1u) << (c.errors.empty() ? "" : core::to_line(c.errors[0]));
  EXPECT_EQ(c.posts[0].post_id, k_tweet_id);
  EXPECT_EQ(c.posts[0].status, core::PostStatus::ok);
  EXPECT_TRUE(c.errors.empty());

  core::Case again;
  again.embeds.push_back(e);
  settings_.offline = true;
  settings_.media_dir = dir_ / "offline" / "media";
  fetch::fetch_posts(again, settings_);
  EXPECT_EQ(again.posts, c.posts);
  EXPECT_TRUE(again.errors.empty());
}

TEST_F(FetchStage, OtherPlatformsSayWhatTheyNeedAndGetNoPost) {
  core::Case c;
  core::Embed insta = twitter_embed("e1", "CxYz");
  insta.platform = core::Platform::instagram;
  core::Embed bluesky = twitter_embed("e2", "3kabc");
  bluesky.platform = core::Platform::bluesky;
  c.embeds = {insta, bluesky};
  fetch::fetch_posts(c, settings_);
  EXPECT_TRUE(c.posts.empty());
  ASSERT_EQ(c.errors.size(), 2u);
  EXPECT_EQ(c.errors[0].message, "fetching Bluesky posts is not built yet");
  EXPECT_EQ(c.errors[1].message, "fetching Instagram posts needs yt-dlp: set tools.yt_dlp.enabled (off by default)");
  EXPECT_FALSE(std::filesystem::exists(dir_ / "cache")) << "nothing to fetch, no cache made";
}

TEST_F(FetchStage, MediaThatFailsLeavesNoFileAndAnError) {
  video_missing_ = true;
  core::Case c;
  c.embeds = {twitter_embed("e1", k_tweet_id)};
  fetch::fetch_posts(c, settings_);
  ASSERT_EQ(c.posts.size(), 1u);
  EXPECT_EQ(c.posts[0].status, core::PostStatus::ok);
  EXPECT_TRUE(c.posts[0].media.at(0).file.empty());
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_TRUE(contains(c.errors[0].input, "/video.mp4"));
  const bool empty = !std::filesystem::exists(settings_.media_dir) || std::filesystem::is_empty(settings_.media_dir);
  EXPECT_TRUE(empty);
  for (const auto& entry : std::filesystem::directory_iterator(dir_ / "cache" / "tmp")) {
    ADD_FAILURE() << "left behind: " << entry.path();
  }
}

TEST(MediaOutput, AnAlteredBlobIsNotPlaced) {
  const auto dir = testing_support::temp_dir("media-output");
  const auto blob = dir / "blob";
  std::ofstream(blob) << "altered bytes";
  auto placed = fetch::place_media(blob, std::string(64, 'a'), dir / "media" / "e1-1.mp4");
  ASSERT_FALSE(placed);
  EXPECT_TRUE(contains(placed.error().message, "altered"));
  EXPECT_TRUE(std::filesystem::is_empty(dir / "media"));
}

TEST(LinkResolver, StatusIdsComeOnlyFromTwitterOrResolverHosts) {
  const std::vector<std::string> hosts = {"t.co", "pic.twitter.com"};
  EXPECT_EQ(fetch::status_id("https://x.com/a/status/123/photo/1", hosts), "123");
  EXPECT_EQ(fetch::status_id("https://mobile.twitter.com/a/statuses/45?s=20", hosts), "45");
  EXPECT_EQ(fetch::status_id("https://example.org/a/status/123", hosts), std::nullopt);
  EXPECT_EQ(fetch::status_id("https://x.com/a", hosts), std::nullopt);
  core::Embed e;
  e.urls = {"https://example.org/x", "pic.twitter.com/SyPjlzGIZ5"};
  EXPECT_EQ(fetch::resolver_link(e, hosts), "https://pic.twitter.com/SyPjlzGIZ5");
}

TEST(MediaOutput, ExtensionsComeFromTheTypeOrTheUrlAndAreSafe) {
  core::MediaItem m;
  m.content_type = "video/mp4";
  EXPECT_EQ(fetch::media_extension(m), "mp4");
  m.content_type = "";
  m.url = "https://pbs.twimg.com/media/AbC.JPEG?name=orig";
  EXPECT_EQ(fetch::media_extension(m), "jpg");
  m.url = "https://example.org/x.m/../../etc";
  EXPECT_EQ(fetch::media_extension(m), "bin");
}

}  // namespace
