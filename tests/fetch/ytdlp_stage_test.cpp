// yt-dlp in the fetch stage. yt-dlp is not installed here and could not run
// offline, so each test writes a small /bin/sh program into a temp folder and
// names it as tools.yt_dlp.path: it checks the argv it was given and prints
// an invented --dump-json answer (tests/cases/fetch/ytdlp/), fails, hangs,
// floods stdout, prints broken JSON or tries to write a file. The video its
// JSON names is served by a loopback server and must be downloaded by our
// client.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <atomic>
#include <chrono>
#include <fstream>

#include "fetch/fetch_stage.hpp"
#include "fetch/sha256.hpp"
#include "fetch/ytdlp_posts.hpp"
#include "tests/fetch/client_fixture.hpp"
#include "tests/support/paths.hpp"

namespace {

using fetch_testing::contains;

constexpr const char* k_video_id = "dQw4w9WgXcA";
constexpr const char* k_post_url = "https://www.youtube.com/watch?v=dQw4w9WgXcA";

std::string replace_all(std::string s, const std::string& from, const std::string& to) {
  for (auto at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) s.replace(at, from.size(), to);
  return s;
}

class YtDlpStage : public ::testing::Test {
 protected:
  void SetUp() override {
    server_.http().Get("/videoplayback", [this](const httplib::Request& req, httplib::Response& res) {
      ++media_hits_;
      if (req.get_param_value("itag") != "22") res.status = 404;  // only the chosen format is asked for
      else res.set_content(testing_support::read_file(testing_support::fixture("post-video.mp4")), "video/mp4");
    });
    server_.start();
    dir_ = testing_support::temp_dir("ytdlp-stage");
    const auto fixture = testing_support::source_dir() / "tests/cases/fetch/ytdlp/youtube.json";
    answer_ = replace_all(testing_support::read_file(fixture), "MEDIA_BASE", server_.url(""));
    std::ofstream(dir_ / "answer.json", std::ios::binary) << answer_;
    settings_.config.cache_dir = dir_ / "cache";
    settings_.config.yt_dlp.enabled = true;
    settings_.config.yt_dlp.timeout_s = 1;
    settings_.client = fetch_testing::test_options();
    settings_.client.max_bytes = 64ull << 20;
    settings_.media_dir = dir_ / "out" / "media";
  }

  // A /bin/sh program standing in for yt-dlp; `body` runs after the argv check.
  void helper(const std::string& body, const std::string& url = k_post_url) {
    std::string expected;
    for (const auto& arg : fetch::ytdlp_arguments(url)) expected += (expected.empty() ? "" : " ") + arg;
    const auto path = dir_ / "yt-dlp";
    std::ofstream(path) << "#!/bin/sh\n"
                        << "[ \"$#\" = 7 ] && [ \"$*\" = '" << expected << "' ] && [ \"$7\" = '" << url << "' ] || "
                        << "{ echo \"ERROR: unexpected arguments: $*\" >&2; exit 3; }\n"
                        << body << "\n";
    ::chmod(path.c_str(), 0755);
    settings_.config.yt_dlp.path = path.string();
  }

  core::Case run(core::Platform platform = core::Platform::youtube, const std::string& id = k_video_id,
                 std::vector<std::string> urls = {}) {
    core::Case c;
    core::Embed e;
    e.id = "e1";
    e.platform = platform;
    e.post_id = id;
    e.urls = std::move(urls);
    c.embeds.push_back(e);
    fetch::fetch_posts(c, settings_);
    return c;
  }

  // The one error of a failed run: it names the post's URL and says `why`.
  void expect_failure(const core::Case& c, const std::string& why) {
    ASSERT_EQ(c.posts.size(), 1u);
    EXPECT_EQ(c.posts[0].status, core::PostStatus::error);
    ASSERT_EQ(c.errors.size(), 1u);
    EXPECT_EQ(c.errors[0].input, k_post_url);
    EXPECT_TRUE(contains(c.errors[0].message, why));
    EXPECT_EQ(c.errors[0].message.find('\n'), std::string::npos);
  }

  fetch_testing::LoopbackServer server_;
  std::filesystem::path dir_;
  std::string answer_;
  fetch::FetchSettings settings_;
  std::atomic<int> media_hits_{0};
};

TEST_F(YtDlpStage, ItsJsonBecomesThePostItsVideoComesThroughOurClientAndTheCacheReplaysIt) {
  helper("cat '" + (dir_ / "answer.json").string() + "'");
  const core::Case c = run();
  ASSERT_EQ(c.posts.size(), 1u);
  ASSERT_TRUE(c.errors.empty()) << core::to_line(c.errors[0]);
  const core::Post& post = c.posts[0];
  EXPECT_EQ(post.status, core::PostStatus::ok);
  EXPECT_EQ(post.fetched_via, "yt-dlp");
  EXPECT_EQ(post.author, "Example Channel");
  EXPECT_EQ(core::format_iso8601(*post.created_at), "2024-06-10T03:00:17Z");
  ASSERT_TRUE(post.custody.has_value());
  EXPECT_EQ(post.custody->url, k_post_url);
  EXPECT_EQ(post.custody->via, "yt-dlp");
  EXPECT_EQ(post.custody->sha256, fetch::sha256_hex(answer_));
  ASSERT_EQ(post.media.size(), 1u);
  EXPECT_EQ(post.media[0].file, "media/e1-1.mp4");
  EXPECT_EQ(post.media[0].custody->via, "direct");
  EXPECT_EQ(media_hits_.load(), 1);

  std::filesystem::remove(dir_ / "yt-dlp");  // offline, nothing is run
  settings_.offline = true;
  settings_.media_dir = dir_ / "offline" / "media";
  const core::Case again = run();
  EXPECT_EQ(again.posts, c.posts);
  EXPECT_TRUE(again.errors.empty());
  EXPECT_EQ(media_hits_.load(), 1);
}

TEST_F(YtDlpStage, ANonZeroExitGivesItsErrorLine) {
  helper("echo 'WARNING: [youtube] slow' >&2; echo 'ERROR: [youtube] dQw4w9WgXcA: Video unavailable' >&2; "
         "echo 'see --help' >&2; exit 1");
  expect_failure(run(), "yt-dlp exited with status 1: ERROR: [youtube] dQw4w9WgXcA: Video unavailable");
}

TEST_F(YtDlpStage, AHangIsKilledAtTheTimeoutGrandchildrenToo) {
  helper("sleep 30; echo late");
  const auto start = std::chrono::steady_clock::now();
  const core::Case c = run();
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(10));
  expect_failure(c, "did not finish within tools.yt_dlp.timeout_s (1 s) and was stopped");
}

TEST_F(YtDlpStage, OutputOverTheCapIsStopped) {
  helper("head -c 9000000 /dev/zero");
  expect_failure(run(), "printed more than 8388608 bytes and was stopped");
}

TEST_F(YtDlpStage, MalformedJsonIsAnError) {
  helper("echo '{\"id\": \"dQw4w9WgXcA\", \"title\": '");
  expect_failure(run(), "yt-dlp answered malformed JSON");
}

TEST_F(YtDlpStage, ItMayNotWriteFiles) {
  helper("echo downloaded > '" + (dir_ / "written").string() + "'; cat '" + (dir_ / "answer.json").string() + "'");
  expect_failure(run(), "yt-dlp was ended by signal");
  EXPECT_EQ(std::filesystem::exists(dir_ / "written") ? std::filesystem::file_size(dir_ / "written") : 0u, 0u);
}

TEST_F(YtDlpStage, AUrlFromTheArticleIsOneArgumentWhateverItHolds) {
  const std::string url = "https://www.facebook.com/watch/?v=1&x=$(touch${IFS}pwned);id`id`";
  helper("cat '" + (dir_ / "answer.json").string() + "'", url);
  const core::Case c = run(core::Platform::facebook, "", {url});
  ASSERT_EQ(c.posts.size(), 1u);
  EXPECT_EQ(c.posts[0].status, core::PostStatus::ok) << c.posts[0].status_note;
  EXPECT_FALSE(std::filesystem::exists(dir_ / "pwned"));
  EXPECT_FALSE(std::filesystem::exists(std::filesystem::current_path() / "pwned"));
}

TEST_F(YtDlpStage, AMissingProgramAndADisabledToolAreSaid) {
  settings_.config.yt_dlp.path = (dir_ / "no-such-yt-dlp").string();
  expect_failure(run(), "not found or not executable");

  settings_.config.yt_dlp.enabled = false;
  settings_.config.cache_dir = dir_ / "unused-cache";
  helper("cat '" + (dir_ / "answer.json").string() + "'");
  const core::Case off = run();
  EXPECT_TRUE(off.posts.empty());
  ASSERT_EQ(off.errors.size(), 1u);
  EXPECT_EQ(off.errors[0].message, "fetching YouTube posts needs yt-dlp: set tools.yt_dlp.enabled (off by default)");
  EXPECT_FALSE(std::filesystem::exists(dir_ / "unused-cache")) << "nothing to fetch, no cache made";
}

}  // namespace
