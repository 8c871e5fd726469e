#pragma once
// Private to the gazetteer: the open connection and its prepared statements,
// shared by gazetteer.cpp (names) and gazetteer_geo.cpp (coordinates).

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

  explicit Impl(Database database);
};

// The columns of `places`, in order, as PlaceInfo; `first` is the first column's index.
PlaceInfo place_from(const Statement& row, int first);
inline constexpr const char* k_place_columns =
    "p.id, p.name, p.ascii_name, p.lat, p.lon, p.feature_code, p.country, p.admin1_code, p.admin1_name, "
    "p.population, p.timezone, p.source";

}  // namespace verify::gazetteer
