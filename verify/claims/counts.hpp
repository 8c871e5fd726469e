#pragma once
// Counts worth reporting, recorded and not checked:
//   "8-vehicle convoy" → Count{8, "vehicle"}   "eight vehicles" → Count{8, "vehicles"}
//   "a convoy of 12 trucks" → Count{12, "trucks"}   "dozens of fighters" → Count{24, "fighters"}
// Years, dates and numbers followed by function words are not counts.

#include <vector>

#include "core/case.hpp"
#include "verify/claims/found.hpp"

namespace verify::claims {

std::vector<core::Claim> find_counts(const ScanInput& in);

}  // namespace verify::claims
