#include "verify/gazetteer/geonames.hpp"

#include <charconv>

namespace verify::gazetteer {
namespace {

constexpr std::size_t k_columns = 19;

std::vector<std::string_view> split(std::string_view text, char separator) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  while (true) {
    const std::size_t end = text.find(separator, start);
    parts.push_back(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    if (end == std::string_view::npos) return parts;
    start = end + 1;
  }
}

template <class T>
bool parse_number(std::string_view text, T& out) {
  if (text.empty()) return false;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  return ec == std::errc() && end == text.data() + text.size();
}

}  // namespace

std::optional<GeoNamesRow> parse_geonames_line(std::string_view line) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  const auto cols = split(line, '\t');
  if (cols.size() != k_columns) return std::nullopt;
  GeoNamesRow row;
  if (!parse_number(cols[0], row.id) || !parse_number(cols[4], row.lat) || !parse_number(cols[5], row.lon)) {
    return std::nullopt;
  }
  if (row.lat < -90 || row.lat > 90 || row.lon < -180 || row.lon > 180 || cols[1].empty()) return std::nullopt;
  row.name = cols[1];
  row.ascii_name = cols[2];
  if (!cols[3].empty()) {
    for (std::string_view alt : split(cols[3], ',')) {
      if (!alt.empty()) row.alternate_names.emplace_back(alt);
    }
  }
  row.feature_code = cols[7];
  row.country = cols[8];
  row.admin1_code = cols[10];
  row.admin2_code = cols[11];
  if (!parse_number(cols[14], row.population)) row.population = 0;
  row.timezone = cols[17];
  return row;
}

}  // namespace verify::gazetteer
