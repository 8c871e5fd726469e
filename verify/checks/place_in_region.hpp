#pragma once
// Check "place-in-region": a place the article says lies in a region or
// country ("Tadmour … in southeast Homs province") against where the
// gazetteer puts it. Membership is by code, never by name: a region claim is
// compared through admin1 codes (GeoNames "SY.11"), a country claim through
// ISO country codes; a region said to lie in a country compares country codes.
//
//   consistent    the codes are equal
//   inconsistent  both codes are known and differ
//   unverifiable  a side lacks its code, a side is unresolved, or the "region"
//                 resolved to a place (a town has no members to compare)
//
// One check per place claim with `within` set; embed = the place claim's embed.

#include <vector>

#include "core/case.hpp"

namespace verify {

std::vector<core::Check> check_place_in_region(const core::Case& c);

}  // namespace verify
