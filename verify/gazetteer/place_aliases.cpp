#include "verify/gazetteer/place_aliases.hpp"

#include <charconv>

namespace verify::gazetteer {
namespace {

constexpr std::string_view k_header = "name,lang,lat,lon,country,admin1,kind,source";

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

std::optional<double> parse_coordinate(const std::string& text, double limit) {
  double value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || value < -limit || value > limit) return std::nullopt;
  return value;
}

core::Result<PlaceAlias> row_of(const std::vector<std::string>& f, const std::string& where) {
  if (f.size() != 8) return core::fail("gazetteer", where, "expected 8 fields: " + std::string(k_header));
  PlaceAlias row{f[0], f[1], std::nullopt, std::nullopt, f[4], f[5], f[6], f[7]};
  if (row.name.empty() || row.source.empty()) return core::fail("gazetteer", where, "a row needs a name and a source");
  if (row.kind == "place") {
    row.lat = parse_coordinate(f[2], 90);
    row.lon = parse_coordinate(f[3], 180);
    if (!row.lat || !row.lon) return core::fail("gazetteer", where, "a place needs lat and lon in degrees");
  } else if (row.kind != "region" || row.admin1.empty()) {
    return core::fail("gazetteer", where, "kind must be place, or region with an admin1 code");
  }
  return row;
}

}  // namespace

core::Result<std::vector<PlaceAlias>> parse_place_aliases(std::string_view csv, const std::string& source) {
  std::vector<PlaceAlias> rows;
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
      if (line != k_header) return core::fail("gazetteer", source, "first line must be: " + std::string(k_header));
      continue;
    }
    if (line.empty() || line.front() == '#') continue;
    const std::string where = source + ":" + std::to_string(line_number);
    auto fields = split_csv(line);
    if (!fields) return core::fail("gazetteer", where, "unterminated quote");
    auto row = row_of(*fields, where);
    if (!row) return tl::unexpected(row.error());
    rows.push_back(std::move(*row));
  }
  if (line_number == 0) return core::fail("gazetteer", source, "empty file");
  return rows;
}

}  // namespace verify::gazetteer
