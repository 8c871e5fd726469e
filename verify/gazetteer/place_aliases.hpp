#pragma once
// The curated table data/place_aliases.csv: what GeoNames lacks.
//   header: name,lang,lat,lon,country,admin1,kind,source
//   kind "place":  a place of its own; rows with the same country and
//                  coordinates are one place, the first row naming it.
//   kind "region": another name for the admin1 region in column admin1 ("SY.11").
// Fields may be double-quoted ("…, …"); every row must cite a source.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"

namespace verify::gazetteer {

struct PlaceAlias {
  std::string name;
  std::string lang;
  std::optional<double> lat;
  std::optional<double> lon;
  std::string country;
  std::string admin1;  // full code: "SY.11"
  std::string kind;    // place | region
  std::string source;
};

core::Result<std::vector<PlaceAlias>> parse_place_aliases(std::string_view csv, const std::string& source);

}  // namespace verify::gazetteer
