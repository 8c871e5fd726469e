// The fetch stage with a post whose video is offered only as an HLS
// playlist: read through the gate by the reader the CLI gives it, into
// OUT/media/<embed>-<n>.mp4, and the same file again offline.
#include <gtest/gtest.h>

#include "fetch/fetch_stage.hpp"
#include "fetch/sha256.hpp"
#include "media/hls_to_file.hpp"
#include "tests/fetch/client_fixture.hpp"
#include "tests/fetch/tweet_fixture.hpp"
#include "tests/media/remote_fixture.hpp"
#include "tests/support/paths.hpp"

namespace {

using fetch_testing::k_tweet_id;

std::string hls_only_tweet(const std::string& playlist_url) {
  std::string json = fetch_testing::tweet_json(k_tweet_id, playlist_url);
  const std::string mp4 = "\"content_type\": \"video/mp4\"";
  return json.replace(json.find(mp4), mp4.size(), "\"content_type\": \"application/x-mpegURL\"");
}

class HlsFetchStage : public ::testing::Test {
 protected:
  void SetUp() override {
    host_.handle("/tweet-result", [this](const httplib::Request&, httplib::Response& res) {
      res.set_content(hls_only_tweet(host_.url("/hls/good/index.m3u8")), "application/json");
    });
    host_.start();
    dir_ = testing_support::temp_dir("hls-fetch-stage");
    settings_.config.services.twitter_syndication = host_.url("");
    settings_.config.cache_dir = dir_ / "cache";
    settings_.client = fetch_testing::test_options();
    settings_.read_remote_media = media::remote_media_reader(settings_.config);
  }
  core::Case run(const std::string& out, bool offline) {
    core::Case c;
    core::Embed e;
    e.id = "e1";
    e.platform = core::Platform::twitter;
    e.post_id = k_tweet_id;
    c.embeds = {e};
    settings_.offline = offline;
    settings_.media_dir = dir_ / out / "media";
    fetch::fetch_posts(c, settings_);
    return c;
  }

  media_testing::VideoHost host_;
  std::filesystem::path dir_;
  fetch::FetchSettings settings_;
};

TEST_F(HlsFetchStage, AnHlsOnlyVideoBecomesAnMp4AndIsMadeAgainOffline) {
  const core::Case c = run("out", false);
  ASSERT_TRUE(c.errors.empty()) << c.errors.front().message;
  ASSERT_EQ(c.posts.size(), 1u);
  ASSERT_EQ(c.posts[0].media.size(), 1u);
  const core::MediaItem& item = c.posts[0].media[0];
  EXPECT_EQ(item.file, "media/e1-1.mp4");
  const auto file = dir_ / "out" / item.file;
  EXPECT_EQ(item.sha256, fetch::sha256_file(file)->sha256);
  ASSERT_TRUE(item.custody.has_value());
  EXPECT_EQ(item.custody->url, host_.url("/hls/good/index.m3u8"));
  EXPECT_EQ(item.custody->sha256, fetch::sha256_hex(testing_support::read_file(testing_support::fixture("hls/good/index.m3u8"))));
  EXPECT_TRUE(host_.requested("/hls/good/seg3.ts"));

  host_.stop();
  const core::Case again = run("out2", true);
  ASSERT_TRUE(again.errors.empty()) << again.errors.front().message;
  EXPECT_EQ(again.posts, c.posts);
  EXPECT_EQ(testing_support::read_file(dir_ / "out2" / item.file), testing_support::read_file(file));
}

TEST_F(HlsFetchStage, WithoutAReaderTheVideoIsAnErrorAndThePostStaysOk) {
  settings_.read_remote_media = nullptr;
  const core::Case c = run("out", false);
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].input, host_.url("/hls/good/index.m3u8"));
  EXPECT_EQ(c.posts[0].status, core::PostStatus::ok);
  EXPECT_TRUE(c.posts[0].media[0].file.empty());
  EXPECT_FALSE(host_.requested("/hls/good/seg0.ts"));
}

}  // namespace
