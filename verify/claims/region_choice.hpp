#pragma once
// Private to the place resolver: which admin1 region a mention names, if any
// ("Homs province", "Atlanta, Georgia", "Scranton, Pa.", "in Texas"), and the
// doubt a country's name carries when it is also a region's.

#include <cstddef>
#include <optional>

#include "verify/claims/place_context.hpp"

namespace verify::claims {
class CountryNames;
}

namespace verify::claims::resolve {

// "Atlanta, Georgia": the index of the region of that name in which a
// candidate of the place before it lies.
std::optional<std::size_t> region_holding_previous(const Looked& l, const Looked* previous);

// "the states of Texas and Georgia": a region bears the name in full and the
// words before the frame call the names regions, so the country's name is not meant.
bool hinted_region(const Looked& l);

// Pass 2, after every country: chooses a region for a mention the words or the
// article mark as one, and adds it to the context.
void resolve_region(Looked& l, const Looked* previous, Context& ctx, CountryNames& names);

// After every pass: a doubt for a country's name that is also a region's.
void doubt_country(Looked& l, const Context& ctx, CountryNames& names);

}  // namespace verify::claims::resolve
