// The nesting-depth check that runs before gumbo, and broken HTML that parses.
#include <gtest/gtest.h>

#include "tests/verify/article/ingest_support.hpp"
#include "verify/article/html_depth.hpp"

namespace {

using ingest_testing::contains;
using ingest_testing::ingest;
using verify::article::html_max_depth;

std::string repeat(std::string_view part, int times) {
  std::string out;
  for (int i = 0; i < times; ++i) out += part;
  return out;
}

TEST(HtmlDepth, Scan) {
  struct Row {
    std::string html;
    std::size_t depth;
  };
  const Row rows[] = {
      {"", 0},
      {"plain text", 0},
      {"<div><div></div></div>", 2},
      {"<div><div></div><div><span></span></div></div>", 3},
      {"<div>" + repeat("<br><img src=a><hr><meta charset=x><input>", 50) + "</div>", 1},
      {"<div>" + repeat("<p>", 100) + "</div>", 1},
      {"<ul>" + repeat("<li>", 100) + "</ul>", 1},
      {"<table>" + repeat("<tr><td>", 100) + "</table>", 1},
      {repeat("<span/>", 100), 0},
      {repeat("<!-- <div> -->", 20), 0},
      {"<script>" + repeat("<div>", 30) + "</script><div>", 1},
      {"<style>" + repeat("<div>", 30) + "</STYLE ><div>", 1},
      {"<textarea>" + repeat("<b>", 30) + "</textarea>", 0},
      {"<div title='>'><div title=\"<div>\"></div></div>", 2},
      {"<div><span><b></div><div>", 3},  // </div> closes what it holds
      {"<div></span></span></span><div>", 2},  // stray end tags are ignored
      {"<!doctype html><html><body><div>", 3},
      {"<div>a < b and c<d</div>", 2},  // "< b" is text; "<d</div>" is a tag named "d<", as gumbo reads it
  };
  for (const auto& row : rows) EXPECT_EQ(html_max_depth(row.html), row.depth) << row.html;
}

TEST(HtmlDepth, TenThousandNestedDivsRefusedBeforeParsing) {
  const std::string html = "<html><body>" + repeat("<div>", 10000) + "deep";
  const auto r = ingest(html, "deep.html");
  EXPECT_FALSE(r.ok);
  ASSERT_EQ(r.c.errors.size(), 1u);
  const std::string& message = r.c.errors[0].message;
  EXPECT_TRUE(contains(message, "10002 deep")) << message;  // html, body and the divs
  EXPECT_TRUE(contains(message, "limit of 2000")) << message;
  EXPECT_TRUE(contains(message, "limits.html_depth")) << message;
  EXPECT_TRUE(contains(message, "EMBEDCHECK_LIMITS_HTML_DEPTH")) << message;
  EXPECT_TRUE(r.c.article.text.empty());
  EXPECT_TRUE(r.c.article.markup.empty());
  EXPECT_EQ(r.c.article.source, "deep.html");
}

TEST(HtmlDepth, LimitComesFromOptions) {
  verify::IngestOptions options;
  options.max_depth = 3;
  EXPECT_TRUE(ingest("<div><div><div>x</div></div></div>", "a.html", options).ok);
  const auto r = ingest("<div><div><div><div>x</div></div></div></div>", "a.html", options);
  EXPECT_FALSE(r.ok);
  ASSERT_EQ(r.c.errors.size(), 1u);
  EXPECT_TRUE(contains(r.c.errors[0].message, "4 deep, over the limit of 3")) << r.errors();
}

TEST(HtmlDepth, MarkdownIsCheckedToo) {
  const auto r = ingest("# Title\n\n" + repeat("<div>", 3000), "post.md");
  EXPECT_FALSE(r.ok);
  EXPECT_TRUE(contains(r.errors(), "3000 deep")) << r.errors();
}

TEST(HtmlDepth, FifteenHundredNestedDivsAccepted) {
  const std::string html = repeat("<div>", 1500) + "deep text" + repeat("</div>", 1500);
  const auto r = ingest(html, "a.html");
  ASSERT_TRUE(r.ok) << r.errors();
  EXPECT_EQ(r.c.article.text, "deep text\n");
  ASSERT_EQ(r.c.article.markup.size(), 1500u);
  EXPECT_EQ(r.c.article.markup.back().parent, 1498u);
  EXPECT_EQ(ingest_testing::span_text(r.c.article, r.c.article.markup.back()), "deep text");
}

TEST(HtmlDepth, FiveThousandUnclosedParagraphsAccepted) {
  std::string html = "<body>";
  for (int i = 0; i < 5000; ++i) html += "<p>paragraph " + std::to_string(i);
  const auto r = ingest(html, "a.html");
  ASSERT_TRUE(r.ok) << r.errors();
  EXPECT_TRUE(contains(r.c.article.text, "\nparagraph 4999\n"));
  std::size_t paragraphs = 0;
  for (const auto& e : r.c.article.markup) paragraphs += e.tag == "p";
  EXPECT_EQ(paragraphs, 5000u);
  EXPECT_EQ(r.c.article.markup.back().parent, 0u);  // each <p> closes the one before: all are children of <body>
}

TEST(HtmlText, UnclosedTagsStillParse) {
  const auto r = ingest("<html><body><div><p>First <b>bold<p>Second <a href=x>link<div>Third", "a.html");
  ASSERT_TRUE(r.ok) << r.errors();
  EXPECT_TRUE(contains(r.c.article.text, "First bold\n")) << r.c.article.text;
  EXPECT_TRUE(contains(r.c.article.text, "Second link\n")) << r.c.article.text;
  EXPECT_TRUE(contains(r.c.article.text, "Third")) << r.c.article.text;
}

}  // namespace
