#include "reports/markdown_report.hpp"

#include <gtest/gtest.h>

#include "reports/markdown_text.hpp"

namespace {

using namespace core;

Case sample_case() {
  Case c;
  c.article.source = "article.txt";
  c.article.text = "Intro.\nبالفيديو شام اف ام pic.twitter.com/SyPjlzGIZ5\n— Yusha Yuseef ?? (@MIG29_) April 14, 2020\n";
  Embed e;
  e.id = "e1";
  e.platform = Platform::twitter;
  e.handle = "MIG29_";
  e.display_name = "Yusha Yuseef ??";
  e.byline_date = parse_date("2020-04-14");
  e.span = {7, c.article.text.size() - 1};
  e.urls = {"https://pic.twitter.com/SyPjlzGIZ5"};
  e.found_by = "flattened byline";
  c.embeds.push_back(e);
  c.checks.push_back(Check{"embed-date", Verdict::inconsistent, "e1", {},
                           {Evidence{"byline date", "2020-04-14", "embed e1", e.span}}, "The byline is 17 days earlier."});
  return c;
}

TEST(MarkdownReport, OpensWithThreeSummaryLines) {
  using reports::render_markdown_report;
  using reports::summary_lines;
  const std::string md = render_markdown_report(sample_case());
  const auto lines = summary_lines(sample_case());
  EXPECT_NE(lines[0].find("1 embedded post found in article.txt (no published date): 1 Twitter/X"), std::string::npos)
      << lines[0];
  EXPECT_NE(lines[1].find("0 consistent, 1 inconsistent, 0 unverifiable — embed-date e1"), std::string::npos) << lines[1];
  EXPECT_NE(lines[2].find("not fetched"), std::string::npos);
  const auto body = md.find("## Embeds");
  ASSERT_NE(body, std::string::npos);
  for (const auto& line : lines) EXPECT_LT(md.find(line), body);
}

TEST(MarkdownReport, QuotesTheArticleTextIntact) {
  const std::string md = reports::render_markdown_report(sample_case());
  EXPECT_NE(md.find("> بالفيديو شام اف ام pic.twitter.com/SyPjlzGIZ5\n> — Yusha Yuseef ?? (@MIG29_) April 14, 2020"),
            std::string::npos)
      << md;
}

TEST(MarkdownText, UntrustedTextCannotFormMarkup) {
  EXPECT_EQ(reports::md_inline("[click](javascript:x) <img src=x> **b** # h"),
            "\\[click\\](javascript:x) &lt;img src=x&gt; \\*\\*b\\*\\* \\# h");
  EXPECT_EQ(reports::md_quote("a\n# b"), "> a\n> \\# b\n");
  EXPECT_EQ(reports::md_inline("line\nbreak"), "line break");
}

TEST(MarkdownReport, SaysWhenNothingWasFound) {
  Case c;
  c.article.source = "empty.txt";
  c.add_error("ingest", "empty.txt", "the input is empty");
  const std::string md = reports::render_markdown_report(c);
  EXPECT_NE(md.find("No embedded posts found in empty.txt"), std::string::npos);
  EXPECT_NE(md.find("## Problems"), std::string::npos);
  EXPECT_NE(md.find("ingest: empty.txt: the input is empty"), std::string::npos);
}

}  // namespace

namespace {

TEST(MarkdownText, UnderscoresThatCannotOpenEmphasisStayPlain) {
  EXPECT_EQ(reports::md_inline("@MIG29_ and snake_case"), "@MIG29_ and snake_case");
  EXPECT_EQ(reports::md_inline("_em_ __b__"), "\\_em_ \\_\\_b_\\_");
}

}  // namespace
