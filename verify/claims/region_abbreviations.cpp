#include "verify/claims/region_abbreviations.hpp"

#include <stdexcept>

#include "verify/claims/table_data.hpp"
#include "verify/gazetteer/csv_table.hpp"

namespace verify::claims {
namespace {

constexpr std::string_view k_header = "abbreviation,admin1_code,admin1_name,form,source";

const std::vector<RegionAbbreviation>& table() {
  static const std::vector<RegionAbbreviation> rows = [] {
    // The table is part of the source tree and tested; a broken one is a build defect.
    auto parsed = gazetteer::read_csv_table(k_region_abbreviations_csv, k_header, "data/region_abbreviations.csv");
    if (!parsed) throw std::logic_error(parsed.error().message);
    std::vector<RegionAbbreviation> out;
    for (const auto& row : *parsed) {
      const auto& f = row.fields;
      if (f.size() != 5 || (f[3] != "style" && f[3] != "code")) throw std::logic_error(row.where + ": malformed row");
      out.push_back({f[0], f[1], f[2], f[3] == "code", f[4]});
    }
    return out;
  }();
  return rows;
}

}  // namespace

std::vector<const RegionAbbreviation*> region_abbreviations(std::string_view written) {
  std::vector<const RegionAbbreviation*> out;
  for (const auto& row : table()) {
    if (row.abbreviation == written) out.push_back(&row);
  }
  return out;
}

}  // namespace verify::claims
