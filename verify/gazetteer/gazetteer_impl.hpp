#pragma once
// Private to the gazetteer: the open connection and its prepared statements,
// shared by gazetteer.cpp (names), gazetteer_geo.cpp (coordinates) and
// gazetteer_countries.cpp (country names).

#include "verify/gazetteer/gazetteer.hpp"
#include "core/sqlite.hpp"

namespace verify::gazetteer {

struct Gazetteer::Impl {
  core::Database db;
  // Statements are reset after each use; SQLite keeps their plans.
  mutable core::Statement by_folded;
  mutable core::Statement by_skeleton;
  mutable core::Statement region_by_folded;
  mutable core::Statement region_by_skeleton;
  mutable core::Statement place;
  mutable core::Statement region;
  mutable core::Statement districts_by_folded;
  mutable core::Statement in_box;
  mutable core::Statement countries_at;
  mutable core::Statement country_by_folded;
  mutable core::Statement country_english;
  mutable core::Statement demonym;
  mutable core::Statement outlines;

  explicit Impl(core::Database database);
};

// False for queries that find nothing by rule: empty, longer than
// k_max_name_bytes, mixed scripts, or control characters.
bool usable_query(std::string_view name);

// The columns of `places`, in order, as PlaceInfo; `first` is the first column's index.
PlaceInfo place_from(const core::Statement& row, int first);
inline constexpr const char* k_place_columns =
    "p.id, p.name, p.ascii_name, p.lat, p.lon, p.feature_code, p.country, p.admin1_code, p.admin1_name, "
    "p.population, p.timezone, p.source, p.admin2_code, p.admin2_name";

}  // namespace verify::gazetteer
