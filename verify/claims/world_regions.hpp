#pragma once
// Continents and world regions, data/world_regions.csv (name,kind,countries,
// source; every row cites the UN M49 scheme or an encyclopaedia): names that
// are neither a town nor a country. "in Africa" must not become Mahdia,
// Tunisia (whose alternate names include "Africa"), nor "in Asia" a
// Philippine town. A region with its member countries listed is a claim,
// checked by membership; one without (an ocean, "the Gulf", whose extent
// sources disagree on) makes no claim. Thread-safe: parsed once.

#include <string>
#include <string_view>
#include <vector>

namespace verify::claims {

struct WorldRegion {
  std::string name;                    // "West Africa"
  std::string kind;                    // continent | world region
  std::vector<std::string> countries;  // ISO 3166 alpha-2 codes; empty: no claim
  std::string source;
};

// The continent or world region of this name (any case, hyphens and accents folded), or nullptr.
const WorldRegion* find_world_region(std::string_view name);

inline bool is_world_region(std::string_view name) { return find_world_region(name) != nullptr; }

}  // namespace verify::claims
