#pragma once
// Check "route": a journey the article states ("drove from al-Tanf to Tadmour
// in 20 minutes") against the WGS84 geodesic distance between its ends
// (GeographicLib). The straight line is the shortest any road can be, so the
// speed it implies is a lower bound on the real average speed.
//
//   consistent    the implied speed is at most k_ground_speed_ceiling_kmh
//   inconsistent  it is above: no road convoy covers the distance that fast
//   unverifiable  no time span is claimed (the distance is still given), or an
//                 end is a region or country (no point), or is unresolved
//
// One check per destination claim with `from` set; embed = the destination's.

#include <vector>

#include "core/case.hpp"

namespace verify {

// Highest plausible average speed for ground travel, in km/h. Roads are never
// shorter than the geodesic, so the true average is at least the implied one;
// motorway limits are 120–130 km/h and a convoy averages far less, so an
// average above 150 km/h over the straight line cannot be a road journey.
inline constexpr double k_ground_speed_ceiling_kmh = 150.0;

std::vector<core::Check> check_route(const core::Case& c);

}  // namespace verify
