#include "media/tag_time.hpp"

#include <chrono>
#include <cstdio>
#include <cstdlib>

namespace media {
namespace {

using namespace std::chrono;
using Failure = tl::unexpected<std::string>;

std::string_view trimmed(std::string_view text) {
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\0'; };
  while (!text.empty() && space(text.front())) text.remove_prefix(1);
  while (!text.empty() && space(text.back())) text.remove_suffix(1);
  return text;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Reads exactly `n` digits at `pos`.
std::optional<int> digits(std::string_view text, std::size_t& pos, std::size_t n) {
  if (pos + n > text.size()) return std::nullopt;
  int value = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const char c = text[pos + i];
    if (!is_digit(c)) return std::nullopt;
    value = value * 10 + (c - '0');
  }
  pos += n;
  return value;
}

bool expect(std::string_view text, std::size_t& pos, std::string_view one_of) {
  if (pos >= text.size() || one_of.find(text[pos]) == std::string_view::npos) return false;
  ++pos;
  return true;
}

// A clock reading: the date and time as written, before any offset.
struct Reading {
  int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
  int millis = 0;
  bool fractional = false;  // a fraction with a digit other than 0
  std::string_view rest;    // what follows: the offset, if any
};

// "YYYY<sep>MM<sep>DD<T or space>HH:MM[:SS[.fff…]]…"
std::optional<Reading> read_clock(std::string_view text, std::string_view date_separators, std::string_view time_separators) {
  Reading r;
  std::size_t pos = 0;
  auto year = digits(text, pos, 4);
  if (!year || !expect(text, pos, date_separators)) return std::nullopt;
  auto month = digits(text, pos, 2);
  if (!month || !expect(text, pos, date_separators)) return std::nullopt;
  auto day = digits(text, pos, 2);
  if (!day || !expect(text, pos, time_separators)) return std::nullopt;
  auto hour = digits(text, pos, 2);
  if (!hour || !expect(text, pos, ":")) return std::nullopt;
  auto minute = digits(text, pos, 2);
  if (!minute) return std::nullopt;
  r = Reading{*year, *month, *day, *hour, *minute, 0, 0, false, {}};
  if (pos < text.size() && text[pos] == ':') {
    ++pos;
    auto second = digits(text, pos, 2);
    if (!second) return std::nullopt;
    r.second = *second;
    if (pos < text.size() && (text[pos] == '.' || text[pos] == ',')) {
      ++pos;
      const std::size_t start = pos;
      int scale = 100;
      while (pos < text.size() && is_digit(text[pos])) {
        if (text[pos] != '0') r.fractional = true;
        if (scale > 0) r.millis += (text[pos] - '0') * scale;
        scale /= 10;
        ++pos;
      }
      if (pos == start) return std::nullopt;
    }
  }
  r.rest = text.substr(pos);
  return r;
}

bool never_set(const Reading& r) {
  return (r.year == 1904 || r.year == 1970) && r.month == 1 && r.day == 1;
}

tl::expected<TagTime, std::string> to_time(const Reading& r, std::optional<int> offset, bool zone_known) {
  const year_month_day date{year{r.year}, month{static_cast<unsigned>(r.month)}, day{static_cast<unsigned>(r.day)}};
  if (!date.ok()) return Failure("no such date");
  if (r.hour > 23 || r.minute > 59 || r.second > 59) return Failure("no such time of day");
  TagTime t;
  const auto local = sys_days(date) + hours(r.hour) + minutes(r.minute) + seconds(r.second) + milliseconds(r.millis);
  t.instant.utc = core::Millis(local.time_since_epoch()) - minutes(offset.value_or(0));
  t.instant.precision = r.fractional ? core::Precision::millisecond : core::Precision::second;
  t.zone_known = zone_known;
  t.offset_minutes = offset;
  t.unset = never_set(r);
  return t;
}

// EXIF cameras without a set clock write zeros, or blanks in the same layout.
bool exif_blank(std::string_view text) {
  for (char c : text) {
    if (c != '0' && c != ' ' && c != ':') return false;
  }
  return true;
}

}  // namespace

std::optional<int> parse_utc_offset(std::string_view text) {
  text = trimmed(text);
  if (text == "Z" || text == "z") return 0;
  if (text.empty() || (text[0] != '+' && text[0] != '-')) return std::nullopt;
  const int sign = text[0] == '-' ? -1 : 1;
  std::size_t pos = 1;
  const auto hh = digits(text, pos, 2);
  if (!hh) return std::nullopt;
  int mm = 0;
  if (pos < text.size()) {
    if (text[pos] == ':') ++pos;
    const auto m = digits(text, pos, 2);
    if (!m || pos != text.size()) return std::nullopt;
    mm = *m;
  }
  if (mm > 59 || *hh * 60 + mm > 14 * 60) return std::nullopt;
  return sign * (*hh * 60 + mm);
}

tl::expected<TagTime, std::string> parse_tag_time(std::string_view text, NoOffset no_offset) {
  text = trimmed(text);
  if (text.empty()) return Failure("empty");
  if (text.size() > 64) return Failure("longer than a time");
  const auto r = read_clock(text, "-", "Tt ");
  if (!r) return Failure("not an ISO 8601 date and time");
  if (r->rest.empty()) {
    return to_time(*r, no_offset == NoOffset::utc ? std::optional<int>(0) : std::nullopt, no_offset == NoOffset::utc);
  }
  const auto offset = parse_utc_offset(r->rest);
  if (!offset) return Failure("\"" + std::string(r->rest) + "\" is not a UTC offset");
  return to_time(*r, offset, true);
}

tl::expected<TagTime, std::string> parse_exif_time(std::string_view date_time, std::string_view offset_text) {
  date_time = trimmed(date_time);
  offset_text = trimmed(offset_text);
  if (date_time.empty()) return Failure("empty");
  if (date_time.size() > 64) return Failure("longer than a time");
  if (exif_blank(date_time)) {
    TagTime blank;
    blank.unset = true;
    blank.zone_known = false;
    return blank;
  }
  const auto r = read_clock(date_time, ":-", " T");
  if (!r || !r->rest.empty()) return Failure("not an EXIF date and time (YYYY:MM:DD HH:MM:SS)");
  if (offset_text.empty()) return to_time(*r, std::nullopt, false);
  const auto offset = parse_utc_offset(offset_text);
  if (!offset) return Failure("offset \"" + std::string(offset_text) + "\" is not a UTC offset");
  return to_time(*r, offset, true);
}

std::string wall_clock_text(const TagTime& time) {
  const auto at = floor<seconds>(time.instant.utc) + minutes(time.offset_minutes.value_or(0));
  const auto day = floor<days>(at);
  const year_month_day date{day};
  const hh_mm_ss clock{at - day};
  char text[32];
  std::snprintf(text, sizeof text, "%04d-%02u-%02uT%02d:%02d:%02d", static_cast<int>(date.year()),
                static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()), static_cast<int>(clock.hours().count()),
                static_cast<int>(clock.minutes().count()), static_cast<int>(clock.seconds().count()));
  return text;
}

std::string offset_text(int minutes) {
  char text[16];
  std::snprintf(text, sizeof text, "%c%02d:%02d", minutes < 0 ? '-' : '+', std::abs(minutes) / 60, std::abs(minutes) % 60);
  return text;
}

}  // namespace media
