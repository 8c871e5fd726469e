#include "verify/claims/world_regions.hpp"

#include <set>
#include <stdexcept>
#include <string>

#include "verify/claims/table_data.hpp"
#include "verify/gazetteer/csv_table.hpp"
#include "verify/names/normalize.hpp"

namespace verify::claims {
namespace {

const std::set<std::string>& folded_names() {
  static const std::set<std::string> names = [] {
    // The table is part of the source tree and tested; a broken one is a build defect.
    auto rows = gazetteer::read_csv_table(k_world_regions_csv, "name,kind,source", "data/world_regions.csv");
    if (!rows) throw std::logic_error(rows.error().message);
    std::set<std::string> out;
    for (const auto& row : *rows) {
      if (row.fields.size() != 3 || row.fields[0].empty()) throw std::logic_error(row.where + ": malformed row");
      out.insert(names::fold(row.fields[0]));
    }
    return out;
  }();
  return names;
}

}  // namespace

bool is_world_region(std::string_view name) { return folded_names().count(names::fold(name)) > 0; }

}  // namespace verify::claims
