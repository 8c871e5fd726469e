#include "verify/claims/place_values.hpp"

#include "verify/claims/world_regions.hpp"
#include "verify/gazetteer/gazetteer.hpp"

namespace verify::claims {

const std::string& CountryNames::operator()(const std::string& iso2) {
  auto it = m_names.find(iso2);
  if (it == m_names.end()) it = m_names.emplace(iso2, m_gazetteer.country_name(iso2)).first;
  return it->second;
}

core::Place place_value(const gazetteer::Candidate& candidate, CountryNames& names) {
  const auto& info = candidate.place;
  core::Place p;
  p.name = info.name;
  p.type = core::PlaceType::place;
  p.point = core::Location{info.lat, info.lon};
  p.admin1_code = info.admin1_code;
  p.admin1 = info.admin1_name;
  p.country = info.country;
  p.country_name = names(info.country);
  p.timezone = info.timezone;
  p.population = info.population;
  p.source = info.source;
  p.match = std::string(gazetteer::to_string(candidate.match));
  p.admin2_code = info.admin2_code;
  p.admin2 = info.admin2_name;
  return p;
}

core::Place district_value(const gazetteer::District& district, CountryNames& names) {
  core::Place p;
  p.name = district.name;
  p.type = core::PlaceType::district;
  p.admin1_code = district.admin1_code;
  p.admin1 = district.admin1_name;
  p.country = district.country;
  p.country_name = names(district.country);
  p.population = district.population;
  p.source = "geonames admin2";
  p.match = "exact";
  p.admin2_code = district.code;
  p.admin2 = district.name;
  return p;
}

core::Place world_region_value(const WorldRegion& region) {
  core::Place p;
  p.name = region.name;
  p.type = core::PlaceType::world_region;
  p.countries = region.countries;
  p.source = region.source;
  p.match = "exact";
  return p;
}

core::Place region_value(const gazetteer::RegionCandidate& candidate, CountryNames& names) {
  core::Place p;
  p.name = candidate.region.name;
  p.type = core::PlaceType::region;
  p.admin1_code = candidate.region.code;
  p.admin1 = candidate.region.name;
  p.country = candidate.region.country;
  p.country_name = names(candidate.region.country);
  p.source = "geonames admin1";
  p.match = std::string(gazetteer::to_string(candidate.match));
  return p;
}

core::Place country_value(const gazetteer::Country& country, CountryNames& names) {
  core::Place p;
  p.type = core::PlaceType::country;
  p.country = country.iso2;
  p.country_name = country.iso2.empty() ? country.name : names(country.iso2);
  p.name = p.country_name.empty() ? country.name : p.country_name;
  p.source = "natural earth";
  p.match = "exact";
  return p;
}

std::string role_of(PlaceFrame frame, core::PlaceType type) {
  switch (frame) {
    case PlaceFrame::origin: return "origin";
    case PlaceFrame::destination: return "destination";
    case PlaceFrame::containing: return "region";
    case PlaceFrame::reference: return "event";
    case PlaceFrame::at: break;
  }
  return type == core::PlaceType::place ? "event" : "region";
}

}  // namespace verify::claims
