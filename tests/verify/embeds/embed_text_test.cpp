// Embeds flattened into plain text, with the Case filled directly (no ingestion).
#include <gtest/gtest.h>

#include "tests/support/paths.hpp"
#include "verify/embeds/detect.hpp"

namespace {

core::Case detect_in_text(std::string text) {
  core::Case c;
  c.article.kind = core::InputKind::text;
  c.article.text = std::move(text);
  verify::detect_embeds(c);
  return c;
}

std::string_view span_text(const core::Case& c, const core::Embed& e) {
  return std::string_view(c.article.text).substr(e.span.start, e.span.end - e.span.start);
}

TEST(EmbedText, TanfExample) {
  const auto c = detect_in_text(testing_support::read_file(testing_support::shared_dir() / "examples" / "tanf-2020.txt"));
  ASSERT_EQ(c.embeds.size(), 1u);
  const auto& e = c.embeds[0];
  EXPECT_EQ(e.id, "e1");
  EXPECT_EQ(e.platform, core::Platform::twitter);
  EXPECT_EQ(e.handle, "MIG29_");
  EXPECT_EQ(e.display_name, "Yusha Yuseef ??");
  ASSERT_TRUE(e.byline_date.has_value());
  EXPECT_EQ(core::format_date(*e.byline_date), "2020-04-14");
  EXPECT_EQ(e.byline_date_text, "April 14, 2020");
  EXPECT_EQ(e.urls, std::vector<std::string>{"https://pic.twitter.com/SyPjlzGIZ5"});
  EXPECT_TRUE(e.text.starts_with("بالفيديو")) << e.text;
  EXPECT_NE(e.text.find("شام اف ام"), std::string::npos);
  EXPECT_EQ(e.found_by, "flattened byline");
  EXPECT_TRUE(span_text(c, e).starts_with("بالفيديو"));
  EXPECT_TRUE(span_text(c, e).ends_with("April 14, 2020"));
  EXPECT_TRUE(c.errors.empty());
}

TEST(EmbedText, SeveralFlattenedTweets) {
  const auto c = detect_in_text(
      "Officials reacted quickly:\n"
      "First post text #news pic.twitter.com/AAAA1111\n"
      "— First Name (@first) March 3, 2021\n"
      "Second post https://t.co/BBBB2222\n"
      "— Second (@second_) March 4, 2021\n"
      "\n"
      "The article goes on.\n");
  ASSERT_EQ(c.embeds.size(), 2u);
  EXPECT_EQ(c.embeds[0].handle, "first");
  EXPECT_EQ(c.embeds[0].text, "First post text #news pic.twitter.com/AAAA1111");
  EXPECT_EQ(c.embeds[1].id, "e2");
  EXPECT_EQ(c.embeds[1].handle, "second_");
  EXPECT_EQ(c.embeds[1].text, "Second post https://t.co/BBBB2222");
  EXPECT_EQ(c.embeds[1].urls, std::vector<std::string>{"https://t.co/BBBB2222"});
}

TEST(EmbedText, SameLineSignature) {
  const auto c = detect_in_text("TEXT #Gophers https://t.co/x pic.twitter.com/KSx0PYcAYx — Display Name (@handle) June 9, 2020\n");
  ASSERT_EQ(c.embeds.size(), 1u);
  EXPECT_EQ(c.embeds[0].text, "TEXT #Gophers https://t.co/x pic.twitter.com/KSx0PYcAYx");
  EXPECT_EQ(c.embeds[0].display_name, "Display Name");
  EXPECT_EQ(c.embeds[0].urls, (std::vector<std::string>{"https://t.co/x", "https://pic.twitter.com/KSx0PYcAYx"}));
  EXPECT_EQ(c.embeds[0].span.start, 0u);
}

TEST(EmbedText, ImpossibleDateIsAnError) {
  const auto c = detect_in_text("Post text\n— Name (@handle) February 30, 2020\n");
  ASSERT_EQ(c.embeds.size(), 1u);
  EXPECT_FALSE(c.embeds[0].byline_date.has_value());
  EXPECT_EQ(c.embeds[0].byline_date_text, "February 30, 2020");
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].stage, "embeds");
  EXPECT_EQ(c.errors[0].input, "embed e1");
  EXPECT_NE(c.errors[0].message.find("does not exist"), std::string::npos);
}

TEST(EmbedText, StatusUrlAfterSignatureNamesThePost) {
  const auto c = detect_in_text("Post text\n— Name (@handle) May 1, 2020 https://twitter.com/handle/status/1256192516094939136\n");
  ASSERT_EQ(c.embeds.size(), 1u);
  EXPECT_EQ(c.embeds[0].post_id, "1256192516094939136");
  ASSERT_TRUE(c.embeds[0].id_time.has_value());
  EXPECT_EQ(core::format_iso8601(*c.embeds[0].id_time), "2020-05-01T12:03:29.422Z");
}

TEST(EmbedText, MalformedStandaloneUrlIsAnErrorNotAnEmbed) {
  const auto c = detect_in_text("Intro.\nhttps://twitter.com/user/status/\nhttps://twitter.com/user/status/12ab\n");
  EXPECT_TRUE(c.embeds.empty());
  ASSERT_EQ(c.errors.size(), 2u);
  EXPECT_EQ(c.errors[0].input, "https://twitter.com/user/status/");
  EXPECT_EQ(c.errors[1].input, "https://twitter.com/user/status/12ab");
}

TEST(EmbedText, LongLineStaysLinear) {
  // A 2 MB line full of anchors must not make the scan quadratic or deep.
  std::string text;
  for (int i = 0; i < 50000; ++i) text += "(@a) status/ t.co/ ";
  text += "\n";
  const auto c = detect_in_text(text);
  EXPECT_LE(c.embeds.size(), 1u);
}

TEST(EmbedText, UnclosedShortcodesStayLinear) {
  // 4 MB of openers with no closer, then one real shortcode: found, in one pass.
  std::string text;
  for (int i = 0; i < 400000; ++i) text += "{{< {% {{% ";
  text += "\n{{< youtube w7Ft2ymGmfc >}}\n";
  const auto c = detect_in_text(text);
  ASSERT_EQ(c.embeds.size(), 1u);
  EXPECT_EQ(c.embeds[0].post_id, "w7Ft2ymGmfc");
}

}  // namespace
