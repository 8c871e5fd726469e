// The worked example end to end (../shared/examples/tanf-2020.txt): claims,
// binding, and the attribution and post-vs-article checks.
#include <gtest/gtest.h>

#include <algorithm>

#include "tests/support/paths.hpp"
#include "verify/article/ingest.hpp"
#include "verify/checks/attribution.hpp"
#include "verify/checks/post_vs_article.hpp"
#include "verify/claims/extract.hpp"
#include "verify/embeds/detect.hpp"

namespace {

core::Case tanf(const char* published) {
  core::Case c;
  verify::IngestOptions options;
  if (published) options.published = core::parse_iso8601(published);
  EXPECT_TRUE(verify::ingest_file(testing_support::shared_dir() / "examples/tanf-2020.txt", options, c));
  verify::detect_embeds(c);
  verify::extract_claims(c);
  return c;
}

const core::Claim* find_claim(const core::Case& c, core::ClaimKind kind, std::string_view text) {
  for (const auto& claim : c.claims) {
    if (claim.kind == kind && claim.text.find(text) != std::string::npos) return &claim;
  }
  return nullptr;
}

std::vector<std::string> outlets(const core::Case& c) {
  std::vector<std::string> out;
  for (const auto& claim : c.claims) {
    if (const auto* s = std::get_if<core::SourceRef>(&claim.value)) out.push_back(s->outlet);
  }
  return out;
}

TEST(TanfClaims, FindsBothSourcesAndTheCount) {
  const auto c = tanf(nullptr);
  ASSERT_EQ(c.embeds.size(), 1u);
  const auto found = outlets(c);
  EXPECT_NE(std::find(found.begin(), found.end(), "al-Masdar News"), found.end());
  EXPECT_NE(std::find(found.begin(), found.end(), "Sham FM"), found.end());
  const auto* count = find_claim(c, core::ClaimKind::count, "8-vehicle");
  ASSERT_NE(count, nullptr);
  EXPECT_EQ(std::get<core::Count>(count->value).value, 8);
  for (std::size_t i = 0; i < c.claims.size(); ++i) EXPECT_EQ(c.claims[i].id, "c" + std::to_string(i + 1));
}

TEST(TanfClaims, ShamFmIsBoundToTheEmbedAndAlMasdarIsNot) {
  const auto c = tanf(nullptr);
  const auto* sham = find_claim(c, core::ClaimKind::source, "Sham FM");
  const auto* masdar = find_claim(c, core::ClaimKind::source, "al-Masdar News");
  ASSERT_NE(sham, nullptr);
  ASSERT_NE(masdar, nullptr);
  EXPECT_EQ(sham->embed, c.embeds[0].id);
  EXPECT_EQ(masdar->embed, "");
}

TEST(TanfClaims, NoClaimsFromInsideTheEmbed) {
  const auto c = tanf("2020-04-16");
  for (const auto& claim : c.claims) {
    EXPECT_FALSE(claim.span.start >= c.embeds[0].span.start && claim.span.start < c.embeds[0].span.end) << claim.text;
  }
}

TEST(TanfClaims, ThisWeekIsUnresolvedWithoutPublishedTime) {
  const auto c = tanf(nullptr);
  const auto* week = find_claim(c, core::ClaimKind::time, "this week");
  ASSERT_NE(week, nullptr);
  EXPECT_TRUE(std::holds_alternative<std::monostate>(week->value));
  EXPECT_EQ(week->note, "unresolved: the article states no published time");
  const auto checks = verify::check_post_vs_article(c);
  ASSERT_EQ(checks.size(), 1u);
  EXPECT_EQ(checks[0].verdict, core::Verdict::unverifiable);
  EXPECT_NE(checks[0].explanation.find("no published time"), std::string::npos);
}

TEST(TanfClaims, ThisWeekAgreesWithTheEmbedWhenPublishedIsGiven) {
  const auto c = tanf("2020-04-16");
  const auto* week = find_claim(c, core::ClaimKind::time, "this week");
  ASSERT_NE(week, nullptr);
  const auto& range = std::get<core::TimeRange>(week->value);
  EXPECT_EQ(core::format_iso8601(range.start), "2020-04-09");
  EXPECT_EQ(core::format_iso8601(range.end), "2020-04-16");
  const auto checks = verify::check_post_vs_article(c);
  ASSERT_EQ(checks.size(), 1u);
  EXPECT_EQ(checks[0].embed, c.embeds[0].id);
  EXPECT_EQ(checks[0].verdict, core::Verdict::consistent) << checks[0].explanation;
  EXPECT_NE(checks[0].explanation.find("7 days ending at publication"), std::string::npos);
  EXPECT_NE(checks[0].explanation.find("both definitions agree"), std::string::npos);
}

TEST(TanfClaims, AttributionToShamFmIsConsistentThroughTheArabicPostText) {
  const auto c = tanf(nullptr);
  const auto checks = verify::check_attribution(c);
  ASSERT_EQ(checks.size(), 1u);
  EXPECT_EQ(checks[0].verdict, core::Verdict::consistent) << checks[0].explanation;
  ASSERT_EQ(checks[0].evidence.size(), 2u);
  EXPECT_NE(checks[0].evidence[1].value.find("شام اف ام"), std::string::npos);
  EXPECT_NE(checks[0].evidence[1].value.find("Sham FM"), std::string::npos);
  EXPECT_TRUE(checks[0].evidence[0].span.has_value());
}

TEST(TanfClaims, OwnExampleFindsTheSameSources) {
  core::Case c;
  ASSERT_TRUE(verify::ingest_file(testing_support::source_dir() / "examples/tanf-defection.txt", {}, c));
  verify::detect_embeds(c);
  verify::extract_claims(c);
  const auto found = outlets(c);
  EXPECT_NE(std::find(found.begin(), found.end(), "al-Masdar News"), found.end());
  EXPECT_NE(std::find(found.begin(), found.end(), "Sham FM"), found.end());
  const auto checks = verify::check_attribution(c);
  ASSERT_FALSE(checks.empty());
  EXPECT_EQ(checks[0].verdict, core::Verdict::consistent) << checks[0].explanation;
}

}  // namespace
