#include "core/time.hpp"

#include <date/date.h>

#include <array>
#include <sstream>

namespace core {
namespace {

using namespace std::chrono;

// Tries each layout in turn; `has_offset` layouts subtract the parsed offset.
std::optional<Instant> parse_with(std::string_view text, const char* layout, Precision precision) {
  std::istringstream in{std::string(text)};
  date::sys_time<milliseconds> t{};
  in >> date::parse(layout, t);
  if (in.fail()) return std::nullopt;
  in.peek();
  if (!in.eof()) return std::nullopt;  // trailing characters: not this layout
  return Instant{Millis(t.time_since_epoch()), precision};
}

}  // namespace

std::optional<Instant> parse_iso8601(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\n' || text.back() == '\r')) text.remove_suffix(1);
  if (text.size() < 10 || text.size() > 40) return std::nullopt;
  if (text.size() == 10) {
    auto day = parse_date(text);
    if (!day) return std::nullopt;
    return Instant{Millis(sys_days(*day).time_since_epoch()), Precision::day};
  }
  std::string normal(text);
  if (normal.size() > 10 && (normal[10] == ' ' || normal[10] == 't')) normal[10] = 'T';
  if (normal.back() == 'z') normal.back() = 'Z';
  const bool fractional = normal.find('.', 10) != std::string::npos;
  const Precision precision = fractional ? Precision::millisecond : Precision::second;
  // %z accepts +0200 and (with E modifier) +02:00; Z is handled as a literal.
  static constexpr std::array<const char*, 7> layouts = {
      "%FT%TZ", "%FT%T%Ez", "%FT%T%z", "%FT%T", "%FT%RZ", "%FT%R%Ez", "%FT%R",
  };
  for (const char* layout : layouts) {
    if (auto parsed = parse_with(normal, layout, precision)) return parsed;
  }
  return std::nullopt;
}

std::string format_iso8601(const Instant& instant) {
  if (instant.precision == Precision::day) {
    return format_date(utc_date(instant.utc));
  }
  if (instant.precision == Precision::second) {
    return date::format("%FT%TZ", floor<seconds>(instant.utc));
  }
  return date::format("%FT%TZ", instant.utc);
}

std::string format_date(year_month_day day) {
  return date::format("%F", sys_days(day));
}

std::optional<year_month_day> parse_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  std::istringstream in{std::string(text)};
  date::year_month_day parsed{};
  in >> date::parse("%F", parsed);
  if (in.fail() || !parsed.ok()) return std::nullopt;
  return year_month_day{year{int(parsed.year())}, month{unsigned(parsed.month())}, day{unsigned(parsed.day())}};
}

Instant from_unix_millis(long long ms, Precision precision) {
  return Instant{Millis(milliseconds(ms)), precision};
}

year_month_day utc_date(Millis t) {
  return year_month_day{floor<days>(t)};
}

}  // namespace core
