#pragma once
// One row of the GeoNames "cities1000" dump (tab-separated, 19 columns).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace verify::gazetteer {

struct GeoNamesRow {
  std::int64_t id = 0;
  std::string name;
  std::string ascii_name;
  std::vector<std::string> alternate_names;  // every script, as listed
  double lat = 0;
  double lon = 0;
  std::string feature_code;
  std::string country;      // ISO 3166 alpha-2
  std::string admin1_code;  // e.g. "11"; the region code is "SY.11"
  std::string admin2_code;  // e.g. "N5"; the district code is "GB.ENG.N5"; often empty
  std::int64_t population = 0;
  std::string timezone;     // IANA
};

// The row, or nothing when the line is not a well-formed row (wrong column
// count, id or coordinates that do not parse or lie out of range).
std::optional<GeoNamesRow> parse_geonames_line(std::string_view line);

}  // namespace verify::gazetteer
