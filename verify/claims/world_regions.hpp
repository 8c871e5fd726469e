#pragma once
// Continents and world regions, data/world_regions.csv (name,kind,source;
// every row cites the UN M49 scheme or an encyclopaedia): names that are
// neither a town nor a country. "in Africa" must not become Mahdia, Tunisia
// (whose alternate names include "Africa"), nor "in Asia" a Philippine town.
// They make no place claim yet: the gazetteer holds no extent for them, so a
// claim could be checked against nothing. Thread-safe: parsed once.

#include <string_view>

namespace verify::claims {

// Whether the name (any case, hyphens and accents folded) is a continent or world region.
bool is_world_region(std::string_view name);

}  // namespace verify::claims
