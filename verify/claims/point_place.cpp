#include "verify/claims/point_place.hpp"

#include "verify/claims/place_values.hpp"
#include "verify/gazetteer/gazetteer.hpp"

namespace verify::claims {

std::optional<core::Place> place_at(const gazetteer::Gazetteer& gazetteer, const core::Location& point) {
  CountryNames names(gazetteer);
  if (auto near = gazetteer.nearest(point.lat, point.lon); near && near->km <= k_near_place_km) {
    core::Place p = place_value(gazetteer::Candidate{near->place, gazetteer::MatchKind::exact, true}, names);
    p.match = "nearest";
    return p;
  }
  if (auto country = gazetteer.country_at(point.lat, point.lon)) {
    core::Place p = country_value(*country, names);
    p.match = "point in country";
    return p;
  }
  return std::nullopt;
}

}  // namespace verify::claims
