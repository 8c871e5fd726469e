#pragma once
// Where a point is, in the gazetteer's terms: the nearest place (within
// k_near_place_km) with its region and country, or, far from any place, the
// country the point lies in. The media stage gives this for a file's GPS
// point so media-place can compare it with the claimed place by region and
// country.

#include <optional>

#include "core/case.hpp"

namespace verify::gazetteer {
class Gazetteer;
}

namespace verify::claims {

// GeoNames' cities1000 lists every place of 1,000 people or more; a point
// farther than this from all of them is in open country and named by its country only.
inline constexpr double k_near_place_km = 25.0;

std::optional<core::Place> place_at(const gazetteer::Gazetteer& gazetteer, const core::Location& point);

}  // namespace verify::claims
