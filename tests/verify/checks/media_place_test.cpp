// Check "media-place" on Cases built by hand.
#include <gtest/gtest.h>

#include "tests/verify/checks/media_fixture.hpp"
#include "verify/checks/media_place.hpp"

namespace {

using core::Verdict;
using namespace media_fixture;
using namespace place_fixture;

core::Check only_check(const core::Case& c) {
  const auto checks = verify::check_media_place(c);
  EXPECT_EQ(checks.size(), 1u);
  return checks.empty() ? core::Check{} : checks[0];
}

core::Place tadmur_51k() {
  auto p = tadmur();
  p.population = 51323;
  return p;
}

core::Case filmed_at(std::optional<core::Location> gps, core::Place claimed) {
  core::Case c;
  auto m = video();
  m.location = gps;
  m.location_from = "com.apple.quicktime.location.ISO6709";
  if (gps) m.location_place = place("Tadmur", 34.56, 38.28, "SY.11", "Homs");
  c.media = {m};
  c.claims = {claim("c1", "Tadmour", "event", std::move(claimed))};
  return c;
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

TEST(MediaPlace, ToleranceGrowsWithThePlace) {
  EXPECT_DOUBLE_EQ(verify::tolerance_km(0), 3);
  EXPECT_DOUBLE_EQ(verify::tolerance_km(1000), 3);
  EXPECT_NEAR(verify::tolerance_km(50000), 11.05, 0.01);
  EXPECT_NEAR(verify::tolerance_km(1000000), 30, 0.01);
  EXPECT_DOUBLE_EQ(verify::tolerance_km(40000000), 80);
}

TEST(MediaPlace, APointInTownIsConsistent) {
  const auto check = only_check(filmed_at(core::Location{34.5510, 38.2690}, tadmur_51k()));
  EXPECT_EQ(check.kind, "media-place");
  EXPECT_EQ(check.verdict, Verdict::consistent) << check.explanation;
  EXPECT_EQ(check.claims, std::vector<std::string>{"c1"});
  EXPECT_TRUE(has(check.explanation, "1.4 km from Tadmur")) << check.explanation;
  EXPECT_EQ(check.evidence[0].value.substr(0, 16), "34.5510, 38.2690");
  EXPECT_TRUE(check.evidence[1].span.has_value());
}

TEST(MediaPlace, APointAtAlTanfIsNotTadmur) {
  const auto check = only_check(filmed_at(core::Location{33.5058, 38.6178}, tadmur_51k()));
  EXPECT_EQ(check.verdict, Verdict::inconsistent) << check.explanation;
  EXPECT_TRUE(has(check.explanation, "beyond the 11 km")) << check.explanation;
}

TEST(MediaPlace, AnUncertainClaimedPlaceFarFromThePointIsUnverifiable) {
  auto c = filmed_at(core::Location{33.5058, 38.6178}, tadmur_51k());
  c.claims[0].resolution =
      core::Resolution{{tadmur_51k(), place("Tadmur", 36.0, 37.0, "SY.02", "Aleppo")}, "most populous", false,
                       "a namesake is as large"};
  const auto check = only_check(c);
  EXPECT_EQ(check.verdict, Verdict::unverifiable) << check.explanation;
  EXPECT_TRUE(has(check.explanation, "beyond the 11 km")) << check.explanation;
  EXPECT_TRUE(has(check.explanation, "it may mean Tadmur (place; 36.0000, 37.0000")) << check.explanation;
}

TEST(MediaPlace, ADistrictComparesByItsCode) {
  auto c = filmed_at(core::Location{34.5510, 38.2690}, district("Tadmur District", "SY.11.SY1103"));
  c.media[0].location_place->admin2_code = "SY.11.SY1103";
  EXPECT_EQ(only_check(c).verdict, Verdict::consistent) << only_check(c).explanation;
  c.media[0].location_place->admin2_code = "SY.11.SY1101";
  const auto check = only_check(c);
  EXPECT_EQ(check.verdict, Verdict::inconsistent);
  EXPECT_TRUE(has(check.explanation, "the point lies in district SY.11.SY1101, not Tadmur District")) << check.explanation;
}

TEST(MediaPlace, RegionsAndCountriesCompareByCode) {
  EXPECT_EQ(only_check(filmed_at(core::Location{34.0, 38.0}, region("Homs", "SY.11"))).verdict, Verdict::consistent);
  const auto other = only_check(filmed_at(core::Location{34.0, 38.0}, region("Aleppo", "SY.09")));
  EXPECT_EQ(other.verdict, Verdict::inconsistent) << other.explanation;
  EXPECT_TRUE(has(other.explanation, "admin1 SY.11")) << other.explanation;
  EXPECT_EQ(only_check(filmed_at(core::Location{34.0, 38.0}, country("Iraq", "IQ"))).verdict, Verdict::inconsistent);
}

TEST(MediaPlace, NoGpsIsUnverifiable) {
  const auto check = only_check(filmed_at(std::nullopt, tadmur_51k()));
  EXPECT_EQ(check.verdict, Verdict::unverifiable);
  EXPECT_TRUE(has(check.explanation, "no GPS point"));
}

TEST(MediaPlace, TheMostPreciseClaimDecides) {
  // In Homs, but 120 km from the town the article names.
  core::Case c = filmed_at(core::Location{33.5058, 38.6178}, tadmur_51k());
  c.claims.push_back(claim("c2", "Homs province", "region", region("Homs", "SY.11")));
  EXPECT_EQ(only_check(c).verdict, Verdict::inconsistent);
  EXPECT_TRUE(verify::check_media_place(core::Case{}).empty());
}

}  // namespace
