#pragma once
// What the place checks (place-in-region, route) share: finding a linked claim
// by id, reading its resolved place, and showing a place as evidence with
// everything a reader needs to look it up again.

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "core/case.hpp"

namespace verify {

// The claim with this id, or nullptr.
const core::Claim* find_claim(const core::Case& c, std::string_view id);

// The claim's resolved place, or nullptr when it has none.
const core::Place* place_value(const core::Claim& claim);

// The WGS84 geodesic distance between two points (GeographicLib), in km.
double geodesic_km(const core::Location& a, const core::Location& b);

// "34.5600, 38.2800": 4 decimals, about 11 m, as precise as a gazetteer point.
std::string coordinates(const core::Location& point);

// "Tadmur (place; 34.5600, 38.2800; admin1 Homs SY.11; Syria SY)".
std::string describe_place(const core::Place& p);

// How a claim is named in an explanation: "\"Tadmour\" (c6)".
std::string quoted(const core::Claim& claim);

// The claim as one side of a comparison: its words, the entity they resolved
// to, the gazetteer record's source, and the span in the article.
core::Evidence place_evidence(const core::Claim& claim, std::string_view what);

// Why a comparison through these claims must not be called inconsistent: a
// sentence for each whose resolution is not confident, naming the other
// candidates its name may mean; empty when every one is confident.
std::string doubts_about(const std::vector<const core::Claim*>& claims);
inline std::string doubts_about(std::initializer_list<const core::Claim*> claims) {
  return doubts_about(std::vector<const core::Claim*>(claims));
}

}  // namespace verify
