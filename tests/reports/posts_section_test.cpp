// report.md's Posts section and the summary line once posts were fetched.
#include <gtest/gtest.h>

#include "reports/markdown_report.hpp"
#include "reports/posts_section.hpp"

namespace {

using namespace core;

Case fetched_case() {
  Case c;
  c.article.source = "article.html";
  Embed e;
  e.id = "e1";
  e.post_id = "1800000000000000000";
  c.embeds.push_back(e);
  Post ok;
  ok.embed = "e1";
  ok.post_id = e.post_id;
  ok.fetched_via = "twitter-syndication";
  ok.author = "Example User";
  ok.author_handle = "example_user";
  ok.created_at = parse_iso8601("2024-06-10T03:00:17Z");
  ok.text = "Water rising on [Main](http://evil.example) Street " + std::string(800, 'x');
  ok.custody = Custody{"https://cdn.example/tweet-result?id=1", "", parse_iso8601("2024-06-11T09:00:00.123Z"), 200,
                       std::string(64, 'a'), 1234, "twitter-syndication"};
  MediaItem video;
  video.kind = "video";
  video.url = "https://video.example/v.mp4";
  video.file = "media/e1-1.mp4";
  video.sha256 = std::string(64, 'b');
  video.custody = Custody{video.url, "", parse_iso8601("2024-06-11T09:00:01Z"), 200, video.sha256, 99, "direct"};
  ok.media.push_back(video);
  c.posts.push_back(ok);
  Post failed;
  failed.embed = "e2";
  failed.status = PostStatus::error;
  failed.status_note = "HTTP 403";
  c.posts.push_back(failed);
  return c;
}

TEST(PostsSection, ListsEachPostWithItsMediaAndCustody) {
  const std::string md = reports::render_markdown_report(fetched_case());
  const auto section = md.find("## Posts");
  ASSERT_NE(section, std::string::npos) << md;
  EXPECT_LT(section, md.find("## Checks"));
  EXPECT_NE(md.find("- Author: Example User (@example_user)"), std::string::npos) << md;
  EXPECT_NE(md.find("- Created: 2024-06-10T03:00:17Z"), std::string::npos) << md;
  EXPECT_NE(md.find("file `media/e1-1.mp4`, SHA-256 `" + std::string(64, 'b') + "`"), std::string::npos) << md;
  EXPECT_NE(md.find("fetched 2024-06-11T09:00:00.123Z"), std::string::npos) << md;
  EXPECT_NE(md.find("SHA-256 `" + std::string(64, 'a') + "`"), std::string::npos);
  EXPECT_NE(md.find("**error**"), std::string::npos);
  EXPECT_NE(md.find("- Note: HTTP 403"), std::string::npos);
  EXPECT_NE(md.find("\\[Main\\](http://evil.example)"), std::string::npos) << "post text must not form a link";
  EXPECT_EQ(md.find(std::string(700, 'x')), std::string::npos) << "long post text is shortened";
}

TEST(PostsSection, TheSummarySaysWhatWasReadAndWhatWasNot) {
  const auto lines = reports::summary_lines(fetched_case());
  EXPECT_NE(lines[2].find("Posts: 1 read, 1 could not be fetched; 1 media file downloaded."), std::string::npos)
      << lines[2];
  EXPECT_EQ(lines[2].find("not fetched;"), std::string::npos);
}

}  // namespace

namespace {

// A helper program's output (yt-dlp) has no HTTP status: the line says so instead of "HTTP 0".
TEST(PostsSection, CustodyWithoutAnHttpExchangeSaysSo) {
  core::Custody made{"https://www.youtube.com/watch?v=dQw4w9WgXcA", "", core::parse_iso8601("2024-06-11T09:00:00Z"), 0,
                     std::string(64, 'c'), 10, "yt-dlp"};
  const std::string line = reports::custody_text(made);
  EXPECT_NE(line.find("(no HTTP exchange, fetched 2024-06-11T09:00:00Z, via yt-dlp"), std::string::npos) << line;
  EXPECT_EQ(line.find("HTTP 0"), std::string::npos);
}

}  // namespace
