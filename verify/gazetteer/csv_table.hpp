#pragma once
// The curated CSV tables in data/ (place_aliases.csv, country_aliases.csv):
// a fixed header line, then rows; fields may be double-quoted ("…, …" and
// "" for a quote); blank lines and lines starting with '#' are skipped.

#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"

namespace verify::gazetteer {

struct CsvRow {
  std::string where;  // "file:line", for errors about the row
  std::vector<std::string> fields;
};

// Fails (stage "gazetteer") on an empty file, a wrong header or an unterminated quote.
core::Result<std::vector<CsvRow>> read_csv_table(std::string_view csv, std::string_view header,
                                                 const std::string& source);

}  // namespace verify::gazetteer
