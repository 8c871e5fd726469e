#pragma once
// Turns place mentions into place claims through the gazetteer, choosing
// among same-named places by what else the article says:
//   1. countries and designated regions ("Homs Governorate") resolve first;
//   2. a place then prefers a candidate in a region or country named in the
//      same sentence, then elsewhere in the article, then the more populous;
//   3. a weak match (an alternate name of a small town, with nothing in the
//      article pointing to it) is not a claim: "in Western media" names no place.
// Each claim carries its Resolution: the candidates weighed and why the first won.

#include <vector>

#include "core/case.hpp"
#include "verify/claims/found.hpp"
#include "verify/claims/place_mentions.hpp"
#include "verify/claims/sentences.hpp"

namespace verify::gazetteer {
class Gazetteer;
}

namespace verify::claims {

// At most this many distinct names are looked up (each lookup costs ~0.1 ms)
// and this many mentions resolved: a text of a million "in X" phrases must
// not stall the stage. No article comes near either.
inline constexpr std::size_t k_max_place_names = 2000;
inline constexpr std::size_t k_max_place_mentions = 20000;

struct ResolvedPlaces {
  std::vector<core::Claim> claims;  // in mention order, ids not yet assigned
  std::vector<core::Span> listed;   // spans of the claims named in a list ("in Homs, Hama and Idlib")
  std::size_t skipped = 0;          // mentions past either limit
};

ResolvedPlaces resolve_places(const ScanInput& in, const Sentences& sentences, const std::vector<PlaceMention>& mentions,
                              const gazetteer::Gazetteer& gazetteer);

}  // namespace verify::claims
