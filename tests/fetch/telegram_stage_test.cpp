// Telegram posts in the fetch stage, against a loopback server serving the
// invented embed pages of tests/cases/fetch/telegram/ (their media URLs
// pointed at the same server): the post and its video or photos, a missing
// post as a finding, a page about another post as an error, and an --offline
// replay.
#include <gtest/gtest.h>

#include <atomic>
#include <map>

#include "fetch/fetch_stage.hpp"
#include "fetch/sha256.hpp"
#include "tests/fetch/client_fixture.hpp"
#include "tests/support/paths.hpp"

namespace {

using fetch_testing::contains;

const std::filesystem::path k_cases = "tests/cases/fetch/telegram";
constexpr const char* k_photo = "invented photo bytes";

std::string replace_all(std::string s, const std::string& from, const std::string& to) {
  for (auto at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) s.replace(at, from.size(), to);
  return s;
}

core::Embed telegram_embed(const std::string& id, const std::string& channel, const std::string& number) {
  core::Embed e;
  e.id = id;
  e.platform = core::Platform::telegram;
  e.handle = channel;
  e.post_id = number;
  return e;
}

class TelegramStage : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::map<std::string, std::string> pages = {{"/examplechannel/4242", "video.html"},
                                                      {"/ShamChannelTest/88", "photos-arabic.html"},
                                                      {"/examplechannel/999999", "not-found.html"},
                                                      {"/examplechannel/5", "other-post.html"}};
    for (const auto& [path, file] : pages) {
      server_.http().Get(path, [this, file = file](const httplib::Request& req, httplib::Response& res) {
        ++page_hits_;
        if (req.get_param_value("embed") != "1") {
          res.status = 404;  // only the embed page is the widget's page
          return;
        }
        const std::string page = testing_support::read_file(testing_support::source_dir() / k_cases / file);
        res.set_content(replace_all(page, "https://cdn4.telesco.pe", server_.url("")), "text/html; charset=utf-8");
      });
    }
    server_.http().Get("/file/VideoInvented.mp4", [](const httplib::Request&, httplib::Response& res) {
      res.set_content(testing_support::read_file(testing_support::fixture("post-video.mp4")), "video/mp4");
    });
    server_.http().Get(R"(/file/Photo\w+\.jpg)", [](const httplib::Request&, httplib::Response& res) {
      res.set_content(k_photo, "image/jpeg");
    });
    server_.start();
    dir_ = testing_support::temp_dir("telegram-stage");
    settings_.config.services.telegram = server_.url("");
    settings_.config.cache_dir = dir_ / "cache";
    settings_.client = fetch_testing::test_options();
    settings_.client.max_bytes = 64ull << 20;
    settings_.media_dir = dir_ / "out" / "media";
  }

  fetch_testing::LoopbackServer server_;
  std::filesystem::path dir_;
  fetch::FetchSettings settings_;
  std::atomic<int> page_hits_{0};
};

TEST_F(TelegramStage, PostsAndTheirMediaAreReadFindingsKeptErrorsSaidAndTheCacheReplaysThem) {
  core::Case c;
  c.embeds = {telegram_embed("e1", "examplechannel", "4242"), telegram_embed("e2", "ShamChannelTest", "88"),
              telegram_embed("e3", "examplechannel", "999999"), telegram_embed("e4", "examplechannel", "5")};
  fetch::fetch_posts(c, settings_);
  ASSERT_EQ(c.posts.size(), 4u);

  const core::Post& video = c.posts[0];
  EXPECT_EQ(video.embed, "e1");
  EXPECT_EQ(video.status, core::PostStatus::ok);
  EXPECT_EQ(video.fetched_via, "telegram-embed");
  EXPECT_EQ(video.author, "Example Channel & Friends");
  EXPECT_EQ(core::format_iso8601(*video.created_at), "2024-06-10T03:00:17Z");
  ASSERT_TRUE(video.custody.has_value());
  EXPECT_TRUE(contains(video.custody->url, "/examplechannel/4242?embed=1"));
  ASSERT_EQ(video.media.size(), 1u);
  EXPECT_EQ(video.media[0].file, "media/e1-1.mp4");
  EXPECT_EQ(video.media[0].sha256, fetch::sha256_file(testing_support::fixture("post-video.mp4"))->sha256);
  EXPECT_TRUE(std::filesystem::exists(settings_.media_dir / "e1-1.mp4"));

  const core::Post& photos = c.posts[1];
  EXPECT_EQ(photos.status, core::PostStatus::ok);
  EXPECT_EQ(photos.author_handle, "ShamChannelTest");
  ASSERT_EQ(photos.media.size(), 2u);
  EXPECT_EQ(photos.media[1].file, "media/e2-2.jpg");
  EXPECT_EQ(photos.media[1].sha256, fetch::sha256_hex(k_photo));

  EXPECT_EQ(c.posts[2].status, core::PostStatus::not_found);  // a finding, no error
  EXPECT_TRUE(contains(c.posts[2].status_note, "Post not found"));
  EXPECT_EQ(c.posts[3].status, core::PostStatus::error);
  ASSERT_EQ(c.errors.size(), 1u) << core::to_line(c.errors[0]);
  EXPECT_TRUE(contains(c.errors[0].input, "/examplechannel/5?embed=1"));
  EXPECT_TRUE(contains(c.errors[0].message, "shows post \"examplechannel/4243\""));

  const int hits = page_hits_.load();
  settings_.offline = true;
  settings_.media_dir = dir_ / "offline" / "media";
  core::Case again;
  again.embeds = c.embeds;
  fetch::fetch_posts(again, settings_);
  EXPECT_EQ(page_hits_.load(), hits) << "an offline run reached the server";
  EXPECT_EQ(again.posts, c.posts);
  EXPECT_EQ(again.errors, c.errors);
  EXPECT_TRUE(std::filesystem::exists(settings_.media_dir / "e2-2.jpg"));
}

TEST_F(TelegramStage, AnEmbedWithoutAChannelIsAnErrorAndNothingIsAsked) {
  core::Case c;
  c.embeds = {telegram_embed("e1", "", "4242"), telegram_embed("e2", "../../etc", "1")};
  fetch::fetch_posts(c, settings_);
  ASSERT_EQ(c.posts.size(), 2u);
  EXPECT_EQ(c.posts[0].status, core::PostStatus::error);
  ASSERT_EQ(c.errors.size(), 2u);
  EXPECT_EQ(c.errors[0].input, "embed e1");
  EXPECT_TRUE(contains(c.errors[1].message, "is not a Telegram channel and message number"));
  EXPECT_EQ(page_hits_.load(), 0);
  for (const auto& error : c.errors) EXPECT_FALSE(contains(error.message, "not built yet"));
}

}  // namespace
