#pragma once
// Private to the place resolver: which guesses of the words are accepted
// once everything is chosen. A tentative container must hold the place
// before it, an unframed list must be mostly places that agree, and the
// names in such guesses may guide others only when they may be right.

#include <cstddef>
#include <set>
#include <vector>

#include "verify/claims/place_context.hpp"

namespace verify::claims::resolve {

// Whether the words put `l` right after `previous`, a comma between: "Paris, France".
bool right_after(const Looked& previous, const Looked& l);

// Which mentions may guide the others' choices (Looked::context), before any choice.
void mark_context(std::vector<Looked>& looked);

// Whether `inner`, as resolved, lies in `outer`: Paris in France, Rockville in Maryland.
bool lies_in(const core::Place& outer, const core::Place& inner);

// A small place the gazetteer puts outside the container written after it is doubtful.
void doubt_outside_container(Looked& place, const Looked& container);

// The unframed lists (PlaceMention::unframed_list groups) kept as lists of places.
std::set<std::size_t> unframed_lists_kept(const std::vector<Looked>& looked);

}  // namespace verify::claims::resolve
