#include "verify/checks/place_in_region.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "verify/checks/place_claims.hpp"

namespace verify {
namespace {

using core::Check;
using core::Claim;
using core::Place;
using core::PlaceType;
using core::Verdict;

// What membership is compared through: a code and the name it stands for.
struct Key {
  std::string code;
  std::string name;
};

Key admin1_of(const Place& p) { return {p.admin1_code, p.admin1.empty() ? p.name : p.admin1}; }
Key admin2_of(const Place& p) { return {p.admin2_code, p.admin2.empty() ? p.name : p.admin2}; }
Key country_of(const Place& p) { return {p.country, p.country_name.empty() ? p.country : p.country_name}; }

// The level at which a place is compared with the area the article puts it in.
enum class Level { country, admin1, admin2 };

Level level_of(const Place& area) {
  if (area.type == PlaceType::country) return Level::country;
  return area.type == PlaceType::district ? Level::admin2 : Level::admin1;
}

Key key_of(const Place& p, Level level) {
  switch (level) {
    case Level::country: return country_of(p);
    case Level::admin2: return admin2_of(p);
    case Level::admin1: break;
  }
  return admin1_of(p);
}

const char* level_name(Level level) {
  switch (level) {
    case Level::country: return "country";
    case Level::admin2: return "district";
    case Level::admin1: break;
  }
  return "admin1 region";
}

std::string shown(const Key& k) { return fmt::format("{} ({})", k.name, k.code); }

// Another candidate for the place's name that does lie in the region: the
// article may mean that place and the name was resolved to the wrong one.
std::string other_candidate(const Claim& place, const Place& chosen, const Key& wanted, Level level) {
  if (!place.resolution) return {};
  for (const auto& cand : place.resolution->candidates) {
    if (cand == chosen) continue;
    const Key k = key_of(cand, level);
    if (!k.code.empty() && k.code == wanted.code) {
      return fmt::format(" The gazetteer also knows {}, which does lie there: the name may mean that place.",
                         describe_place(cand));
    }
  }
  return {};
}

// A place, region, district or country in a continent or world region: by its country's membership.
void compare_membership(Check& check, const Claim& place_claim, const Place& place, const Claim& region_claim,
                        const Place& region) {
  const Key have = country_of(place);
  if (have.code.empty()) {
    check.explanation = fmt::format("The gazetteer record for {} has no country code, so whether it lies in {} cannot "
                                    "be checked.", place.name, region.name);
    return;
  }
  const bool member = std::find(region.countries.begin(), region.countries.end(), have.code) != region.countries.end();
  if (member) {
    check.verdict = Verdict::consistent;
    check.explanation = fmt::format("{} lies in {}, one of the {} countries of {} ({}).", place.name, shown(have),
                                    region.countries.size(), region.name, quoted(region_claim));
    return;
  }
  const std::string doubts = doubts_about({&place_claim, &region_claim});
  check.verdict = doubts.empty() ? Verdict::inconsistent : Verdict::unverifiable;
  check.explanation = fmt::format("{} lies in {}, which is not one of the {} countries of {} ({}; {}).", place.name,
                                  shown(have), region.countries.size(), region.name, quoted(region_claim),
                                  region.source) +
                      doubts;
}

void compare(Check& check, const Claim& place_claim, const Place& place, const Claim& region_claim,
             const Place& region) {
  if (region.type == PlaceType::world_region) {
    compare_membership(check, place_claim, place, region_claim, region);
    return;
  }
  const Level level = level_of(region);
  const Key have = key_of(place, level);
  const Key want{key_of(region, level).code, region.name};
  const char* what = level_name(level);
  if (have.code.empty()) {
    check.explanation = fmt::format("The gazetteer record for {} has no {} code, so whether it lies in {} cannot be "
                                    "checked.", place.name, what, region.name);
    return;
  }
  if (want.code.empty()) {
    check.explanation = fmt::format("{} resolved to {}, whose {} code is unknown, so {} cannot be placed in it.",
                                    quoted(region_claim), region.name, what, place.name);
    return;
  }
  if (have.code == want.code) {
    check.verdict = Verdict::consistent;
    check.explanation = fmt::format("{} lies in {}, the {} the article names ({}).", place.name, shown(have), what,
                                    quoted(region_claim));
    return;
  }
  const std::string doubts = doubts_about({&place_claim, &region_claim});
  check.verdict = doubts.empty() ? Verdict::inconsistent : Verdict::unverifiable;
  check.explanation = fmt::format("{} lies in {}, not in {}, the {} the article names ({}).", place.name, shown(have),
                                  shown(want), what, quoted(region_claim)) +
                      other_candidate(place_claim, place, want, level) + doubts;
}

Check judge(const core::Case& c, const Claim& place_claim) {
  Check check{"place-in-region", Verdict::unverifiable, place_claim.embed, {place_claim.id, place_claim.within},
              {place_evidence(place_claim, "place claimed")}, {}};
  const Claim* region_claim = find_claim(c, place_claim.within);
  if (!region_claim) {
    check.explanation = fmt::format("{} is said to lie in claim {}, which the article's claims do not hold.",
                                    quoted(place_claim), place_claim.within);
    return check;
  }
  const Place* said = place_value(*region_claim);
  const bool country = said && said->type == PlaceType::country;
  check.evidence.push_back(place_evidence(*region_claim, country ? "country claimed" : "region claimed"));
  const Place* place = place_value(place_claim);
  const Place* region = place_value(*region_claim);
  if (!place || !region) {
    check.explanation = fmt::format("{} was not resolved to a known {}, so membership cannot be checked.",
                                    quoted(place ? *region_claim : place_claim), place ? "region or country" : "place");
  } else if (region->type == PlaceType::place) {
    check.explanation = fmt::format("{} resolved to {}, a place rather than a region or country; the gazetteer "
                                    "records no boundaries for places, so membership cannot be checked.",
                                    quoted(*region_claim), describe_place(*region));
  } else if ((place->type == PlaceType::country && region->type != PlaceType::world_region) ||
             place->type == PlaceType::world_region ||
             (place->type == PlaceType::region && region->type == PlaceType::district)) {
    check.explanation = fmt::format("{} resolved to a {}, which cannot lie within {}.", quoted(place_claim),
                                    core::name_of(place->type), describe_place(*region));
  } else {
    compare(check, place_claim, *place, *region_claim, *region);
  }
  return check;
}

}  // namespace

std::vector<Check> check_place_in_region(const core::Case& c) {
  std::vector<Check> checks;
  for (const auto& claim : c.claims) {
    if (claim.kind == core::ClaimKind::place && !claim.within.empty()) checks.push_back(judge(c, claim));
  }
  return checks;
}

}  // namespace verify
