// Check "route": the straight-line distance between the ends against the
// claimed time span, from claims built by hand.
#include <gtest/gtest.h>

#include <algorithm>
#include <regex>

#include "tests/verify/checks/place_claims_fixture.hpp"
#include "verify/checks/route.hpp"

namespace {

using core::Verdict;
using namespace place_fixture;

core::Check only_check(const core::Case& c) {
  const auto checks = verify::check_route(c);
  EXPECT_EQ(checks.size(), 1u);
  return checks.empty() ? core::Check{} : checks[0];
}

// al-Tanf → Tadmour, with a time span when `minutes` > 0.
core::Case tanf_to_tadmur(std::optional<core::Claim> span) {
  core::Case c;
  auto to = claim("c2", "Tadmour", "destination", tadmur());
  to.from = "c1";
  c.claims = {claim("c1", "al-Tanf", "origin", al_tanf()), to};
  if (span) {
    c.claims[1].duration = span->id;
    c.claims.push_back(*span);
  }
  return c;
}

// The whole kilometres stated in the text, e.g. "120 km" → 120.
int km_in(const std::string& text) {
  std::smatch m;
  return std::regex_search(text, m, std::regex("([0-9]+) km\\b")) ? std::stoi(m[1]) : -1;
}

TEST(Route, WithoutATimeSpanGivesTheDistanceOnly) {
  const auto check = only_check(tanf_to_tadmur(std::nullopt));
  EXPECT_EQ(check.verdict, Verdict::unverifiable);
  EXPECT_EQ(check.kind, "route");
  EXPECT_EQ(check.embed, "e1");
  const int km = km_in(check.explanation);
  EXPECT_GE(km, 118) << check.explanation;
  EXPECT_LE(km, 122) << check.explanation;
  EXPECT_NE(check.explanation.find("al-Tanf → Tadmur:"), std::string::npos) << check.explanation;
  EXPECT_NE(check.explanation.find("claims no time span"), std::string::npos);
  ASSERT_EQ(check.evidence.size(), 3u);
  EXPECT_NE(check.evidence[0].value.find("33.5058, 38.6178"), std::string::npos) << check.evidence[0].value;
  EXPECT_NE(check.evidence[1].value.find("34.5600, 38.2800"), std::string::npos) << check.evidence[1].value;
  EXPECT_TRUE(check.evidence[0].span && check.evidence[1].span);
  EXPECT_EQ(km_in(check.evidence[2].value), km);
}

TEST(Route, TwentyMinutesIsTooFastForTheRoad) {
  const auto check = only_check(tanf_to_tadmur(duration("c3", 20, "minutes")));
  EXPECT_EQ(check.verdict, Verdict::inconsistent) << check.explanation;
  EXPECT_EQ(check.claims, (std::vector<std::string>{"c1", "c2", "c3"}));
  EXPECT_NE(check.explanation.find("in 20 minutes (c3)"), std::string::npos) << check.explanation;
  EXPECT_NE(check.explanation.find("150 km/h"), std::string::npos);
  EXPECT_NE(check.explanation.find("above"), std::string::npos);
  const int km = km_in(check.explanation);
  EXPECT_GE(km, 118);
  EXPECT_LE(km, 122);
  EXPECT_TRUE(std::any_of(check.evidence.begin(), check.evidence.end(), [](const core::Evidence& e) {
    return e.label == "time span claimed (c3)" && e.value.find("20 minutes") != std::string::npos;
  }));
}

TEST(Route, TooFastBetweenUncertainEndsIsUnverifiable) {
  auto c = tanf_to_tadmur(duration("c3", 20, "minutes"));
  c.claims[0].resolution = core::Resolution{{al_tanf()}, "only one", false, "matched only by a variant spelling"};
  const auto check = only_check(c);
  EXPECT_EQ(check.verdict, Verdict::unverifiable) << check.explanation;
  EXPECT_NE(check.explanation.find("above"), std::string::npos) << check.explanation;
  EXPECT_NE(check.explanation.find("\"al-Tanf\" (c1) is not a confident resolution: matched only by a variant "
                                   "spelling"),
            std::string::npos)
      << check.explanation;
}

TEST(Route, ThreeHoursIsPlausible) {
  const auto check = only_check(tanf_to_tadmur(duration("c3", 3, "hours")));
  EXPECT_EQ(check.verdict, Verdict::consistent) << check.explanation;
  EXPECT_NE(check.explanation.find("at least 40 km/h"), std::string::npos) << check.explanation;
  EXPECT_NE(check.explanation.find("within the 150 km/h ceiling"), std::string::npos);
}

TEST(Route, AnEndWithoutAPointIsUnverifiable) {
  auto c = tanf_to_tadmur(duration("c3", 3, "hours"));
  c.claims[0].value = region("Homs", "SY.11");
  const auto check = only_check(c);
  EXPECT_EQ(check.verdict, Verdict::unverifiable);
  EXPECT_NE(check.explanation.find("a region with no single point"), std::string::npos) << check.explanation;
}

TEST(Route, UnknownUnitIsUnverifiable) {
  const auto check = only_check(tanf_to_tadmur(duration("c3", 3, "vehicles")));
  EXPECT_EQ(check.verdict, Verdict::unverifiable);
  EXPECT_NE(check.explanation.find("not a positive duration"), std::string::npos) << check.explanation;
}

TEST(Route, OnlyDestinationsWithAnOriginAreChecked) {
  core::Case c;
  c.claims = {claim("c1", "al-Tanf", "origin", al_tanf()), claim("c2", "Tadmour", "destination", tadmur())};
  EXPECT_TRUE(verify::check_route(c).empty());
}

}  // namespace
