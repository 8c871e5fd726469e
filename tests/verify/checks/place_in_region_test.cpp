// Check "place-in-region": consistent, inconsistent and unverifiable, from
// claims built by hand.
#include <gtest/gtest.h>

#include "tests/verify/checks/place_claims_fixture.hpp"
#include "verify/checks/place_in_region.hpp"

namespace {

using core::Verdict;
using namespace place_fixture;

core::Check only_check(const core::Case& c) {
  const auto checks = verify::check_place_in_region(c);
  EXPECT_EQ(checks.size(), 1u);
  return checks.empty() ? core::Check{} : checks[0];
}

core::Case tadmur_in(core::Place where, std::string words) {
  core::Case c;
  auto town = claim("c1", "Tadmour", "destination", tadmur());
  town.within = "c2";
  c.claims = {town, claim("c2", std::move(words), "region", std::move(where))};
  return c;
}

TEST(PlaceInRegion, PlaceInTheNamedRegionIsConsistent) {
  const auto check = only_check(tadmur_in(region("Homs", "SY.11"), "southeast Homs province"));
  EXPECT_EQ(check.verdict, Verdict::consistent) << check.explanation;
  EXPECT_EQ(check.kind, "place-in-region");
  EXPECT_EQ(check.embed, "e1");
  EXPECT_EQ(check.claims, (std::vector<std::string>{"c1", "c2"}));
  ASSERT_EQ(check.evidence.size(), 2u);
  EXPECT_NE(check.evidence[0].value.find("34.5600, 38.2800"), std::string::npos) << check.evidence[0].value;
  EXPECT_NE(check.evidence[0].source.find("geonames"), std::string::npos);
  EXPECT_EQ(check.evidence[0].span, (core::Span{10, 17}));
  EXPECT_NE(check.evidence[1].value.find("southeast Homs province"), std::string::npos);
}

TEST(PlaceInRegion, PlaceInAnotherRegionIsInconsistent) {
  const auto check = only_check(tadmur_in(region("Aleppo", "SY.02"), "Aleppo province"));
  EXPECT_EQ(check.verdict, Verdict::inconsistent);
  EXPECT_NE(check.explanation.find("Tadmur lies in Homs (SY.11), not in Aleppo (SY.02)"), std::string::npos)
      << check.explanation;
}

TEST(PlaceInRegion, SaysWhenAnotherCandidateLiesInTheRegion) {
  auto c = tadmur_in(region("Aleppo", "SY.02"), "Aleppo province");
  const auto other = place("Tadmur", 36.0, 37.0, "SY.02", "Aleppo");
  c.claims[0].resolution = core::Resolution{{tadmur(), other}, "largest population"};
  const auto check = only_check(c);
  EXPECT_EQ(check.verdict, Verdict::inconsistent);
  EXPECT_NE(check.explanation.find("also knows Tadmur (place; 36.0000, 37.0000; admin1 Aleppo SY.02"),
            std::string::npos)
      << check.explanation;
}

TEST(PlaceInRegion, AnUncertainPlaceIsNeverInconsistent) {
  auto c = tadmur_in(region("Aleppo", "SY.02"), "Aleppo province");
  const auto other = place("Tadmur", 36.0, 37.0, "SY.02", "Aleppo");
  c.claims[0].resolution = core::Resolution{{tadmur(), other}, "largest population", false, "a namesake is as large"};
  const auto check = only_check(c);
  EXPECT_EQ(check.verdict, Verdict::unverifiable) << check.explanation;
  EXPECT_NE(check.explanation.find("not in Aleppo (SY.02)"), std::string::npos) << check.explanation;
  EXPECT_NE(check.explanation.find("\"Tadmour\" (c1) is not a confident resolution: a namesake is as large; it may "
                                   "mean Tadmur (place; 36.0000, 37.0000; admin1 Aleppo SY.02"),
            std::string::npos)
      << check.explanation;
  EXPECT_NE(check.explanation.find("not called inconsistent"), std::string::npos) << check.explanation;
}

TEST(PlaceInRegion, AnUncertainRegionIsNeverInconsistent) {
  auto c = tadmur_in(region("Aleppo", "SY.02"), "Aleppo province");
  c.claims[1].resolution = core::Resolution{{region("Aleppo", "SY.02")}, "best match", false, "two regions match"};
  EXPECT_EQ(only_check(c).verdict, Verdict::unverifiable);
}

TEST(PlaceInRegion, AnUncertainPlaceInsideTheRegionIsStillConsistent) {
  auto c = tadmur_in(region("Homs", "SY.11"), "Homs province");
  c.claims[0].resolution = core::Resolution{{tadmur()}, "only one", false, "variant spelling"};
  EXPECT_EQ(only_check(c).verdict, Verdict::consistent);
}

core::Place tadmur_in_district(std::string admin2_code) {
  auto p = tadmur();
  p.admin2_code = std::move(admin2_code);
  p.admin2 = "Tadmur";
  return p;
}

TEST(PlaceInRegion, ComparesDistrictCodesForADistrict) {
  core::Case c = tadmur_in(district("Tadmur District", "SY.11.SY1103"), "Tadmur District");
  c.claims[0].value = tadmur_in_district("SY.11.SY1103");
  EXPECT_EQ(only_check(c).verdict, Verdict::consistent) << only_check(c).explanation;
  c.claims[0].value = tadmur_in_district("SY.11.SY1101");
  const auto check = only_check(c);
  EXPECT_EQ(check.verdict, Verdict::inconsistent);
  EXPECT_NE(check.explanation.find("not in Tadmur District (SY.11.SY1103), the district"), std::string::npos)
      << check.explanation;
}

TEST(PlaceInRegion, APlaceWithNoDistrictCodeCannotBePlacedInOne) {
  const auto check = only_check(tadmur_in(district("Tadmur District", "SY.11.SY1103"), "Tadmur District"));
  EXPECT_EQ(check.verdict, Verdict::unverifiable);
  EXPECT_NE(check.explanation.find("no district code"), std::string::npos) << check.explanation;
}

TEST(PlaceInRegion, ADistrictLiesInItsAdmin1Region) {
  core::Case c;
  auto d = claim("c1", "Tadmur District", "region", district("Tadmur District", "SY.11.SY1103"));
  d.within = "c2";
  c.claims = {d, claim("c2", "Homs province", "region", region("Homs", "SY.11"))};
  EXPECT_EQ(only_check(c).verdict, Verdict::consistent);
  c.claims[1].value = region("Aleppo", "SY.02");
  EXPECT_EQ(only_check(c).verdict, Verdict::inconsistent);
}

core::Place world_region(std::string name, std::vector<std::string> countries) {
  core::Place p;
  p.name = std::move(name);
  p.type = core::PlaceType::world_region;
  p.countries = std::move(countries);
  p.source = "UN M49";
  return p;
}

TEST(PlaceInRegion, AWorldRegionHoldsItsMemberCountries) {
  EXPECT_EQ(only_check(tadmur_in(world_region("Middle East", {"IQ", "SY"}), "the Middle East")).verdict,
            Verdict::consistent);
  const auto check = only_check(tadmur_in(world_region("West Africa", {"NG", "GH"}), "West Africa"));
  EXPECT_EQ(check.verdict, Verdict::inconsistent);
  EXPECT_NE(check.explanation.find("Syria (SY), which is not one of the 2 countries of West Africa"), std::string::npos)
      << check.explanation;
  core::Case c;
  auto syria = claim("c1", "Syria", "region", country("Syria", "SY"));
  syria.within = "c2";
  c.claims = {syria, claim("c2", "the Middle East", "region", world_region("Middle East", {"SY"}))};
  EXPECT_EQ(only_check(c).verdict, Verdict::consistent) << "a country lies in a world region";
}

TEST(PlaceInRegion, ComparesCountryCodesForACountry) {
  EXPECT_EQ(only_check(tadmur_in(country("Syria", "SY"), "Syria")).verdict, Verdict::consistent);
  const auto check = only_check(tadmur_in(country("Iraq", "IQ"), "Iraq"));
  EXPECT_EQ(check.verdict, Verdict::inconsistent);
  EXPECT_NE(check.explanation.find("Tadmur lies in Syria (SY), not in Iraq (IQ)"), std::string::npos)
      << check.explanation;
}

TEST(PlaceInRegion, RegionWithinACountryComparesCountryCodes) {
  core::Case c;
  auto homs = claim("c1", "Homs province", "region", region("Homs", "SY.11"));
  homs.within = "c2";
  c.claims = {homs, claim("c2", "Iraq", "region", country("Iraq", "IQ"))};
  const auto check = only_check(c);
  EXPECT_EQ(check.verdict, Verdict::inconsistent);
  EXPECT_NE(check.explanation.find("Homs lies in Syria (SY), not in Iraq (IQ)"), std::string::npos)
      << check.explanation;
}

TEST(PlaceInRegion, PlaceWithoutAdmin1IsUnverifiable) {
  auto c = tadmur_in(region("Homs", "SY.11"), "Homs province");
  std::get<core::Place>(c.claims[0].value).admin1_code.clear();
  const auto check = only_check(c);
  EXPECT_EQ(check.verdict, Verdict::unverifiable);
  EXPECT_NE(check.explanation.find("no admin1 region code"), std::string::npos) << check.explanation;
}

TEST(PlaceInRegion, RegionThatResolvedToAPlaceIsUnverifiable) {
  const auto check = only_check(tadmur_in(place("Homs", 34.73, 36.72, "SY.11", "Homs"), "Homs"));
  EXPECT_EQ(check.verdict, Verdict::unverifiable);
  EXPECT_NE(check.explanation.find("a place rather than a region or country"), std::string::npos)
      << check.explanation;
}

TEST(PlaceInRegion, UnresolvedRegionIsUnverifiable) {
  auto c = tadmur_in(region("Homs", "SY.11"), "the eastern desert");
  c.claims[1].value = std::monostate{};
  const auto check = only_check(c);
  EXPECT_EQ(check.verdict, Verdict::unverifiable);
  EXPECT_NE(check.explanation.find("\"the eastern desert\" (c2) was not resolved"), std::string::npos)
      << check.explanation;
}

TEST(PlaceInRegion, OnlyClaimsWithAWithinLinkAreChecked) {
  core::Case c;
  c.claims = {claim("c1", "Tadmour", "event", tadmur())};
  EXPECT_TRUE(verify::check_place_in_region(c).empty());
}

}  // namespace
