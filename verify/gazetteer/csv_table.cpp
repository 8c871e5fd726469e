#include "verify/gazetteer/csv_table.hpp"

#include <optional>

namespace verify::gazetteer {
namespace {

std::optional<std::vector<std::string>> split_csv(std::string_view line) {
  std::vector<std::string> fields(1);
  bool quoted = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (quoted && c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
      fields.back() += '"';
      ++i;
    } else if (c == '"') {
      quoted = !quoted;
    } else if (c == ',' && !quoted) {
      fields.emplace_back();
    } else {
      fields.back() += c;
    }
  }
  if (quoted) return std::nullopt;
  return fields;
}

}  // namespace

core::Result<std::vector<CsvRow>> read_csv_table(std::string_view csv, std::string_view header,
                                                 const std::string& source) {
  std::vector<CsvRow> rows;
  std::size_t line_number = 0;
  std::size_t start = 0;
  while (start < csv.size()) {
    std::size_t end = csv.find('\n', start);
    if (end == std::string_view::npos) end = csv.size();
    std::string_view line = csv.substr(start, end - start);
    start = end + 1;
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line_number == 1) {
      if (line != header) return core::fail("gazetteer", source, "first line must be: " + std::string(header));
      continue;
    }
    if (line.empty() || line.front() == '#') continue;
    std::string where = source + ":" + std::to_string(line_number);
    auto fields = split_csv(line);
    if (!fields) return core::fail("gazetteer", where, "unterminated quote");
    rows.push_back({std::move(where), std::move(*fields)});
  }
  if (line_number == 0) return core::fail("gazetteer", source, "empty file");
  return rows;
}

}  // namespace verify::gazetteer
