#pragma once
// Writes places, regions, country shapes and names into an open index database,
// with prepared statements, inside the caller's transaction.

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "verify/gazetteer/name_keys.hpp"
#include "verify/gazetteer/place.hpp"
#include "core/sqlite.hpp"
#include "verify/gazetteer/topojson.hpp"

namespace verify::gazetteer {

// A place with every name it goes by, as the builder writes it.
struct PlaceRecord : PlaceInfo {
  std::vector<std::pair<std::string, int>> names;  // (name, k_kind_…)
};

struct KeyedName {
  NameKey key;
  int kind = 0;
};

// The keys of every name, each once with its best kind. Transliteration is the
// slow part of the build, so this runs on several threads.
std::vector<KeyedName> keyed_names(const std::vector<std::pair<std::string, int>>& names);
std::vector<std::vector<KeyedName>> keyed_names_parallel(const std::vector<PlaceRecord>& places, unsigned threads);

class IndexWriter {
public:
  explicit IndexWriter(core::Database& db);
  // Returns the number of name keys written.
  std::size_t add_place(const PlaceRecord& place, const std::vector<KeyedName>& keys);
  void add_region(const std::string& code, const std::string& name, std::int64_t population,
                  const std::vector<KeyedName>& keys);
  void add_district(const std::string& code, const std::string& name, std::int64_t population);
  // `name_en` is what Gazetteer::country_name returns for the shape's code.
  void add_country(std::int64_t id, const CountryShape& shape, const std::string& name_en);
  void add_country_name(const std::string& iso2, const std::string& folded, int kind);
  void add_demonym(const std::string& name, const std::string& iso2);
  void set_meta(const std::string& key, const std::string& value);

private:
  core::Statement m_place;
  core::Statement m_place_box;
  core::Statement m_name;
  core::Statement m_region;
  core::Statement m_region_name;
  core::Statement m_district;
  core::Statement m_district_name;
  core::Statement m_country;
  core::Statement m_country_box;
  core::Statement m_country_name;
  core::Statement m_meta;
  core::Statement m_demonym;
};

}  // namespace verify::gazetteer
