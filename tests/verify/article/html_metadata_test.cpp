// Article metadata from meta tags, JSON-LD and <time>, and --published.
#include <gtest/gtest.h>

#include "tests/verify/article/ingest_support.hpp"

namespace {

using ingest_testing::contains;
using ingest_testing::ingest;

std::string iso(const std::optional<core::Instant>& t) { return t ? core::format_iso8601(*t) : "(none)"; }

TEST(HtmlMetadata, FromMetaTags) {
  const std::string html = R"(<!doctype html><html lang="ar"><head>
    <title>Site | Headline</title>
    <meta property="og:title" content="  The   headline ">
    <meta name="author" content="Jane Reporter">
    <meta property="article:published_time" content="2020-04-16T10:00:00+03:00">
    <meta property="article:modified_time" content="2020-04-17T08:30:00Z">
    <meta property="og:url" content="https://example.com/og">
    <link rel="canonical" href="https://example.com/news/1">
    <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2001-01-01"}</script>
    </head><body><time datetime="1999-01-01">old</time><p>Body</p></body></html>)";
  const auto r = ingest(html, "a.html");
  ASSERT_TRUE(r.ok) << r.errors();
  const core::Article& a = r.c.article;
  EXPECT_EQ(a.title, "The headline");
  EXPECT_EQ(a.byline, "Jane Reporter");
  EXPECT_EQ(iso(a.published), "2020-04-16T07:00:00Z");
  EXPECT_EQ(a.published_from, "meta article:published_time");
  EXPECT_EQ(iso(a.modified), "2020-04-17T08:30:00Z");
  EXPECT_EQ(a.canonical_url, "https://example.com/news/1");
  EXPECT_EQ(a.language, "ar");
  EXPECT_TRUE(r.c.errors.empty()) << r.errors();
}

TEST(HtmlMetadata, FromJsonLdGraph) {
  const std::string html = R"(<html><head><title>Title element</title>
    <script type="application/ld+json">{ not json at all </script>
    <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
      {"@type":"WebSite","name":"Site","datePublished":"1990-01-01"},
      {"@type":"WebPage","datePublished":"2019-01-01T00:00:00Z"},
      {"@type":["NewsArticle","Article"],"headline":"LD headline","datePublished":"2020-04-16T10:00:00Z",
       "dateModified":"2020-04-16T12:00:00+02:00","author":{"@id":"https://example.com/#person"}},
      {"@type":"Person","@id":"https://example.com/#person","name":"Graph Person"}]}</script>
    <meta property="og:locale" content="en_GB"></head><body><p>x</p></body></html>)";
  const auto r = ingest(html, "a.html");
  ASSERT_TRUE(r.ok) << r.errors();
  const core::Article& a = r.c.article;
  EXPECT_EQ(a.title, "Title element");  // <title> comes before JSON-LD headline
  EXPECT_EQ(a.byline, "Graph Person");
  EXPECT_EQ(iso(a.published), "2020-04-16T10:00:00Z");
  EXPECT_EQ(a.published_from, "JSON-LD datePublished");
  EXPECT_EQ(iso(a.modified), "2020-04-16T10:00:00Z");
  EXPECT_EQ(a.language, "en_GB");
  EXPECT_TRUE(r.c.errors.empty()) << r.errors();
}

TEST(HtmlMetadata, JsonLdForms) {
  struct Row {
    std::string json, byline, published, title;
  };
  const Row rows[] = {
      {R"({"@type":"BlogPosting","author":"Plain Name","datePublished":"2020-01-02"})", "Plain Name", "2020-01-02", ""},
      {R"([{"@type":"Organization"},{"@type":"ReportageNewsArticle","author":[{"@type":"Person","name":"First"},
         {"name":"Second"}],"datePublished":"2020-01-03","headline":"H"}])",
       "First", "2020-01-03", "H"},
      {R"({"@type":"Organization","datePublished":"2020-01-04"})", "", "(none)", ""},
      {R"({"@type":"AnalysisNewsArticle","author":{"name":42},"datePublished":7})", "", "(none)", ""},
  };
  for (const auto& row : rows) {
    const auto r = ingest("<script type='application/ld+json'>" + row.json + "</script><p>x</p>", "a.html");
    ASSERT_TRUE(r.ok) << r.errors();
    EXPECT_EQ(r.c.article.byline, row.byline) << row.json;
    EXPECT_EQ(iso(r.c.article.published), row.published) << row.json;
    EXPECT_EQ(r.c.article.title, row.title) << row.json;
  }
}

TEST(HtmlMetadata, FromTimeElements) {
  struct Row {
    std::string html, published;
  };
  const Row rows[] = {
      // A post's own time inside an embed is not the article's.
      {"<blockquote><time datetime='2015-12-31'>x</time></blockquote><time datetime='2016-01-21'>y</time>",
       "2016-01-21"},
      {"<iframe><time datetime='2015-12-31'></time></iframe><p><time datetime='2016-01-22T10:00Z'>y</time>",
       "2016-01-22T10:00:00Z"},
      {"<time datetime='2001-01-01'>a</time><time pubdate datetime='2016-01-23'>b</time>", "2016-01-23"},
      {"<time datetime='2001-01-01'>a</time><time itemprop=datePublished datetime='2016-01-24'>b</time>",
       "2016-01-24"},
      {"<blockquote><time datetime='2015-12-31'>only in a quote</time></blockquote>", "(none)"},
  };
  for (const auto& row : rows) {
    const auto r = ingest(row.html, "a.html");
    ASSERT_TRUE(r.ok) << r.errors();
    EXPECT_EQ(iso(r.c.article.published), row.published) << row.html;
    if (r.c.article.published) {
      EXPECT_EQ(r.c.article.published_from, "time element");
    }
  }
}

TEST(HtmlMetadata, UnreadableDateIsAnErrorNotAFailure) {
  const auto r = ingest(
      "<meta property='article:published_time' content='last Tuesday'><meta name='pubdate' content='2020-02-02'>"
      "<p>Body</p>",
      "a.html");
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(iso(r.c.article.published), "2020-02-02");
  EXPECT_EQ(r.c.article.published_from, "meta pubdate");
  ASSERT_EQ(r.c.errors.size(), 1u);
  EXPECT_TRUE(contains(r.c.errors[0].message, "\"last Tuesday\"")) << r.errors();
  EXPECT_TRUE(contains(r.c.errors[0].message, "article:published_time")) << r.errors();
}

TEST(HtmlMetadata, OtherSources) {
  const auto r = ingest(
      "<html><head><meta http-equiv='content-language' content='es'><meta property='og:url' "
      "content='https://example.com/og'><meta name='DC.date.issued' content='2014-02-04'></head>"
      "<body><p>By <a rel='author' href='/jane'>Jane  Doe</a></p></body></html>",
      "a.html");
  ASSERT_TRUE(r.ok) << r.errors();
  EXPECT_EQ(r.c.article.language, "es");
  EXPECT_EQ(r.c.article.canonical_url, "https://example.com/og");
  EXPECT_EQ(r.c.article.byline, "Jane Doe");
  EXPECT_EQ(iso(r.c.article.published), "2014-02-04");
  EXPECT_EQ(r.c.article.published_from, "meta dc.date.issued");
}

TEST(HtmlMetadata, PublishedOptionWins) {
  verify::IngestOptions options;
  options.published = core::parse_iso8601("2020-04-16T09:00:00Z");
  const auto html = ingest("<meta property='article:published_time' content='2001-01-01'><p>x</p>", "a.html", options);
  ASSERT_TRUE(html.ok) << html.errors();
  EXPECT_EQ(iso(html.c.article.published), "2020-04-16T09:00:00Z");
  EXPECT_EQ(html.c.article.published_from, "--published");
  const auto text = ingest("plain", "a.txt", options);
  ASSERT_TRUE(text.ok) << text.errors();
  EXPECT_EQ(iso(text.c.article.published), "2020-04-16T09:00:00Z");
  EXPECT_EQ(text.c.article.published_from, "--published");
}

}  // namespace
