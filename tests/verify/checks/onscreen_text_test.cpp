// Check "onscreen-text" on Cases built by hand: OCR text as the media stage writes it.
#include <gtest/gtest.h>

#include "tests/verify/checks/media_fixture.hpp"
#include "verify/checks/onscreen_text.hpp"

namespace {

using core::Verdict;
using namespace media_fixture;
using namespace place_fixture;

core::Check only_check(const core::Case& c) {
  const auto checks = verify::check_onscreen_text(c);
  EXPECT_EQ(checks.size(), 1u);
  return checks.empty() ? core::Check{} : checks[0];
}

core::Case screen(std::vector<std::string> texts, std::string credited = "Sham FM") {
  core::Case c;
  auto m = video();
  double t = 0;
  for (auto& text : texts) m.ocr.push_back(core::OcrText{t += 2, std::move(text), 91, "ara+eng"});
  c.media = {m};
  if (!credited.empty()) c.claims.push_back(source_claim("c1", credited));
  return c;
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

TEST(OnscreenText, TheCreditedOutletInArabicIsConsistent) {
  const auto check = only_check(screen({"عاجل", "شام اف ام"}));
  EXPECT_EQ(check.kind, "onscreen-text");
  EXPECT_EQ(check.verdict, Verdict::consistent) << check.explanation;
  EXPECT_EQ(check.claims, std::vector<std::string>{"c1"});
  ASSERT_EQ(check.evidence.size(), 2u);
  EXPECT_TRUE(check.evidence[0].span.has_value());
  EXPECT_EQ(check.evidence[1].label, "on screen at 4.0 s");
  EXPECT_TRUE(has(check.evidence[1].value, "= Sham FM")) << check.evidence[1].value;
}

TEST(OnscreenText, TheLatinLogoOfTheCreditedOutletIsConsistent) {
  EXPECT_EQ(only_check(screen({"SHAM FM\nLIVE"})).verdict, Verdict::consistent);
}

TEST(OnscreenText, AnotherOutletsCaptionIsInconsistent) {
  const auto check = only_check(screen({"AL JAZEERA\nBREAKING"}));
  EXPECT_EQ(check.verdict, Verdict::inconsistent) << check.explanation;
  EXPECT_TRUE(has(check.explanation, "carries Al Jazeera's caption")) << check.explanation;
  EXPECT_TRUE(has(check.explanation, "the article credits Sham FM")) << check.explanation;
}

TEST(OnscreenText, AnUnboundCreditIsNoContradiction) {
  core::Case c = screen({"AL JAZEERA"});
  c.claims[0].embed.clear();
  const auto check = only_check(c);
  EXPECT_EQ(check.verdict, Verdict::unverifiable) << check.explanation;
  EXPECT_TRUE(has(check.explanation, "no contradiction"));
}

TEST(OnscreenText, TheClaimedPlaceOnScreenIsConsistent) {
  core::Case c = screen({"تدمر"}, "");
  c.claims.push_back(claim("c2", "Tadmour", "event", tadmur()));
  const auto check = only_check(c);
  EXPECT_EQ(check.verdict, Verdict::consistent) << check.explanation;
  EXPECT_TRUE(has(check.explanation, "Tadmur")) << check.explanation;
}

TEST(OnscreenText, NothingRelevantOrNoTextIsUnverifiable) {
  EXPECT_EQ(only_check(screen({"LIVE 12:04"})).verdict, Verdict::unverifiable);
  const auto none = only_check(screen({}));
  EXPECT_EQ(none.verdict, Verdict::unverifiable);
  EXPECT_TRUE(has(none.explanation, "No text was read"));
  EXPECT_TRUE(verify::check_onscreen_text(screen({}, "")).empty());
}

TEST(OnscreenText, ShortWordsOfNoisyTextAreNotOutlets) {
  // "AP" and "العربية" are outlet aliases but too short or too common to count on screen.
  EXPECT_EQ(only_check(screen({"AP 7", "العربية"})).verdict, Verdict::unverifiable);
}

}  // namespace
