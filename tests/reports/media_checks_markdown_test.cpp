// The media checks in report.md: their evidence carries OCR'd text and file
// names, untrusted, which must render as one escaped list line each.
#include <gtest/gtest.h>

#include "reports/markdown_report.hpp"

namespace {

using namespace core;

TEST(MarkdownReport, MediaCheckEvidenceRendersEscapedOnOneLine) {
  Case c;
  c.article.source = "clip.mp4";
  c.checks.push_back(Check{"onscreen-text", Verdict::inconsistent, "", {"c1"},
                           {Evidence{"on screen at 4.0 s", "\"<b>AL JAZEERA</b>\n*BREAKING*\" = Al Jazeera",
                                     "media file media/[x](y).mp4, OCR ara+eng", {}},
                            Evidence{"sun's altitude", "-12.3°", "libnova solar position", {}}},
                           "The video carries Al Jazeera's caption, the article credits شام اف ام."});
  const std::string md = reports::render_markdown_report(c);
  EXPECT_NE(md.find("### onscreen-text · **inconsistent**"), std::string::npos) << md;
  EXPECT_NE(md.find("شام اف ام"), std::string::npos);
  EXPECT_EQ(md.find("<b>"), std::string::npos) << md;
  EXPECT_NE(md.find("media/\\[x\\](y).mp4"), std::string::npos) << md;  // no link
  EXPECT_EQ(md.find("\n*BREAKING"), std::string::npos) << md;
  EXPECT_NE(md.find("- sun's altitude: -12.3° — libnova solar position\n"), std::string::npos) << md;
}

}  // namespace
