#pragma once
// Private to the gazetteer: the open connection and its prepared statements,
// shared by gazetteer.cpp (names), gazetteer_geo.cpp (coordinates) and
// gazetteer_countries.cpp (country names).

#include "verify/gazetteer/gazetteer.hpp"
#include "verify/gazetteer/sqlite.hpp"

namespace verify::gazetteer {

struct Gazetteer::Impl {
  Database db;
  // Statements are reset after each use; SQLite keeps their plans.
  mutable Statement by_folded;
  mutable Statement by_skeleton;
  mutable Statement region_by_folded;
  mutable Statement region_by_skeleton;
  mutable Statement place;
  mutable Statement region;
  mutable Statement in_box;
  mutable Statement countries_at;
  mutable Statement country_by_folded;
  mutable Statement country_english;

  explicit Impl(Database database);
};

// False for queries that find nothing by rule: empty, longer than
// k_max_name_bytes, mixed scripts, or control characters.
bool usable_query(std::string_view name);

// The columns of `places`, in order, as PlaceInfo; `first` is the first column's index.
PlaceInfo place_from(const Statement& row, int first);
inline constexpr const char* k_place_columns =
    "p.id, p.name, p.ascii_name, p.lat, p.lon, p.feature_code, p.country, p.admin1_code, p.admin1_name, "
    "p.population, p.timezone, p.source";

}  // namespace verify::gazetteer
