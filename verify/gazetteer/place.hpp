#pragma once
// One place of the gazetteer, as the index stores it and lookups return it.

#include <cstdint>
#include <string>

namespace verify::gazetteer {

struct PlaceInfo {
  std::int64_t id = 0;  // GeoNames id; negative for curated places
  std::string name;
  std::string ascii_name;
  double lat = 0;
  double lon = 0;
  std::string feature_code;  // GeoNames feature code (PPLA2, …); empty for curated places
  std::string country;       // ISO 3166 alpha-2
  std::string admin1_code;   // "SY.11"
  std::string admin1_name;   // "Homs"
  std::int64_t population = 0;
  std::string timezone;      // IANA zone
  std::string source;        // "geonames", or the curated row's citation
  std::string admin2_code{};  // "GB.ENG.N5"; empty when GeoNames gives none
  std::string admin2_name{};  // "Suffolk"
};

}  // namespace verify::gazetteer
