#pragma once
// Private to the place resolver: which district (a county, district or raion:
// GeoNames admin2) a mention names, if any: "Monroe County", "Ipswich,
// Suffolk", "in Fife". A district is chosen when no admin1 region is, and a
// plain name only when the district outscores every place of that name.

#include <optional>

#include "verify/claims/place_context.hpp"

namespace verify::claims {
class CountryNames;
}

namespace verify::claims::resolve {

// The districts worth weighing for this mention: a district that holds a place
// of the same name is that place's ("Paris" the city, not the department).
std::vector<gz::District> districts_to_weigh(const Lookup& found);

// Pass 2, after regions: a mention the words mark as a county or district, or
// one after "Place, " that holds a candidate of that place.
void resolve_marked_district(Looked& l, const Looked* previous, Context& ctx, CountryNames& names);

// Pass 3: the district's score by the same measure as a place's (an exact
// name, the article's support, 3·log10 of its people), when one outscores
// `best_place_score`; chooses it.
bool choose_district_over_places(Looked& l, double best_place_score, const Context& ctx, CountryNames& names);

}  // namespace verify::claims::resolve
