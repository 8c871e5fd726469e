// Markup from another stage is read defensively: spans past the text,
// parents out of order, and attributes without values give no crash and no
// invented embed.
#include <gtest/gtest.h>

#include "verify/embeds/detect.hpp"

namespace {

core::MarkupElement element(std::string tag, std::vector<std::pair<std::string, std::string>> attributes,
                            core::Span span, std::size_t parent = static_cast<std::size_t>(-1)) {
  return core::MarkupElement{std::move(tag), std::move(attributes), span, parent};
}

TEST(EmbedMarkup, HandBuiltTweetBlockquote) {
  core::Case c;
  c.article.kind = core::InputKind::html;
  c.article.text = "Intro.\nHello world\n— Name (@handle) May 1, 2020\nAfter.\n";
  const std::size_t quote = c.article.text.find("Hello");
  const std::size_t end = c.article.text.find("\nAfter");
  const std::size_t date = c.article.text.find("May 1");
  c.article.markup = {
      element("blockquote", {{"class", "twitter-tweet"}}, {quote, end}),
      element("p", {}, {quote, quote + 11}, 0),
      element("a", {{"href", "https://twitter.com/handle/status/1256192516094939136"}}, {date, end}, 0),
  };
  verify::detect_embeds(c);
  ASSERT_EQ(c.embeds.size(), 1u);
  EXPECT_EQ(c.embeds[0].post_id, "1256192516094939136");
  EXPECT_EQ(c.embeds[0].handle, "handle");
  EXPECT_EQ(c.embeds[0].display_name, "Name");
  EXPECT_EQ(c.embeds[0].text, "Hello world");
  EXPECT_EQ(c.embeds[0].span, (core::Span{quote, end}));
  EXPECT_TRUE(c.errors.empty());
}

TEST(EmbedMarkup, BadSpansAndParentsDoNotCrash) {
  core::Case c;
  c.article.kind = core::InputKind::html;
  c.article.text = "short";
  c.article.markup = {
      element("blockquote", {{"class", "twitter-tweet"}}, {3, 1000}),
      element("p", {}, {900, 950}, 0),
      element("a", {{"href", "https://twitter.com/u/status/"}}, {7, 2}, 5),  // parent after itself
      element("iframe", {{"src", ""}}, {10, 10}, 1),
      element("blockquote", {{"class", "twitter-tweet"}}, {2, 1}, 99),
  };
  verify::detect_embeds(c);
  for (const auto& e : c.embeds) {
    EXPECT_EQ(e.platform, core::Platform::twitter);
    EXPECT_TRUE(e.post_id.empty());
    EXPECT_LE(e.span.start, e.span.end);
    EXPECT_LE(e.span.end, c.article.text.size());
  }
}

TEST(EmbedMarkup, IframeOfAnotherSiteIsNotAnEmbed) {
  core::Case c;
  c.article.kind = core::InputKind::html;
  c.article.text = "Text\n";
  c.article.markup = {element("iframe", {{"src", "https://www.google.com/maps/embed?pb=1"}}, {5, 5})};
  verify::detect_embeds(c);
  EXPECT_TRUE(c.embeds.empty());
  EXPECT_TRUE(c.errors.empty());
}

TEST(EmbedMarkup, AppendsAfterEarlierEmbeds) {
  core::Case c;
  c.article.text = "Intro.\nhttps://youtu.be/dQw4w9WgXcQ\n";
  c.embeds.push_back(core::Embed{});
  c.embeds.back().id = "e1";
  verify::detect_embeds(c);
  ASSERT_EQ(c.embeds.size(), 2u);
  EXPECT_EQ(c.embeds[1].id, "e2");
}

}  // namespace
