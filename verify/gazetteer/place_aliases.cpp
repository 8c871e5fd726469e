#include "verify/gazetteer/place_aliases.hpp"

#include <charconv>

#include "verify/gazetteer/csv_table.hpp"

namespace verify::gazetteer {
namespace {

constexpr std::string_view k_header = "name,lang,lat,lon,country,admin1,kind,source";

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
  auto table = read_csv_table(csv, k_header, source);
  if (!table) return tl::unexpected(table.error());
  std::vector<PlaceAlias> rows;
  for (const CsvRow& line : *table) {
    auto row = row_of(line.fields, line.where);
    if (!row) return tl::unexpected(row.error());
    rows.push_back(std::move(*row));
  }
  return rows;
}

}  // namespace verify::gazetteer
