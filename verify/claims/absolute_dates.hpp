#pragma once
// Absolute dates in the article: "April 14, 2020", "14 April 2020", "Apr. 14",
// "April 2020", "2020-04-14", "14/04/2020" (day/month/year), and Arabic month
// names ("14 نيسان 2020", "١٤ أبريل"). A date that does not exist
// ("February 30, 2020", "31/04/2020", "2020-13-01") becomes a claim with no
// value and a note saying so. A date without a year takes the published
// year, or stays unresolved when there is none.

#include <vector>

#include "core/case.hpp"
#include "verify/claims/found.hpp"

namespace verify::claims {

std::vector<core::Claim> find_absolute_dates(const ScanInput& in);

}  // namespace verify::claims
