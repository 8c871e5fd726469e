#pragma once
// The gazetteer index: one SQLite file, written by build_index and read by Gazetteer.

#include <string_view>

namespace verify::gazetteer {

// Bumped whenever the tables or the name keys change, so setup rebuilds.
inline constexpr std::string_view k_schema_version = "5";

// name kinds in names.kind / region_names.kind: lower is a better match.
inline constexpr int k_kind_primary = 0;    // GeoNames name or ASCII name
inline constexpr int k_kind_alternate = 1;  // a GeoNames alternate name
inline constexpr int k_kind_alias = 2;      // a curated row in data/place_aliases.csv

// name kinds in country_names.kind: lower wins when two countries share a key.
inline constexpr int k_country_english = 0;     // ICU's English name (else world-atlas's)
inline constexpr int k_country_atlas = 1;       // the world-atlas (Natural Earth) name
inline constexpr int k_country_alias = 2;       // a curated row in data/country_aliases.csv
inline constexpr int k_country_translated = 3;  // ICU's name in another language, or a short form

inline constexpr std::string_view k_schema_sql = R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE places(
  id INTEGER PRIMARY KEY, name TEXT NOT NULL, ascii_name TEXT NOT NULL,
  lat REAL NOT NULL, lon REAL NOT NULL, feature_code TEXT NOT NULL, country TEXT NOT NULL,
  admin1_code TEXT NOT NULL, admin1_name TEXT NOT NULL, population INTEGER NOT NULL,
  timezone TEXT NOT NULL, source TEXT NOT NULL, admin2_code TEXT NOT NULL, admin2_name TEXT NOT NULL);
CREATE TABLE names(place_id INTEGER NOT NULL, folded TEXT NOT NULL, skeleton TEXT NOT NULL, kind INTEGER NOT NULL);
CREATE VIRTUAL TABLE places_rtree USING rtree(id, min_lat, max_lat, min_lon, max_lon);
-- population: the sum of the region's places in the gazetteer (towns of 1,000
-- people or more), so "California" the state outweighs a town of that name.
CREATE TABLE regions(code TEXT PRIMARY KEY, name TEXT NOT NULL, country TEXT NOT NULL, population INTEGER NOT NULL);
CREATE TABLE region_names(code TEXT NOT NULL, folded TEXT NOT NULL, skeleton TEXT NOT NULL, kind INTEGER NOT NULL);
-- Second-level divisions that hold a place: "Suffolk" (GB.ENG.N5), "Monroe County" (US.FL.087).
CREATE TABLE districts(code TEXT PRIMARY KEY, name TEXT NOT NULL, population INTEGER NOT NULL);
CREATE TABLE district_names(code TEXT NOT NULL, folded TEXT NOT NULL);
-- name_en: the English name Gazetteer::country_name returns (ICU's, else name).
CREATE TABLE countries(id INTEGER PRIMARY KEY, iso_numeric TEXT NOT NULL, iso2 TEXT NOT NULL,
  name TEXT NOT NULL, name_en TEXT NOT NULL, rings BLOB NOT NULL);
CREATE TABLE country_names(iso2 TEXT NOT NULL, folded TEXT NOT NULL, kind INTEGER NOT NULL);
CREATE VIRTUAL TABLE countries_rtree USING rtree(id, min_lat, max_lat, min_lon, max_lon);
-- English demonyms from world-countries: "turkish" → TR; "congolese" → CG and CD.
CREATE TABLE demonyms(folded TEXT NOT NULL, iso2 TEXT NOT NULL);
)sql";

// Built after the bulk insert: faster than maintaining them row by row.
inline constexpr std::string_view k_index_sql = R"sql(
CREATE INDEX names_folded ON names(folded);
CREATE INDEX names_skeleton ON names(skeleton);
CREATE INDEX region_names_folded ON region_names(folded);
CREATE INDEX region_names_skeleton ON region_names(skeleton);
CREATE INDEX district_names_folded ON district_names(folded);
CREATE INDEX country_names_folded ON country_names(folded);
CREATE INDEX countries_iso2 ON countries(iso2);
CREATE INDEX demonyms_folded ON demonyms(folded);
)sql";

}  // namespace verify::gazetteer
