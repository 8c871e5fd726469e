#include "verify/checks/media_place.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "verify/checks/media_claims.hpp"
#include "verify/checks/place_claims.hpp"

namespace verify {
namespace {

using core::Check;
using core::Claim;
using core::Evidence;
using core::Place;
using core::Verdict;

Evidence gps_evidence(const core::MediaReport& m) {
  std::string value = coordinates(*m.location);
  if (m.location_place) value += " → " + describe_place(*m.location_place);
  return Evidence{"GPS point in the file (" + m.location_from + ")", std::move(value), media_source(m), {}};
}

// One claimed place compared with the point: a sentence, and whether it matched.
struct Comparison {
  const Claim* claim = nullptr;
  bool matched = false;
  std::string line;
};

Comparison by_distance(const core::MediaReport& m, const Claim& k, const Place& p, Check& check) {
  const double km = geodesic_km(*m.location, *p.point);
  const double tolerance = tolerance_km(p.population);
  check.evidence.push_back(Evidence{fmt::format("distance to {} ({})", p.name, k.id),
                                    fmt::format("{:.1f} km (tolerance {:.0f} km for population {})", km, tolerance,
                                                p.population),
                                    "WGS84 geodesic (GeographicLib)", {}});
  const bool near = km <= tolerance;
  return {&k, near, fmt::format("{:.1f} km from {} ({}), {} the {:.0f} km allowed for a place of its size", km, p.name,
                            k.id, near ? "within" : "beyond", tolerance)};
}

// Region or country by code; nullopt when a side lacks the code.
std::optional<Comparison> by_code(const core::MediaReport& m, const Claim& k, const Place& p) {
  if (!m.location_place) return std::nullopt;
  const Place& at = *m.location_place;
  if (p.type == core::PlaceType::world_region) {
    if (at.country.empty()) return std::nullopt;
    const bool member = std::find(p.countries.begin(), p.countries.end(), at.country) != p.countries.end();
    return Comparison{&k, member, fmt::format("the point lies in country {}, {} of the countries of {} ({})",
                                              at.country, member ? "one" : "not one", p.name, k.id)};
  }
  const bool district = p.type == core::PlaceType::district;
  const bool region = p.type == core::PlaceType::region;
  const std::string& want = district ? p.admin2_code : region ? p.admin1_code : p.country;
  const std::string& have = district ? at.admin2_code : region ? at.admin1_code : at.country;
  if (want.empty() || have.empty()) return std::nullopt;
  const bool same = want == have;
  return Comparison{&k, same, fmt::format("the point lies in {} {}, {} {} ({}, {})",
                                          district ? "district" : region ? "admin1" : "country", have,
                                          same ? "which is" : "not", p.name, k.id, want)};
}

// The comparisons the most precise claims allow: points first, then codes.
std::vector<Comparison> compare(const core::MediaReport& m, const std::vector<const Claim*>& claims, Check& check) {
  std::vector<Comparison> out;
  for (const Claim* k : claims) {
    const Place* p = place_value(*k);
    if (p && p->type == core::PlaceType::place && p->point) out.push_back(by_distance(m, *k, *p, check));
  }
  if (!out.empty()) return out;
  for (const Claim* k : claims) {
    const Place* p = place_value(*k);
    if (!p || p->type == core::PlaceType::place) continue;
    if (auto c = by_code(m, *k, *p)) out.push_back(std::move(*c));
  }
  return out;
}

void judge_point(Check& check, const core::MediaReport& m, const std::vector<const Claim*>& claims) {
  const auto comparisons = compare(m, claims, check);
  if (comparisons.empty()) {
    check.explanation = fmt::format("The file was recorded at {}, but no claimed place can be compared with it "
                                    "(none is resolved to a point, region or country the point's codes can match).",
                                    coordinates(*m.location));
    return;
  }
  const auto hit = std::find_if(comparisons.begin(), comparisons.end(), [](const Comparison& c) { return c.matched; });
  std::string lines;
  for (const auto& c : comparisons) lines += (lines.empty() ? "" : "; ") + c.line;
  const bool matched = hit != comparisons.end();
  std::vector<const Claim*> compared;
  for (const auto& c : comparisons) compared.push_back(c.claim);
  const std::string doubts = matched ? std::string() : doubts_about(compared);
  check.verdict = matched ? Verdict::consistent : doubts.empty() ? Verdict::inconsistent : Verdict::unverifiable;
  check.explanation = fmt::format("The file's GPS point {} is {}.{}", coordinates(*m.location), lines,
                                  matched || !doubts.empty() ? doubts
                                                             : " The file was recorded somewhere other than the "
                                                               "place the article gives (GPS tags can be edited, so "
                                                               "this is evidence, not proof).");
}

Check judge(const core::MediaReport& m, const std::vector<const Claim*>& claims) {
  Check check{"media-place", Verdict::unverifiable, m.embed, {}, {}, {}};
  if (m.location) check.evidence.push_back(gps_evidence(m));
  for (const Claim* k : claims) {
    check.claims.push_back(k->id);
    check.evidence.push_back(place_evidence(*k, "place claimed"));
  }
  if (!m.location) {
    check.evidence.push_back(Evidence{"GPS point in the file", "none", media_source(m), {}});
    check.explanation = "The file carries no GPS point (platforms strip location tags from uploads), so where it "
                        "was recorded cannot be checked.";
  } else if (claims.empty()) {
    check.explanation = fmt::format("The file was recorded at {}, but the article claims no place for it.",
                                    coordinates(*m.location));
  } else {
    judge_point(check, m, claims);
  }
  return check;
}

}  // namespace

double tolerance_km(std::int64_t population) {
  const double km = 3.0 * std::cbrt(static_cast<double>(std::max<std::int64_t>(population, 0)) / 1000.0);
  return std::clamp(km, 3.0, 80.0);
}

std::vector<Check> check_media_place(const core::Case& c) {
  std::vector<Check> checks;
  for (const auto& m : c.media) {
    const auto claims = claims_for(c, m, core::ClaimKind::place);
    if (m.location || !claims.empty()) checks.push_back(judge(m, claims));
  }
  return checks;
}

}  // namespace verify
