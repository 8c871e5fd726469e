#include "verify/claims/relative_dates.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <string>

#include "verify/claims/calendar.hpp"

namespace verify::claims {
namespace {

using namespace std::chrono;

using Resolver = core::TimeRange (*)(sys_days);

struct Phrase {
  std::string_view words;  // lower case, single spaces
  Resolver resolve;
};

core::TimeRange same_day(sys_days p) { return day_range(p, p); }
core::TimeRange day_before(sys_days p) { return day_range(p - days(1), p - days(1)); }
core::TimeRange seven_days(sys_days p) { return day_range(p - days(7), p); }
core::TimeRange week_before(sys_days p) { return day_range(week_monday(p) - days(7), week_monday(p) - days(1)); }
core::TimeRange month_so_far(sys_days p) {
  const year_month_day d{p};
  return day_range(sys_days(d.year() / d.month() / 1), p);
}
core::TimeRange month_before(sys_days p) {
  const year_month_day d{p};
  const year_month prev = d.year() / d.month() - months(1);
  return day_range(sys_days(prev / 1), sys_days(prev / last));
}
core::TimeRange year_so_far(sys_days p) { return day_range(sys_days(year_month_day{p}.year() / January / 1), p); }
core::TimeRange year_before(sys_days p) {
  const auto y = year_month_day{p}.year() - years(1);
  return day_range(sys_days(y / January / 1), sys_days(y / December / 31));
}

// Longest phrases first, so "earlier this month" wins over "this month".
constexpr std::array<Phrase, 17> k_phrases{{
    {"earlier this week", seven_days}, {"earlier this month", month_so_far}, {"earlier this year", year_so_far},
    {"this morning", same_day},        {"this afternoon", same_day},         {"this evening", same_day},
    {"last night", day_before},        {"this week", seven_days},            {"last week", week_before},
    {"this month", month_so_far},      {"last month", month_before},         {"this year", year_so_far},
    {"last year", year_before},        {"today", same_day},                  {"tonight", same_day},
    {"yesterday", day_before},         {"past week", seven_days},
}};

std::size_t word_count(std::string_view s) { return 1 + static_cast<std::size_t>(std::count(s.begin(), s.end(), ' ')); }

// The lower-case words of tokens [i, i+n), joined by single spaces.
std::string words_from(const ScanInput& in, std::size_t i, std::size_t n) {
  std::string out;
  for (std::size_t k = i; k < i + n && k < in.tokens.size(); ++k) {
    if (in.tokens[k].kind == TokenKind::punct) return {};
    out += (out.empty() ? "" : " ") + lower_ascii(word_at(in, k));
  }
  return out;
}

std::string week_note(sys_days p) {
  const auto seven = seven_days(p);
  const sys_days monday = week_monday(p);
  return fmt::format("this week = the 7 days ending at the published time, {} – {}; the calendar week (Monday–Sunday) "
                     "containing the published day is {} – {}",
                     core::format_iso8601(seven.start), core::format_iso8601(seven.end),
                     core::format_date(year_month_day{monday}), core::format_date(year_month_day{monday + days(6)}));
}

// "last Tuesday" (strictly before) or "on Tuesday" (on or before).
std::optional<core::Claim> weekday_claim(const ScanInput& in, std::size_t i) {
  const std::string lead = lower_ascii(word_at(in, i));
  if ((lead != "last" && lead != "on") || !is_capitalised(word_at(in, i + 1))) return std::nullopt;
  const auto wd = english_weekday(word_at(in, i + 1));
  if (!wd) return std::nullopt;
  core::Claim claim = claim_over(in, core::ClaimKind::time, i, i + 1);
  if (!in.published) {
    claim.note = k_no_published;
    return claim;
  }
  const sys_days p = day_of(*in.published);
  const unsigned today = weekday{p}.c_encoding();
  unsigned back = (today + 7 - *wd) % 7;
  if (lead == "last" && back == 0) back = 7;
  claim.value = same_day(p - days(back));
  claim.note = lead == "last" ? "read as the latest such weekday before the published day"
                              : "read as the latest such weekday on or before the published day";
  return claim;
}

std::optional<core::Claim> phrase_claim(const ScanInput& in, std::size_t i, std::size_t& used) {
  for (const auto& phrase : k_phrases) {
    const std::size_t n = word_count(phrase.words);
    if (words_from(in, i, n) != phrase.words) continue;
    core::Claim claim = claim_over(in, core::ClaimKind::time, i, i + n - 1);
    used = n;
    if (!in.published) {
      claim.note = k_no_published;
      return claim;
    }
    const sys_days p = day_of(*in.published);
    claim.value = phrase.resolve(p);
    if (phrase.resolve == &seven_days) claim.note = week_note(p);
    if (phrase.resolve == &week_before) claim.note = "last week = the calendar week (Monday–Sunday) before the published day's";
    return claim;
  }
  return std::nullopt;
}

// Cheap test before any phrase is compared: the first words of every phrase.
bool may_start_phrase(std::string_view word) {
  if (word.size() < 2 || word.size() > 9) return false;
  const std::string lower = lower_ascii(word);
  return lower == "earlier" || lower == "this" || lower == "last" || lower == "today" || lower == "tonight" ||
         lower == "yesterday" || lower == "past" || lower == "on";
}

}  // namespace

std::vector<core::Claim> find_relative_dates(const ScanInput& in) {
  std::vector<core::Claim> claims;
  for (std::size_t i = 0; i < in.tokens.size(); ++i) {
    if (in.tokens[i].kind != TokenKind::word || !may_start_phrase(word_at(in, i))) continue;
    if (auto claim = weekday_claim(in, i)) {
      claims.push_back(std::move(*claim));
      ++i;
      continue;
    }
    std::size_t used = 1;
    if (auto claim = phrase_claim(in, i, used)) {
      claims.push_back(std::move(*claim));
      i += used - 1;
    }
  }
  return claims;
}

bool is_relative_phrase(std::string_view claim_text) {
  const std::string lower = lower_ascii(claim_text);
  for (const auto& phrase : k_phrases) {
    if (lower == phrase.words) return true;
  }
  return (lower.rfind("last ", 0) == 0 || lower.rfind("on ", 0) == 0) &&
         english_weekday(lower.substr(lower.find(' ') + 1)).has_value();
}

bool is_this_week(std::string_view claim_text) {
  const std::string lower = lower_ascii(claim_text);
  return lower == "this week" || lower == "earlier this week" || lower == "past week";
}

core::TimeRange seven_days_ending(const core::Instant& published) { return seven_days(day_of(published)); }

core::TimeRange calendar_week(const core::Instant& published) {
  const sys_days monday = week_monday(day_of(published));
  return day_range(monday, monday + days(6));
}

}  // namespace verify::claims
