// The worked example's places (../shared/examples/tanf-2020.txt) through the
// full gazetteer, and the place checks on them: al-Tanf, Tadmour (Tadmur,
// Homs Governorate, Syria) and Homs Governorate are found; both places lie in
// the region the article names; the route al-Tanf → Tadmur is about 120 km.
#include <gtest/gtest.h>

#include <algorithm>

#include "tests/support/paths.hpp"
#include "tests/verify/gazetteer/subset_index.hpp"
#include "verify/article/ingest.hpp"
#include "verify/checks/registry.hpp"
#include "verify/claims/extract.hpp"
#include "verify/embeds/detect.hpp"
#include "verify/gazetteer/gazetteer.hpp"

namespace {

core::Case tanf_checked() {
  auto gazetteer = verify::gazetteer::Gazetteer::open(gazetteer_test::full_index_path());
  if (!gazetteer) throw std::runtime_error(gazetteer.error().message + " (the full index is built by scripts/setup)");
  core::Case c;
  EXPECT_TRUE(verify::ingest_file(testing_support::shared_dir() / "examples/tanf-2020.txt", {}, c));
  verify::detect_embeds(c);
  verify::extract_claims(c, &*gazetteer);
  verify::run_checks(c);
  return c;
}

const core::Claim* place_claim(const core::Case& c, std::string_view text) {
  for (const auto& claim : c.claims) {
    if (claim.kind == core::ClaimKind::place && claim.text == text) return &claim;
  }
  return nullptr;
}

const core::Place& place_of(const core::Claim* claim) { return std::get<core::Place>(claim->value); }

TEST(TanfPlaces, FindsAlTanfTadmurAndHomsGovernorate) {
  const auto c = tanf_checked();
  const auto* tanf = place_claim(c, "al-Tanf");
  const auto* tadmour = place_claim(c, "Tadmour");
  const auto* homs = place_claim(c, "Homs Governorate");
  ASSERT_NE(tanf, nullptr);
  ASSERT_NE(tadmour, nullptr);
  ASSERT_NE(homs, nullptr);
  EXPECT_EQ(place_of(tanf).name, "al-Tanf");
  EXPECT_EQ(tanf->role, "origin");
  EXPECT_EQ(place_of(tadmour).name, "Tadmur");
  EXPECT_EQ(place_of(tadmour).admin1, "Homs");
  EXPECT_EQ(place_of(tadmour).country_name, "Syria");
  EXPECT_EQ(tadmour->role, "destination");
  EXPECT_EQ(tadmour->from, tanf->id);
  EXPECT_EQ(place_of(homs).type, core::PlaceType::region);
  EXPECT_EQ(place_of(homs).admin1_code, "SY.11");
  ASSERT_TRUE(tadmour->resolution.has_value());
  EXPECT_NE(tadmour->resolution->reason.find("Homs (SY.11)"), std::string::npos) << tadmour->resolution->reason;
  // Tadmour is bound to the embed its paragraph introduces.
  EXPECT_EQ(tadmour->embed, c.embeds.at(0).id);
}

// The worked example's places are settled by the article itself: Homs is
// named as a governorate, so the city of Homs is not doubtful for the Libyan
// Al Khums that lists "Homs" among its alternate names.
TEST(TanfPlaces, EveryPlaceIsConfident) {
  const auto c = tanf_checked();
  std::size_t resolved = 0;
  for (const auto& claim : c.claims) {
    if (claim.kind != core::ClaimKind::place || !claim.resolution) continue;
    ++resolved;
    EXPECT_TRUE(claim.resolution->confident) << claim.text << ": " << claim.resolution->doubt;
  }
  EXPECT_GE(resolved, 3u);
}

TEST(TanfPlaces, BothPlacesAreInTheNamedRegionAndTheRouteIsAbout120Km) {
  const auto c = tanf_checked();
  const auto* tanf = place_claim(c, "al-Tanf");
  const auto* tadmour = place_claim(c, "Tadmour");
  ASSERT_NE(tanf, nullptr);
  ASSERT_NE(tadmour, nullptr);
  auto verdict_for = [&](const std::string& kind, const std::string& claim_id) -> const core::Check* {
    for (const auto& check : c.checks) {
      if (check.kind == kind && !check.claims.empty() && check.claims[0] == claim_id) return &check;
    }
    return nullptr;
  };
  for (const auto* claim : {tanf, tadmour}) {
    const auto* check = verdict_for("place-in-region", claim->id);
    ASSERT_NE(check, nullptr) << claim->text;
    EXPECT_EQ(check->verdict, core::Verdict::consistent) << check->explanation;
  }
  const auto route = std::find_if(c.checks.begin(), c.checks.end(), [](const core::Check& k) { return k.kind == "route"; });
  ASSERT_NE(route, c.checks.end());
  EXPECT_EQ(route->verdict, core::Verdict::unverifiable);
  const bool about_120 = route->explanation.find("121 km") != std::string::npos ||
                         route->explanation.find("120 km") != std::string::npos ||
                         route->explanation.find("119 km") != std::string::npos;
  EXPECT_TRUE(about_120) << route->explanation;
}

}  // namespace
