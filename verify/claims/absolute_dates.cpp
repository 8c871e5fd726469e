#include "verify/claims/absolute_dates.hpp"

#include <fmt/format.h>

#include "verify/claims/calendar.hpp"

namespace verify::claims {
namespace {

using namespace std::chrono;

struct DateParts {
  std::size_t first = 0;
  std::size_t last = 0;
  long long year = -1;  // -1: not stated
  unsigned month = 0;
  long long day = -1;   // -1: the whole month
};

long long number_at(const ScanInput& in, std::size_t i, std::size_t max_digits) {
  if (i >= in.tokens.size() || in.tokens[i].kind != TokenKind::number) return -1;
  const auto word = word_at(in, i);
  const long long v = number_value(word);
  return (v < 0 || word.size() > max_digits * 2) ? -1 : v;  // Arabic-Indic digits take two bytes
}

bool is_year(long long v) { return v >= 1000 && v <= 9999; }
bool is_day(long long v) { return v >= 1 && v <= 99; }  // validity is judged later, with a note

// The date's value, or a note on why there is none.
void resolve(const ScanInput& in, const DateParts& d, core::Claim& claim) {
  long long year = d.year;
  if (year < 0 && !in.published) {
    claim.note = "unresolved: the date states no year and the article states no published time";
    return;
  }
  if (year < 0) year = static_cast<int>(year_month_day(day_of(*in.published)).year());
  const year_month first{std::chrono::year(static_cast<int>(year)), std::chrono::month(d.month)};
  if (d.day < 0) {
    claim.value = day_range(sys_days(first / 1), sys_days(first / last));
    return;
  }
  const year_month_day date{first / std::chrono::day(static_cast<unsigned>(d.day))};
  if (!date.ok()) {
    claim.note = fmt::format("the date does not exist: day {} of month {} in {}", d.day, d.month, year);
    return;
  }
  claim.value = day_range(sys_days(date), sys_days(date));
  if (d.year < 0) claim.note = fmt::format("no year stated: read as {}, the published year", year);
}

// "2020-04-14" as one token.
std::optional<DateParts> iso_date(const ScanInput& in, std::size_t i) {
  const auto w = word_at(in, i);
  if (w.size() != 10 || w[4] != '-' || w[7] != '-') return std::nullopt;
  const long long y = number_value(w.substr(0, 4)), m = number_value(w.substr(5, 2)), d = number_value(w.substr(8, 2));
  if (y < 0 || m < 0 || d < 0) return std::nullopt;
  if (m < 1 || m > 12) return DateParts{i, i, y, 0, d};
  return DateParts{i, i, y, static_cast<unsigned>(m), d};
}

// "14/04/2020" or "14.04.2020": day, month, four-digit year.
std::optional<DateParts> numeric_date(const ScanInput& in, std::size_t i) {
  const long long d = number_at(in, i, 2);
  if (d < 0 || i + 4 >= in.tokens.size()) return std::nullopt;
  const auto sep = word_at(in, i + 1);
  if ((sep != "/" && sep != ".") || word_at(in, i + 3) != sep) return std::nullopt;
  const long long m = number_at(in, i + 2, 2), y = number_at(in, i + 4, 4);
  if (m < 0 || !is_year(y)) return std::nullopt;
  if (m < 1 || m > 12) return DateParts{i, i + 4, y, 0, d};
  return DateParts{i, i + 4, y, static_cast<unsigned>(m), d};
}

// "April 14, 2020", "Apr. 14", "14 April 2020", "April 2020".
std::optional<DateParts> english_date(const ScanInput& in, std::size_t i) {
  const auto word = word_at(in, i);
  if (!is_capitalised(word)) return std::nullopt;
  const auto month = english_month(word);
  if (!month) return std::nullopt;
  std::size_t next = i + 1;
  if (is_punct(in, next, ".")) ++next;
  if (const long long d = number_at(in, next, 2); is_day(d)) {
    DateParts parts{i, next, -1, *month, d};
    std::size_t y = next + 1;
    if (is_punct(in, y, ",")) ++y;
    if (const long long year = number_at(in, y, 4); is_year(year)) parts = DateParts{i, y, year, *month, d};
    return parts;
  }
  if (i > 0 && is_day(number_at(in, i - 1, 2))) {
    DateParts parts{i - 1, i, -1, *month, number_at(in, i - 1, 2)};
    if (const long long year = number_at(in, next, 4); is_year(year)) parts = DateParts{i - 1, next, year, *month, parts.day};
    return parts;
  }
  if (const long long year = number_at(in, next, 4); is_year(year) && word.size() > 3) {
    return DateParts{i, next, year, *month, -1};
  }
  return std::nullopt;
}

// "14 نيسان 2020", "١٤ نيسان/أبريل ٢٠٢٠", "تشرين الأول 2019".
std::optional<DateParts> arabic_date(const ScanInput& in, std::size_t i) {
  bool used_next = false;
  const auto month = arabic_month(word_at(in, i), word_at(in, i + 1), used_next);
  if (!month) return std::nullopt;
  std::size_t next = i + (used_next ? 2 : 1);
  bool alt = false;
  if (is_punct(in, next, "/") && arabic_month(word_at(in, next + 1), word_at(in, next + 2), alt)) next += alt ? 3 : 2;
  const long long d = i > 0 ? number_at(in, i - 1, 2) : -1;
  const long long year = number_at(in, next, 4);
  if (!is_day(d) && !is_year(year)) return std::nullopt;
  const std::size_t first = is_day(d) ? i - 1 : i;
  const std::size_t last = is_year(year) ? next : next - 1;
  return DateParts{first, last, is_year(year) ? year : -1, *month, is_day(d) ? d : -1};
}

std::optional<DateParts> date_at(const ScanInput& in, std::size_t i) {
  if (in.tokens[i].kind == TokenKind::number) return numeric_date(in, i);
  if (auto d = iso_date(in, i)) return d;
  if (auto d = english_date(in, i)) return d;
  return arabic_date(in, i);
}

}  // namespace

std::vector<core::Claim> find_absolute_dates(const ScanInput& in) {
  std::vector<core::Claim> claims;
  std::size_t next_free = 0;  // tokens before this belong to a date already found
  for (std::size_t i = 0; i < in.tokens.size(); ++i) {
    auto parts = date_at(in, i);
    if (!parts || parts->first < next_free) continue;
    core::Claim claim = claim_over(in, core::ClaimKind::time, parts->first, parts->last);
    if (parts->month == 0) {
      claim.note = "the date does not exist: the month is out of range";
    } else {
      resolve(in, *parts, claim);
    }
    claims.push_back(std::move(claim));
    next_free = parts->last + 1;
    i = parts->last;
  }
  return claims;
}

}  // namespace verify::claims
