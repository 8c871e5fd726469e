#pragma once
// Check "media-place": the GPS point a media file carries against the place
// the article claims for it. The most precise claims decide: places with a
// point are compared by distance, and only when none has a point are regions
// and countries compared, by the codes of the place the gazetteer put the GPS
// point in (MediaReport::location_place: admin1 "SY.11", country "SY").
//
// A place's tolerance grows with its size (tolerance_km): a village a few
// kilometres, a city tens of kilometres.
//
//   consistent    the point lies within the tolerance of a claimed place (or
//                 in the claimed region or country)
//   inconsistent  it lies outside every claimed place it can be compared with
//   unverifiable  the file has no GPS point, or no claimed place can be
//                 compared (unresolved, or a region without the point's codes)
//
// One check per media report with a GPS point or a claimed place.

#include <cstdint>
#include <vector>

#include "core/case.hpp"

namespace verify {

// 3 km × cube root of (population / 1,000), from 3 km (villages, and places of
// unknown population) to 80 km: 1,000 people → 3 km, 50,000 → 11 km,
// 1 million → 30 km, 10 million → 65 km.
double tolerance_km(std::int64_t population);

std::vector<core::Check> check_media_place(const core::Case& c);

}  // namespace verify
