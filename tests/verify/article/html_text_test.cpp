// HTML to text and markup outline.
#include <gtest/gtest.h>

#include <random>

#include "tests/verify/article/ingest_support.hpp"

namespace {

using ingest_testing::contains;
using ingest_testing::first;
using ingest_testing::ingest;
using ingest_testing::span_text;

const std::string k_tweet =
    "<blockquote class=\"twitter-tweet\"><p lang=\"ar\" dir=\"rtl\">نص pic.twitter.com/abc</p>&mdash; Name "
    "(@handle) <a href=\"https://twitter.com/handle/status/123\">April 14, 2020</a></blockquote>";

TEST(HtmlText, TweetBlockquoteOutline) {
  const auto r = ingest("<html><body><p>Before it.</p>" + k_tweet + "<p>After it.</p></body></html>", "a.html");
  ASSERT_TRUE(r.ok) << r.errors();
  const core::Article& a = r.c.article;
  EXPECT_EQ(a.text, "Before it.\nنص pic.twitter.com/abc\n— Name (@handle) April 14, 2020\nAfter it.\n");
  // html, body, p, blockquote, p, a, p
  ASSERT_EQ(a.markup.size(), 7u);
  const auto& quote = a.markup[3];
  EXPECT_EQ(quote.tag, "blockquote");
  EXPECT_TRUE(quote.has_class("twitter-tweet"));
  EXPECT_EQ(span_text(a, quote), "نص pic.twitter.com/abc\n— Name (@handle) April 14, 2020");
  EXPECT_EQ(quote.parent, 1u);
  const auto& p = a.markup[4];
  EXPECT_EQ(p.tag, "p");
  EXPECT_EQ(p.parent, 3u);
  EXPECT_EQ(p.attribute("lang"), "ar");
  EXPECT_EQ(p.attribute("dir"), "rtl");
  EXPECT_EQ(span_text(a, p), "نص pic.twitter.com/abc");
  const auto& link = a.markup[5];
  EXPECT_EQ(link.tag, "a");
  EXPECT_EQ(link.parent, 3u);
  EXPECT_EQ(link.attribute("href"), "https://twitter.com/handle/status/123");
  EXPECT_EQ(span_text(a, link), "April 14, 2020");
  // Nested spans nest.
  EXPECT_LE(quote.span.start, p.span.start);
  EXPECT_LE(link.span.end, quote.span.end);
}

TEST(HtmlText, WhitespaceAndBreaks) {
  struct Row {
    std::string html, text;
  };
  const Row rows[] = {
      {"<p>  many   \n spaces\there </p>", "many spaces here\n"},
      {"<p>one</p>\n\n<p>two</p>", "one\ntwo\n"},
      {"<div><div><p>deep</p></div></div>after", "deep\nafter\n"},
      {"line<br>next<br/><br><br><br>last", "line\nnext\n\nlast\n"},
      {"<p>a <strong>b</strong> <em>c</em>, <span>d</span></p>", "a b c, d\n"},
      {"<p>x<a href=#> link </a>y</p>", "x link y\n"},
      {"<p>a &mdash; b&nbsp;|&nbsp;c &amp; &lt;d&gt;</p>", "a — b\u00a0|\u00a0c & <d>\n"},
      {"<ul><li>one<li>two</ul>", "one\ntwo\n"},
      {"<table><tr><td>a<td>b</table>", "a\nb\n"},
      {"<pre>  keep\n   this</pre>", "  keep\n   this\n"},
      {"<h1>Title</h1><p>Body</p>", "Title\nBody\n"},
      {"<p>\u200fنص\u200e</p>", "\u200fنص\u200e\n"},
  };
  for (const auto& row : rows) {
    const auto r = ingest(row.html, "a.html");
    ASSERT_TRUE(r.ok) << r.errors();
    EXPECT_EQ(r.c.article.text, row.text) << row.html;
  }
}

TEST(HtmlText, HiddenTextLeftOutButElementsOutlined) {
  const std::string html =
      "<html><head><title>Page title</title><script>var head = 1;</script><meta name=author content=X></head>"
      "<body><p>Shown</p><script async src=\"https://telegram.org/js/telegram-widget.js\" "
      "data-telegram-post=\"durov/43\"></script><style>p{}</style><noscript>no script</noscript>"
      "<template><p>templated</p></template><iframe src=\"https://www.youtube.com/embed/abc\">fallback</iframe>"
      "<p></p></body></html>";
  const auto r = ingest(html, "a.html");
  ASSERT_TRUE(r.ok) << r.errors();
  const core::Article& a = r.c.article;
  EXPECT_EQ(a.text, "Shown\n");
  std::vector<std::string> tags;
  for (const auto& e : a.markup) tags.push_back(e.tag);
  EXPECT_EQ(tags, (std::vector<std::string>{"html", "body", "p", "script", "style", "noscript", "template",
                                            "iframe", "p"}));
  const auto* script = first(a, "script");
  ASSERT_NE(script, nullptr);
  EXPECT_EQ(script->attribute("data-telegram-post"), "durov/43");
  EXPECT_EQ(script->span.start, script->span.end);
  EXPECT_EQ(first(a, "iframe")->attribute("src"), "https://www.youtube.com/embed/abc");
  EXPECT_EQ(a.title, "Page title");
}

TEST(HtmlText, FragmentHeadElementsAreOutlined) {
  // No <head> in the source: the parser puts a leading <script> in an implied
  // head, but it was written in the body's place and the embeds stage needs it.
  const auto r = ingest("<script data-telegram-post=\"durov/43\" src=\"x.js\"></script><p>text</p>", "a.html");
  ASSERT_TRUE(r.ok) << r.errors();
  ASSERT_EQ(r.c.article.markup.size(), 2u);
  EXPECT_EQ(r.c.article.markup[0].tag, "script");
  EXPECT_EQ(r.c.article.markup[0].parent, static_cast<std::size_t>(-1));
  EXPECT_EQ(r.c.article.markup[1].tag, "p");
}

TEST(HtmlText, AttributesAndCustomElements) {
  const auto r = ingest(
      "<DIV CLASS=\"fb-post\" Data-Href=\"https://www.facebook.com/x/posts/1\" data-x='a&amp;b'></DIV>"
      "<amp-twitter data-tweetid=\"123\" layout=responsive></amp-twitter>"
      "<time datetime=\"2020-04-14T10:00:00Z\">April 14</time>",
      "a.html");
  ASSERT_TRUE(r.ok) << r.errors();
  const core::Article& a = r.c.article;
  ASSERT_EQ(a.markup.size(), 3u);
  EXPECT_EQ(a.markup[0].tag, "div");
  EXPECT_TRUE(a.markup[0].has_class("fb-post"));
  EXPECT_EQ(a.markup[0].attribute("data-href"), "https://www.facebook.com/x/posts/1");
  EXPECT_EQ(a.markup[0].attribute("data-x"), "a&b");
  EXPECT_EQ(a.markup[1].tag, "amp-twitter");
  EXPECT_EQ(a.markup[1].attribute("data-tweetid"), "123");
  EXPECT_EQ(a.markup[2].tag, "time");
  EXPECT_EQ(span_text(a, a.markup[2]), "April 14");
}

// Spans lie in the text and nest inside their parent's.
void expect_outline_consistent(const core::Article& a, const std::string& input) {
  for (std::size_t i = 0; i < a.markup.size(); ++i) {
    const auto& e = a.markup[i];
    ASSERT_LE(e.span.start, e.span.end) << e.tag << " in " << input;
    ASSERT_LE(e.span.end, a.text.size()) << e.tag << " in " << input;
    if (e.parent == static_cast<std::size_t>(-1)) continue;
    ASSERT_LT(e.parent, i) << input;
    EXPECT_LE(a.markup[e.parent].span.start, e.span.start) << e.tag << " in " << input;
    EXPECT_GE(a.markup[e.parent].span.end, e.span.end) << e.tag << " in " << input;
  }
}

TEST(HtmlText, TagSoupKeepsTheOutlineConsistent) {
  const std::vector<std::string> pieces = {
      "<div>", "</div>", "<p>", "</p>", "text ", " ", "\n", "&amp;", "&nbsp;", "<br>", "<blockquote class=x>",
      "</blockquote>", "<!--", "-->", "<script>", "</script>", "<a href='", "'>", "</a>", "<table>", "<td>",
      "<b>", "</i>", "<", ">", "&#", "نص", "<pre>", "</pre>", "<template>", "<iframe>", "<head>", "<title>", "\r"};
  std::mt19937 random(20200414);
  std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
  for (int round = 0; round < 300; ++round) {
    std::string html;
    for (int i = 0; i < 60; ++i) html += pieces[pick(random)];
    for (const char* source : {"soup.html", "soup.md"}) {
      const auto r = ingest(html, source);
      ASSERT_TRUE(r.ok || !r.c.errors.empty()) << html;
      expect_outline_consistent(r.c.article, html);
    }
  }
}

TEST(HtmlText, SpansAlwaysInsideTheText) {
  const auto r = ingest(
      "<div> <p> a <b> b </b> </p> <span> </span><p><i> </i></p> <a> c </a> </div> <br> <ul><li> d </ul>", "a.html");
  ASSERT_TRUE(r.ok) << r.errors();
  const core::Article& a = r.c.article;
  EXPECT_EQ(a.text, "a b\nc\n\nd\n");  // a <br> after a block is an empty line, as browsers show it
  expect_outline_consistent(a, "");
  EXPECT_EQ(span_text(a, *first(a, "b")), "b");
}

}  // namespace
