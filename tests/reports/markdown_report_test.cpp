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

namespace {

TEST(MarkdownReport, ListsClaimsWithTheirValueOrNote) {
  using namespace core;
  Case c = sample_case();
  Claim week;
  week.id = "c1";
  week.kind = ClaimKind::time;
  week.text = "this week";
  week.note = "unresolved: the article states no published time";
  Claim sham;
  sham.id = "c2";
  sham.kind = ClaimKind::source;
  sham.text = "broadcaster Sham FM";
  sham.embed = "e1";
  sham.value = SourceRef{"Sham FM", "Sham FM"};
  Claim convoy;
  convoy.id = "c3";
  convoy.kind = ClaimKind::count;
  convoy.text = "8-vehicle convoy";
  convoy.value = Count{8, "vehicle"};
  c.claims = {week, sham, convoy};
  const std::string md = reports::render_markdown_report(c);
  ASSERT_NE(md.find("## Claims"), std::string::npos);
  EXPECT_NE(md.find("c1 · time: \"this week\" → no value — unresolved: the article states no published time"), std::string::npos) << md;
  EXPECT_NE(md.find("c2 · source · e1: \"broadcaster Sham FM\" → Sham FM"), std::string::npos) << md;
  EXPECT_NE(md.find("c3 · count: \"8-vehicle convoy\" → 8 vehicle"), std::string::npos) << md;
  EXPECT_NE(reports::summary_lines(c)[2].find("3 claims found"), std::string::npos);
}

}  // namespace

namespace {

core::Place tadmur() {
  return core::Place{"Tadmur", core::PlaceType::place, core::Location{34.56, 38.28}, "SY.11", "Homs", "SY",
                     "Syria", "Asia/Damascus", 51323, "geonames", "alias"};
}

TEST(MarkdownReport, PlaceClaimShowsTheResolvedEntityWhyAndLinks) {
  using namespace core;
  Case c = sample_case();
  Claim place;
  place.id = "c6";
  place.kind = ClaimKind::place;
  place.role = "destination";
  place.text = "Tadmour";
  place.value = tadmur();
  place.within = "c7";
  place.from = "c5";
  place.duration = "c9";
  Place palmyra{"Palmyra", PlaceType::place, Location{43.06, -77.23}, "US.NY", "New York", "US", "United States",
                "America/New_York", 3500, "geonames", "alias"};
  place.resolution = Resolution{{tadmur(), palmyra}, "in Homs, the region named in the same sentence"};
  c.claims = {place};
  const std::string md = reports::render_markdown_report(c);
  EXPECT_NE(md.find("c6 · place · destination: \"Tadmour\" → Tadmur (place, 34.5600, 38.2800, Homs, Syria) · in c7 · "
                    "from c5 · took c9"),
            std::string::npos)
      << md;
  EXPECT_NE(md.find("  - why: in Homs, the region named in the same sentence\n"), std::string::npos) << md;
  EXPECT_NE(md.find("  - also: Palmyra (US, New York)\n"), std::string::npos) << md;
}

TEST(MarkdownReport, PlaceClaimTextIsEscaped) {
  using namespace core;
  Case c = sample_case();
  Claim place;
  place.id = "c1";
  place.kind = ClaimKind::place;
  place.text = "[Tadmour](http://x.invalid)";
  Place odd = tadmur();
  odd.name = "<img src=x>";
  place.value = odd;
  Place other = tadmur();
  other.name = "**bold**";
  place.resolution = Resolution{{odd, other}, "# heading"};
  c.claims = {place};
  const std::string md = reports::render_markdown_report(c);
  EXPECT_NE(md.find("\"\\[Tadmour\\](http://x.invalid)\" → &lt;img src=x&gt; (place"), std::string::npos) << md;
  EXPECT_NE(md.find("  - why: \\# heading\n"), std::string::npos) << md;
  EXPECT_NE(md.find("  - also: \\*\\*bold\\*\\* (SY, Homs)\n"), std::string::npos) << md;
  EXPECT_EQ(md.find("<img"), std::string::npos);
}

TEST(MarkdownReport, ShowsAtMostThreeOtherCandidates) {
  using namespace core;
  Case c = sample_case();
  Claim place;
  place.id = "c1";
  place.kind = ClaimKind::place;
  place.text = "Palmyra";
  place.value = tadmur();
  std::vector<Place> candidates{tadmur()};
  for (const char* region : {"New York", "Virginia", "Indiana", "Maine"}) {
    Place p = tadmur();
    p.name = "Palmyra";
    p.country = "US";
    p.admin1 = region;
    candidates.push_back(p);
  }
  place.resolution = Resolution{candidates, "largest population"};
  c.claims = {place};
  const std::string md = reports::render_markdown_report(c);
  EXPECT_NE(md.find("  - also: Palmyra (US, New York); Palmyra (US, Virginia); Palmyra (US, Indiana)\n"),
            std::string::npos)
      << md;
  EXPECT_EQ(md.find("Maine"), std::string::npos);
}

}  // namespace

namespace {

TEST(MarkdownReport, SummaryNamesDeletedAndWithheldPosts) {
  core::Case c;
  c.article.source = "a.txt";
  for (auto [id, status] : {std::pair{"e1", core::PostStatus::deleted}, std::pair{"e2", core::PostStatus::withheld},
                            std::pair{"e3", core::PostStatus::ok}}) {
    core::Post p;
    p.embed = id;
    p.status = status;
    c.posts.push_back(p);
  }
  const auto lines = reports::summary_lines(c);
  EXPECT_NE(lines[2].find("Posts: 3 read (e1 deleted, e2 withheld)"), std::string::npos) << lines[2];
}

TEST(MarkdownReport, KeyframesShownAsImagesOnlyFromPlainRelativePaths) {
  core::Case c;
  c.article.source = "clip.mp4";
  core::MediaReport m;
  m.kind = "video";
  m.keyframes = {core::Keyframe{0.0, "keyframes/clip-0001.jpg", "0", 1, 1, "first"},
                 core::Keyframe{1.0, "../secret.jpg", "0", 1, 1, "scene-cut"},
                 core::Keyframe{2.0, "a)![x](javascript:1", "0", 1, 1, "scene-cut"},
                 core::Keyframe{3.0, "/etc/passwd", "0", 1, 1, "scene-cut"}};
  c.media.push_back(m);
  const std::string md = reports::render_markdown_report(c);
  EXPECT_NE(md.find("![keyframe at 0.00 s](keyframes/clip-0001.jpg)"), std::string::npos) << md;
  EXPECT_EQ(md.find("](../"), std::string::npos);
  EXPECT_EQ(md.find("](/etc"), std::string::npos);
  EXPECT_EQ(md.find("javascript:1)"), std::string::npos);
}

}  // namespace
