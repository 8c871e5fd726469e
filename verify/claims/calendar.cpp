#include "verify/claims/calendar.hpp"

#include <array>
#include <string>

#include "verify/claims/tokens.hpp"

namespace verify::claims {
namespace {

using namespace std::chrono;

constexpr std::array<std::string_view, 12> k_months{"january", "february", "march",     "april",   "may",      "june",
                                                    "july",    "august",   "september", "october", "november", "december"};

constexpr std::array<std::string_view, 7> k_weekdays{"sunday",   "monday", "tuesday", "wednesday",
                                                     "thursday", "friday", "saturday"};

struct ArabicMonth {
  std::string_view first;
  std::string_view second;  // empty for one-word names
  unsigned month;
};

constexpr std::array<ArabicMonth, 30> k_arabic_months{{
    {"كانون", "الثاني", 1}, {"شباط", "", 2},   {"آذار", "", 3},    {"اذار", "", 3},     {"نيسان", "", 4},
    {"أيار", "", 5},         {"ايار", "", 5},   {"حزيران", "", 6},  {"تموز", "", 7},     {"آب", "", 8},
    {"أيلول", "", 9},        {"ايلول", "", 9},  {"تشرين", "الأول", 10}, {"تشرين", "الثاني", 11},
    {"كانون", "الأول", 12},  {"يناير", "", 1},  {"فبراير", "", 2},  {"مارس", "", 3},     {"أبريل", "", 4},
    {"ابريل", "", 4},        {"إبريل", "", 4},  {"مايو", "", 5},    {"يونيو", "", 6},    {"يونيه", "", 6},
    {"يوليو", "", 7},        {"يوليه", "", 7},  {"أغسطس", "", 8},   {"سبتمبر", "", 9},   {"أكتوبر", "", 10},
    {"نوفمبر", "", 11},
}};

constexpr std::array<ArabicMonth, 3> k_arabic_months_more{{
    {"ديسمبر", "", 12}, {"اكتوبر", "", 10}, {"اغسطس", "", 8}}};

// "apr", "apr.", "sept" and the full name; at least three letters.
bool abbreviates(std::string_view word, std::string_view full) {
  if (!word.empty() && word.back() == '.') word.remove_suffix(1);
  if (word.size() < 3 || word.size() > full.size()) return false;
  if (word == full) return true;
  return (word.size() == 3 || (word.size() == 4 && full == "september")) && full.substr(0, word.size()) == word;
}

std::optional<unsigned> arabic_in(const auto& table, std::string_view word, std::string_view next, bool& used_next) {
  for (const auto& m : table) {
    if (m.first != word) continue;
    if (m.second.empty()) return m.month;
    if (m.second == next) {
      used_next = true;
      return m.month;
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<unsigned> english_month(std::string_view word) {
  const std::string lower = lower_ascii(word);
  for (unsigned i = 0; i < k_months.size(); ++i) {
    if (abbreviates(lower, k_months[i])) return i + 1;
  }
  return std::nullopt;
}

std::optional<unsigned> arabic_month(std::string_view word, std::string_view next, bool& used_next) {
  used_next = false;
  if (auto m = arabic_in(k_arabic_months, word, next, used_next)) return m;
  return arabic_in(k_arabic_months_more, word, next, used_next);
}

std::optional<unsigned> english_weekday(std::string_view word) {
  const std::string lower = lower_ascii(word);
  for (unsigned i = 0; i < k_weekdays.size(); ++i) {
    if (lower == k_weekdays[i]) return i;
  }
  return std::nullopt;
}

core::Instant day_instant(sys_days day) { return core::Instant{core::Millis(day), core::Precision::day}; }

core::TimeRange day_range(sys_days first, sys_days last) { return core::TimeRange{day_instant(first), day_instant(last)}; }

sys_days day_of(const core::Instant& t) { return floor<days>(t.utc); }

sys_days week_monday(sys_days day) {
  const weekday wd{day};
  return day - days((wd.c_encoding() + 6) % 7);
}

}  // namespace verify::claims
