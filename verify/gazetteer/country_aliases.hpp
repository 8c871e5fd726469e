#pragma once
// The curated table data/country_aliases.csv: common short forms of country
// names that neither ICU nor Natural Earth gives ("U.S.", "UK", "Ivory Coast").
//   header: name,iso2,source
// iso2 is an ISO 3166-1 alpha-2 code ICU knows; every row must cite a source.

#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"

namespace verify::gazetteer {

struct CountryAlias {
  std::string name;
  std::string iso2;  // "US"
  std::string source;
};

core::Result<std::vector<CountryAlias>> parse_country_aliases(std::string_view csv, const std::string& source);

}  // namespace verify::gazetteer
