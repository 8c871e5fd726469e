#include "media/iso6709.hpp"

#include <charconv>
#include <cmath>

namespace media {
namespace {

using Failure = tl::unexpected<std::string>;

// One signed number of the string: "+3746.5" → negative false, integer "3746", fraction "5".
struct Component {
  std::string_view text;  // as written, sign included, for messages
  bool negative = false;
  std::string_view integer;
  std::string_view fraction;  // digits after the point; empty when none
  bool has_point = false;
};

bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::string_view digits_at(std::string_view text, std::size_t& pos) {
  const std::size_t start = pos;
  while (pos < text.size() && is_digit(text[pos])) ++pos;
  return text.substr(start, pos - start);
}

std::optional<Component> read_component(std::string_view text, std::size_t& pos) {
  if (pos >= text.size() || (text[pos] != '+' && text[pos] != '-')) return std::nullopt;
  Component c;
  const std::size_t start = pos;
  c.negative = text[pos++] == '-';
  c.integer = digits_at(text, pos);
  if (pos < text.size() && text[pos] == '.') {
    c.has_point = true;
    ++pos;
    c.fraction = digits_at(text, pos);
  }
  c.text = text.substr(start, pos - start);
  return c;
}

// The digits as a number: "37" + "7858" → 37.7858, read exactly as written.
double number(std::string_view integer, std::string_view fraction) {
  std::string text(integer.empty() ? "0" : integer);
  if (!fraction.empty()) text.append(".").append(fraction);
  double value = 0;
  std::from_chars(text.data(), text.data() + text.size(), value);
  return value;
}

// An angle in any of the three forms; `degree_digits` is 2 for latitude, 3 for longitude.
tl::expected<double, std::string> angle(const Component& c, std::size_t degree_digits, double max, const char* what) {
  const std::string shown(c.text);
  if (c.integer.empty()) return Failure(std::string(what) + " " + shown + " has no digits before the point");
  if (c.has_point && c.fraction.empty()) return Failure(std::string(what) + " " + shown + " has no digits after the point");
  const std::size_t n = c.integer.size();
  double value = 0;
  if (n <= degree_digits) {
    value = number(c.integer, c.fraction);
  } else if (n == degree_digits + 2 || n == degree_digits + 4) {
    const double degrees = number(c.integer.substr(0, degree_digits), {});
    const bool with_seconds = n == degree_digits + 4;
    const double minutes = with_seconds ? number(c.integer.substr(degree_digits, 2), {})
                                        : number(c.integer.substr(degree_digits), c.fraction);
    const double seconds = with_seconds ? number(c.integer.substr(degree_digits + 2), c.fraction) : 0;
    if (minutes >= 60) return Failure(std::string(what) + " " + shown + " has 60 or more minutes");
    if (seconds >= 60) return Failure(std::string(what) + " " + shown + " has 60 or more seconds");
    value = std::round((degrees + minutes / 60 + seconds / 3600) * 1e7) / 1e7;  // to 1e-7°, about 1 cm
  } else {
    return Failure(std::string(what) + " " + shown + " has " + std::to_string(n) + " integer digits: not degrees, degrees-minutes or degrees-minutes-seconds");
  }
  if (!std::isfinite(value) || value > max) {
    return Failure(std::string(what) + " " + shown + " is out of range (at most " + std::to_string(static_cast<int>(max)) + "°)");
  }
  return c.negative ? -value : value;
}

bool crs_char(char c) {
  return is_digit(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c == ':' || c == '.' || c == '-';
}

std::string_view trimmed(std::string_view text) {
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\0'; };
  while (!text.empty() && space(text.front())) text.remove_prefix(1);
  while (!text.empty() && space(text.back())) text.remove_suffix(1);
  return text;
}

// What follows the coordinates: "CRSWGS_84", then "/" and a place name, or nothing.
tl::expected<void, std::string> read_tail(std::string_view text, std::size_t pos, Iso6709Point& point) {
  if (text.substr(pos, 3) == "CRS") {
    pos += 3;
    const std::size_t start = pos;
    while (pos < text.size() && crs_char(text[pos])) ++pos;
    if (pos == start) return Failure("\"CRS\" names no reference system");
    point.crs = std::string(text.substr(start, pos - start));
  }
  if (pos == text.size()) return {};
  if (text[pos] != '/') return Failure("unexpected \"" + std::string(text.substr(pos, 12)) + "\" after the coordinates");
  point.place = std::string(trimmed(text.substr(pos + 1)));
  return {};
}

}  // namespace

tl::expected<Iso6709Point, std::string> parse_iso6709(std::string_view text) {
  text = trimmed(text);
  if (text.empty()) return Failure("empty");
  if (text.size() > 1024) return Failure("longer than 1024 bytes");
  std::size_t pos = 0;
  const auto lat_part = read_component(text, pos);
  if (!lat_part) return Failure("does not start with a signed latitude");
  const auto lon_part = read_component(text, pos);
  if (!lon_part) return Failure("no signed longitude after the latitude " + std::string(lat_part->text));
  const auto lat = angle(*lat_part, 2, 90, "latitude");
  if (!lat) return Failure(lat.error());
  const auto lon = angle(*lon_part, 3, 180, "longitude");
  if (!lon) return Failure(lon.error());
  Iso6709Point point;
  point.lat = *lat;
  point.lon = *lon;
  if (const auto alt = read_component(text, pos)) {
    if (alt->integer.empty() || (alt->has_point && alt->fraction.empty())) {
      return Failure("altitude " + std::string(alt->text) + " is not a number");
    }
    const double metres = number(alt->integer, alt->fraction);
    if (!std::isfinite(metres) || metres > 1e6) return Failure("altitude " + std::string(alt->text) + " is out of range");
    point.altitude_m = alt->negative ? -metres : metres;
  }
  if (auto tail = read_tail(text, pos, point); !tail) return Failure(tail.error());
  return point;
}

}  // namespace media
