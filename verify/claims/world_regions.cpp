#include "verify/claims/world_regions.hpp"

#include <map>
#include <sstream>
#include <stdexcept>

#include "verify/claims/table_data.hpp"
#include "verify/gazetteer/csv_table.hpp"
#include "verify/names/normalize.hpp"

namespace verify::claims {
namespace {

std::vector<std::string> codes_in(const std::string& field) {
  std::vector<std::string> out;
  std::istringstream words(field);
  for (std::string code; words >> code;) out.push_back(code);
  return out;
}

const std::map<std::string, WorldRegion>& by_folded_name() {
  static const std::map<std::string, WorldRegion> table = [] {
    // The table is part of the source tree and tested; a broken one is a build defect.
    auto rows = gazetteer::read_csv_table(k_world_regions_csv, "name,kind,countries,source", "data/world_regions.csv");
    if (!rows) throw std::logic_error(rows.error().message);
    std::map<std::string, WorldRegion> out;
    for (const auto& row : *rows) {
      const auto& f = row.fields;
      if (f.size() != 4 || f[0].empty() || f[3].empty()) throw std::logic_error(row.where + ": malformed row");
      out.emplace(names::fold(f[0]), WorldRegion{f[0], f[1], codes_in(f[2]), f[3]});
    }
    return out;
  }();
  return table;
}

}  // namespace

const WorldRegion* find_world_region(std::string_view name) {
  const auto& table = by_folded_name();
  auto it = table.find(names::fold(name));
  return it == table.end() ? nullptr : &it->second;
}

}  // namespace verify::claims
