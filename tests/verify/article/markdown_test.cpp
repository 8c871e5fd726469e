// Markdown with inline HTML, and its YAML front matter.
#include <gtest/gtest.h>

#include "tests/support/paths.hpp"
#include "tests/verify/article/ingest_support.hpp"
#include "verify/article/front_matter.hpp"
#include "verify/article/markdown.hpp"

namespace {

using ingest_testing::contains;
using ingest_testing::ingest;
using ingest_testing::span_text;

TEST(MarkdownFrontMatter, RealCarpentryConPost) {
  const auto path = testing_support::shared_dir() / "real-embeds" / "03-carpentries-carpentrycon-tweets.md";
  core::Case c;
  ASSERT_TRUE(verify::ingest_file(path, {}, c));
  const core::Article& a = c.article;
  EXPECT_EQ(a.kind, core::InputKind::markdown);
  EXPECT_EQ(a.title, "A summary of the tweets generated at CarpentryCon 2018, Dublin");
  EXPECT_EQ(a.byline, "François Michonneau");
  ASSERT_TRUE(a.published.has_value());
  EXPECT_EQ(core::format_iso8601(*a.published), "2018-06-11");
  EXPECT_EQ(a.published_from, "front matter date");
  EXPECT_FALSE(contains(a.text, "layout: page"));
  EXPECT_FALSE(contains(a.text, "---"));
  // Markdown is rendered: headings and list items are blocks of their own.
  EXPECT_TRUE(contains(a.text, "\nBasic summary\n\nTotal number of tweets"));
  // Ten tweet blockquotes, each with its post text and byline inside the span.
  std::vector<const core::MarkupElement*> quotes;
  for (const auto& e : a.markup) {
    if (e.tag == "blockquote" && e.has_class("twitter-tweet")) quotes.push_back(&e);
  }
  ASSERT_EQ(quotes.size(), 10u);
  const std::string_view first = span_text(a, *quotes[0]);
  EXPECT_TRUE(contains(first, "Arrived Dublin for #CarpentryCon2018!")) << first;
  EXPECT_TRUE(contains(first, "\u2014 tracykteal\u00a0|\u00a0 2018-05-28 \u00a0|\u00a011 retweets")) << first;
  EXPECT_TRUE(contains(first, "\n")) << "the blockquote spans several lines";
  EXPECT_TRUE(c.errors.empty());
}

TEST(MarkdownFrontMatter, Forms) {
  using verify::article::read_front_matter;
  struct Row {
    std::string text, title, date, author;
  };
  const Row rows[] = {
      {"---\ntitle: Plain\ndate: 2016-01-21\n---\nbody", "Plain", "2016-01-21", ""},
      {"---\r\ntitle: \"Quoted: yes\"\r\nauthor: \"ALMA RÍOS \"\r\n---\r\n", "Quoted: yes", "", "ALMA RÍOS"},
      {"---\nauthors: [\"A B\", \"C D\"]\n---\n", "", "", "A B"},
      {"---\nauthors: [Solo, Other]\n---\n", "", "", "Solo"},
      {"---\nauthors:\n- melody\n- other\ntags:\n- x\n---\n", "", "", "melody"},
      {"---\ndate: 2016-01-21 10:00:00 -0500\n...\n", "", "2016-01-21 10:00:00-0500", ""},
      {"---\nexcerpt: \"two\nlines: not a key\"\ntitle: T\n--- \n", "T", "", ""},
      {"---\nnested:\n  title: no\ntitle: yes\n---\n", "yes", "", ""},
      {"---\ntitle: \"Interior&#39;s &amp; &#x4E2D; &bogus; &#0; &#39\"\n---\n", "Interior's & 中 &bogus; &#0; &#39", "", ""},
  };
  for (const auto& row : rows) {
    const auto front = read_front_matter(row.text);
    ASSERT_TRUE(front.has_value()) << row.text;
    EXPECT_EQ(front->title, row.title) << row.text;
    EXPECT_EQ(front->date, row.date) << row.text;
    EXPECT_EQ(front->author, row.author) << row.text;
  }
  EXPECT_FALSE(read_front_matter("title: x\n---\n").has_value());
  EXPECT_FALSE(read_front_matter("---\ntitle: never closed\n").has_value());
  EXPECT_EQ(read_front_matter("---\na: b\n---\nbody")->body_offset, 13u);
}

TEST(MarkdownIngest, JekyllDateWithOffset) {
  const auto r = ingest("---\ndate: 2016-01-21 10:00:00 -0500\n---\nbody\n", "post.md");
  ASSERT_TRUE(r.ok) << r.errors();
  ASSERT_TRUE(r.c.article.published.has_value());
  EXPECT_EQ(core::format_iso8601(*r.c.article.published), "2016-01-21T15:00:00Z");
  EXPECT_EQ(r.c.article.text, "body\n");
}

TEST(MarkdownIngest, WhitespaceKeptAndBlocksBreak) {
  const auto r = ingest(
      "Intro  with  two spaces.\n\n<blockquote class=\"twitter-tweet\"><p>Post\ntext</p>&mdash; Name (@h) "
      "<a href=\"https://twitter.com/h/status/1\">May 1, 2020</a></blockquote>\nAfter.\n",
      "post.md");
  ASSERT_TRUE(r.ok) << r.errors();
  const core::Article& a = r.c.article;
  EXPECT_EQ(a.text, "Intro  with  two spaces.\nPost\ntext\n— Name (@h) May 1, 2020\nAfter.\n");
  ASSERT_EQ(a.markup.size(), 4u);  // the paragraph md4c makes of the intro, the quote, its <p> and <a>
  EXPECT_EQ(span_text(a, a.markup[0]), "Intro  with  two spaces.");
  EXPECT_EQ(span_text(a, a.markup[2]), "Post\ntext");
  EXPECT_EQ(span_text(a, a.markup[3]), "May 1, 2020");
}

TEST(MarkdownIngest, AutolinksAndLinksAreAnchors) {
  const auto r = ingest("Link: <https://twitter.com/h/status/123> and [a label](https://example.org/x).\n", "post.md");
  ASSERT_TRUE(r.ok) << r.errors();
  EXPECT_EQ(r.c.article.text, "Link: https://twitter.com/h/status/123 and a label.\n");
  std::vector<std::string> hrefs;
  for (const auto& e : r.c.article.markup) {
    if (e.tag == "a") hrefs.push_back(e.attribute("href"));
  }
  EXPECT_EQ(hrefs, (std::vector<std::string>{"https://twitter.com/h/status/123", "https://example.org/x"}));
}

TEST(MarkdownIngest, CodeIsTextNotMarkup) {
  const auto r = ingest("Paste this:\n\n```html\n<blockquote class=\"twitter-tweet\"><p>x</p></blockquote>\n```\n\n"
                        "Or `<amp-twitter data-tweetid=\"1\">` inline.\n",
                        "howto.md");
  ASSERT_TRUE(r.ok) << r.errors();
  for (const auto& e : r.c.article.markup) {
    EXPECT_NE(e.tag, "blockquote");
    EXPECT_NE(e.tag, "amp-twitter");
  }
  EXPECT_NE(r.c.article.text.find("<blockquote class=\"twitter-tweet\">"), std::string::npos) << "shown as text";
}

}  // namespace

namespace {

TEST(MarkdownIngest, HardLineBreaksAreOneLineBreak) {
  const auto r = ingest("Post text  \nsecond line\n— Name (@h) May 1, 2020\n", "post.md");
  ASSERT_TRUE(r.ok) << r.errors();
  EXPECT_EQ(r.c.article.text, "Post text\nsecond line\n— Name (@h) May 1, 2020\n");
}

TEST(MarkdownIngest, ALinkReferenceRepeatedByTheThousandIsRefusedNotRendered) {
  // md4c 0.4.8 writes the target at every use: 100 kB would render to 100 MB.
  std::string md = "[x]: https://example.org/" + std::string(5000, 'a') + "\n\n";
  for (int i = 0; i < 20000; ++i) md += "[x] ";
  const auto r = ingest(md, "bomb.md");
  EXPECT_FALSE(r.ok);
  EXPECT_NE(r.errors().find("eight times its size"), std::string::npos) << r.errors();
}

}  // namespace
