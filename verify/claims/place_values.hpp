#pragma once
// Gazetteer records as the Case's place values, and the role a place plays.

#include <map>
#include <string>

#include "core/case.hpp"
#include "verify/claims/place_mentions.hpp"

namespace verify::gazetteer {
class Gazetteer;
struct Candidate;
struct RegionCandidate;
struct District;
struct Country;
}  // namespace verify::gazetteer

namespace verify::claims {

struct WorldRegion;

// Country names by ISO code, each asked of the gazetteer once.
class CountryNames {
public:
  explicit CountryNames(const gazetteer::Gazetteer& gazetteer) : m_gazetteer(gazetteer) {}
  const std::string& operator()(const std::string& iso2);

private:
  const gazetteer::Gazetteer& m_gazetteer;
  std::map<std::string, std::string> m_names;
};

core::Place place_value(const gazetteer::Candidate& candidate, CountryNames& names);
core::Place region_value(const gazetteer::RegionCandidate& candidate, CountryNames& names);
core::Place district_value(const gazetteer::District& district, CountryNames& names);
core::Place world_region_value(const WorldRegion& region);
core::Place country_value(const gazetteer::Country& country, CountryNames& names);

// event | origin | destination | region: "in Syria" names a region, "in Tadmur" an event's place.
std::string role_of(PlaceFrame frame, core::PlaceType type);

}  // namespace verify::claims
