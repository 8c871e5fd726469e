#pragma once
// Points in time as the report carries them: a UTC instant with the precision
// the source gave (a day, a second, a millisecond). Times compare in UTC.

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace core {

using Millis = std::chrono::sys_time<std::chrono::milliseconds>;

enum class Precision { day, second, millisecond };

struct Instant {
  Millis utc{};
  Precision precision = Precision::second;

  bool operator==(const Instant&) const = default;
};

// ISO 8601 / RFC 3339 forms found in articles and services:
// "2020-04-16", "2020-04-16T10:00Z", "2020-04-16T10:00:00+03:00",
// "2020-04-16 10:00:00", "2024-06-10T05:01:58+0200", "2023-06-17T01:55:30.000Z".
// A date without time is a day (its UTC midnight); a time without offset is read as UTC.
std::optional<Instant> parse_iso8601(std::string_view text);

// "2020-04-16" for a day, "2020-04-16T10:00:00Z" or "…:00.123Z" otherwise.
std::string format_iso8601(const Instant& instant);

std::string format_date(std::chrono::year_month_day date);  // "2020-04-14"
std::optional<std::chrono::year_month_day> parse_date(std::string_view text);  // "2020-04-14"

Instant from_unix_millis(long long ms, Precision precision = Precision::millisecond);
std::chrono::year_month_day utc_date(Millis t);

}  // namespace core
