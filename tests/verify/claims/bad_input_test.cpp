// Bad input: no claims, thousands of capitalised words, 10 MB of text, mixed
// scripts, broken UTF-8 — a clean result in linear time, never a crash.
#include <gtest/gtest.h>


#include "verify/claims/extract.hpp"
#include "verify/claims/outlets.hpp"

namespace {

core::Case extract(std::string text, bool published = true) {
  core::Case c;
  c.article.text = std::move(text);
  if (published) c.article.published = core::parse_iso8601("2020-04-16");
  verify::extract_claims(c);
  return c;
}

TEST(ClaimsBadInput, EmptyAndClaimlessText) {
  EXPECT_TRUE(extract("").claims.empty());
  EXPECT_TRUE(extract("the desert is wide and quiet.").claims.empty());
  EXPECT_TRUE(extract(":::\n\n---").errors.empty());
}

TEST(ClaimsBadInput, ThousandsOfCapitalisedWords) {
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "Alpha Beta Gamma Delta reports Said ";
  const auto c = extract(text);  // a hang would meet ctest's timeout
  EXPECT_TRUE(c.errors.empty());
  for (const auto& claim : c.claims) EXPECT_LE(claim.span.end, c.article.text.size());
}

std::string repeated_lines(std::size_t bytes) {
  std::string text;
  const std::string line = "Yesterday al-Masdar News reports an 8-vehicle convoy on April 14, 2020 — شام اف ام ١٤ نيسان.\n";
  while (text.size() < bytes) text += line;
  return text;
}

// Linear, judged on this machine: ten times the text may take about ten times as long, not a hundred.
// Speed is a benchmark matter (DESIGN "Decisions"); here: ten times the text
// gives ten times the claims, none lost or invented at scale.
TEST(ClaimsBadInput, TenMegabytesGiveTenTimesTheClaims) {
  const auto small = extract(repeated_lines(1u << 20));
  const auto c = extract(repeated_lines(10u << 20));
  EXPECT_TRUE(c.errors.empty());
  EXPECT_GT(c.claims.size(), 100000u);
  EXPECT_NEAR(static_cast<double>(c.claims.size()) / static_cast<double>(small.claims.size()), 10.0, 0.5);
}

TEST(ClaimsBadInput, MixedScriptsAndBrokenUtf8) {
  const auto c = extract("Tadmourتدمر\xff\xfe reports 2020-99-99 31/02/2020 April 99, 2020 \xe2\x80 on Tuesdayشام");
  EXPECT_TRUE(c.errors.empty());
  for (const auto& claim : c.claims) EXPECT_LE(claim.span.end, c.article.text.size());
}

TEST(ClaimsBadInput, SpansAlwaysQuoteTheirText) {
  const auto c = extract("According to Reuters, 12 trucks left on 14 April 2020 and last week.");
  ASSERT_EQ(c.claims.size(), 4u);
  for (const auto& claim : c.claims) {
    EXPECT_EQ(c.article.text.substr(claim.span.start, claim.span.end - claim.span.start), claim.text);
  }
}

TEST(OutletTable, EveryRowCitesItsSourceAndTheRequiredAliasesAreThere) {
  const auto& rows = verify::claims::outlet_aliases();
  EXPECT_GE(rows.size(), 30u);
  for (const auto& row : rows) EXPECT_FALSE(row.source.empty()) << row.alias;
  for (const char* alias : {"Sham FM", "شام اف ام", "شام إف إم"}) {
    ASSERT_NE(verify::claims::find_outlet_alias(alias), nullptr) << alias;
    EXPECT_EQ(verify::claims::find_outlet_alias(alias)->outlet, "Sham FM");
  }
  for (const char* alias : {"al-Masdar News", "Al-Masdar News", "المصدر نيوز", "AMN"}) {
    ASSERT_NE(verify::claims::find_outlet_alias(alias), nullptr) << alias;
    EXPECT_EQ(verify::claims::find_outlet_alias(alias)->outlet, "al-Masdar News");
  }
  for (const char* alias : {"Reuters", "AP", "AFP", "BBC", "Al Jazeera", "الجزيرة", "SANA", "سانا"}) {
    EXPECT_NE(verify::claims::find_outlet_alias(alias), nullptr) << alias;
  }
}

TEST(OutletTable, CsvParserReadsQuotedFields) {
  const auto rows = verify::claims::parse_outlet_csv("outlet,alias,lang,source\nA,B,en,\"x, \"\"y\"\"\"\nshort\n");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].source, "x, \"y\"");
}

}  // namespace
