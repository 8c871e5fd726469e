#pragma once
// Source claims: who the article credits. Anchors, found by scanning tokens:
//   forward   "according to X", "citing X", "a reporter with/for X",
//             "reporter working for X", "broadcaster X", "station X", "agency X"
//   backward  "X reports", "X reported", "X said", "X says", "X wrote"
//   quoted    “Sham FM”, "Reuters" — a quoted name that is in the outlet table
// X is matched against data/outlet_aliases.csv first (longest alias wins),
// else taken as a capitalised phrase (outlet = the phrase). Each outlet
// mention yields one claim, whose span runs from the anchor to the name.

#include <vector>

#include "core/case.hpp"
#include "verify/claims/found.hpp"

namespace verify::claims {

std::vector<core::Claim> find_sources(const ScanInput& in);

}  // namespace verify::claims
