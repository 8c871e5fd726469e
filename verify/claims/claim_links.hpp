#pragma once
// Links between claims that one sentence makes together, by claim id:
//   "entering Tadmour from al-Tanf in southeast Homs province"
//     Tadmour.within = al-Tanf.within = "Homs province"; Tadmour.from = al-Tanf
//   "drove from X to Y in 20 minutes"  → Y.duration = "20 minutes" (role "duration")
// A place lies "within" the region that follows it when only place words
// stand between them ("in", "of", compass words, designators, commas, other
// places of the same route): "clashes in Aleppo and in Idlib province" does
// not put Aleppo in Idlib.

#include <vector>

#include "core/case.hpp"
#include "verify/claims/found.hpp"
#include "verify/claims/sentences.hpp"

namespace verify::claims {

// `claims` in article order, with their ids assigned. Places named in a list
// (`listed`: "in Arkansas, Colorado, Delaware, Idaho") never contain each other.
void link_claims(const ScanInput& in, const Sentences& sentences, std::vector<core::Claim>& claims,
                 const std::vector<core::Span>& listed = {});

}  // namespace verify::claims
