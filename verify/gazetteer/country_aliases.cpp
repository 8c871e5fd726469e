#include "verify/gazetteer/country_aliases.hpp"

#include <unicode/region.h>

#include <cctype>

#include "verify/gazetteer/csv_table.hpp"

namespace verify::gazetteer {
namespace {

constexpr std::string_view k_header = "name,iso2,source";

// ICU's region data knows every assigned code, so a code that names no
// country (a typo such as "UE") is caught at build time.
bool is_region_code(const std::string& code) {
  if (code.size() != 2 || !std::isupper(static_cast<unsigned char>(code[0])) ||
      !std::isupper(static_cast<unsigned char>(code[1]))) {
    return false;
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Region* region = icu::Region::getInstance(code.c_str(), status);
  return U_SUCCESS(status) && region && region->getType() == URGN_TERRITORY;
}

}  // namespace

core::Result<std::vector<CountryAlias>> parse_country_aliases(std::string_view csv, const std::string& source) {
  auto table = read_csv_table(csv, k_header, source);
  if (!table) return tl::unexpected(table.error());
  std::vector<CountryAlias> rows;
  for (const CsvRow& line : *table) {
    const auto& f = line.fields;
    if (f.size() != 3) return core::fail("gazetteer", line.where, "expected 3 fields: " + std::string(k_header));
    if (f[0].empty() || f[2].empty()) return core::fail("gazetteer", line.where, "a row needs a name and a source");
    if (!is_region_code(f[1])) return core::fail("gazetteer", line.where, "not an ISO 3166-1 alpha-2 code: " + f[1]);
    rows.push_back({f[0], f[1], f[2]});
  }
  return rows;
}

}  // namespace verify::gazetteer
