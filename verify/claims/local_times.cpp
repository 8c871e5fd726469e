#include "verify/claims/local_times.hpp"

#include <date/tz.h>
#include <fmt/format.h>

#include <algorithm>

#include "verify/claims/calendar.hpp"

namespace verify::claims {
namespace {

using namespace std::chrono;

// Tokens a clock may sit after its day: "April 14, 2020, at 3 p.m."
constexpr std::size_t k_clock_reach = 3;
// Claims looked at either side for the place: bounds the work on a run-on line.
constexpr std::size_t k_place_reach = 24;

bool is_number(const ScanInput& in, std::size_t i) {
  return i < in.tokens.size() && in.tokens[i].kind == TokenKind::number;
}

// "p.m", "pm", "p.m." → 12; "a.m", "am" → 0; else -1.
int meridiem(std::string_view w) {
  const std::string lower = lower_ascii(w);
  if (lower == "p.m" || lower == "pm" || lower == "p.m.") return 12;
  if (lower == "a.m" || lower == "am" || lower == "a.m.") return 0;
  return -1;
}

// "3pm" as one token.
std::optional<ClockTime> glued(const ScanInput& in, std::size_t i) {
  const auto w = word_at(in, i);
  const std::size_t digits = static_cast<std::size_t>(std::find_if(w.begin(), w.end(), [](char c) {
                                                        return c < '0' || c > '9';
                                                      }) - w.begin());
  if (digits == 0 || digits > 2) return std::nullopt;
  const int half = meridiem(w.substr(digits));
  const long long hour = number_value(w.substr(0, digits));
  if (half < 0 || hour < 1 || hour > 12) return std::nullopt;
  return ClockTime{static_cast<int>(hour % 12 + half) * 60, i};
}

}  // namespace

std::optional<ClockTime> clock_after(const ScanInput& in, std::size_t i) {
  if (lower_ascii(word_at(in, i)) != "at") return std::nullopt;
  const std::size_t h = i + 1;
  if (auto g = glued(in, h)) return g;
  if (!is_number(in, h)) return std::nullopt;
  const long long hour = number_value(word_at(in, h));
  long long minute = 0;
  std::size_t last = h;
  if (is_punct(in, h + 1, ":") && is_number(in, h + 2) && word_at(in, h + 2).size() == 2) {
    minute = number_value(word_at(in, h + 2));
    last = h + 2;
  }
  const int half = meridiem(word_at(in, last + 1));
  if (half >= 0) {
    if (hour < 1 || hour > 12 || minute < 0 || minute > 59) return std::nullopt;
    return ClockTime{static_cast<int>((hour % 12 + half) * 60 + minute), last + 1};
  }
  if (last == h || hour < 0 || hour > 23 || minute < 0 || minute > 59) return std::nullopt;  // "at 3" alone is not a time
  return ClockTime{static_cast<int>(hour * 60 + minute), last};
}

namespace {

const core::Place* zoned_place(const core::Claim& c) {
  const auto* p = c.kind == core::ClaimKind::place ? std::get_if<core::Place>(&c.value) : nullptr;
  return p != nullptr && !p->timezone.empty() ? p : nullptr;
}

// The place whose zone a time in claim `i` is read in: the nearest zoned place in the sentence.
const core::Place* place_for(const Sentences& sentences, const std::vector<core::Claim>& claims, std::size_t i) {
  const std::size_t sentence = sentences.of(claims[i].span);
  const core::Place* best = nullptr;
  std::size_t best_gap = static_cast<std::size_t>(-1);
  for (std::size_t j = i; j-- > 0 && i - j <= k_place_reach && sentences.of(claims[j].span) == sentence;) {
    if (const auto* p = zoned_place(claims[j])) {
      best = p;
      best_gap = i - j;
      break;
    }
  }
  for (std::size_t j = i + 1; j < claims.size() && j - i < best_gap && j - i <= k_place_reach &&
                              sentences.of(claims[j].span) == sentence;
       ++j) {
    if (const auto* p = zoned_place(claims[j])) return p;
  }
  return best;
}

std::string format_offset(seconds offset) {
  const auto minutes = duration_cast<std::chrono::minutes>(offset).count();
  return fmt::format("UTC{}{:02}:{:02}", minutes < 0 ? '-' : '+', std::abs(minutes) / 60, std::abs(minutes) % 60);
}

void add_note(core::Claim& claim, const std::string& note) {
  claim.note = claim.note.empty() ? note : claim.note + "; " + note;
}

bool is_single_day(const core::Claim& claim) {
  const auto* range = std::get_if<core::TimeRange>(&claim.value);
  return claim.kind == core::ClaimKind::time && range != nullptr && range->start == range->end &&
         range->start.precision == core::Precision::day;
}

std::size_t first_token_at(const ScanInput& in, std::size_t offset) {
  return static_cast<std::size_t>(std::lower_bound(in.tokens.begin(), in.tokens.end(), offset,
                                                   [](const Token& t, std::size_t o) { return t.start < o; }) -
                                  in.tokens.begin());
}

// The clock right after a day claim's span, if any: "April 14, 2020 at 3 p.m."
std::optional<ClockTime> clock_following(const ScanInput& in, const core::Span& span) {
  std::size_t i = first_token_at(in, span.end);
  for (std::size_t k = 0; k < k_clock_reach && i < in.tokens.size(); ++k, ++i) {
    if (auto clock = clock_after(in, i)) return clock;
    if (in.tokens[i].kind == TokenKind::word) return std::nullopt;  // only punctuation may stand between
  }
  return std::nullopt;
}

// The clock a widened claim ends with: the last "at" in its span that reads to its end.
std::optional<ClockTime> clock_ending(const ScanInput& in, const core::Span& span) {
  const std::size_t first = first_token_at(in, span.start);
  for (std::size_t i = first_token_at(in, span.end); i-- > first;) {
    auto clock = clock_after(in, i);
    if (clock && in.tokens[clock->last].end == span.end) return clock;
  }
  return std::nullopt;
}

void place_one(const ScanInput& in, const Sentences& sentences, std::vector<core::Claim>& claims, std::size_t i) {
  core::Claim& claim = claims[i];
  if (!is_single_day(claim)) return;
  const auto clock = clock_ending(in, claim.span);
  if (!clock) return;
  auto* range = std::get_if<core::TimeRange>(&claim.value);
  const std::string hhmm = fmt::format("{:02}:{:02}", clock->minutes / 60, clock->minutes % 60);
  const core::Place* place = place_for(sentences, claims, i);
  if (place == nullptr) {
    add_note(claim, "time of day " + hhmm + " not placed: no place with a time zone in the sentence; the day is kept");
    return;
  }
  try {
    const auto* zone = date::locate_zone(place->timezone);
    const date::local_seconds local{duration_cast<seconds>(range->start.utc.time_since_epoch()) + minutes(clock->minutes)};
    const auto info = zone->get_info(local);
    if (info.result != date::local_info::unique) {
      add_note(claim, fmt::format("{} in {} ({}) is skipped or repeated by a clock change; the day is kept", hhmm,
                                  place->name, place->timezone));
      return;
    }
    const auto utc = zone->to_sys(local);
    const core::Instant at{core::Millis(duration_cast<milliseconds>(utc.time_since_epoch())), core::Precision::second};
    range->start = range->end = at;
    add_note(claim, fmt::format("{} local time in {} ({}, {})", hhmm, place->name, place->timezone,
                                format_offset(info.first.offset)));
  } catch (const std::exception&) {
    add_note(claim, "time of day " + hhmm + " not placed: unknown time zone " + place->timezone);
  }
}

}  // namespace

void attach_clock_times(const ScanInput& in, std::vector<core::Claim>& times) {
  for (auto& claim : times) {
    if (!is_single_day(claim)) continue;
    if (const auto clock = clock_following(in, claim.span)) {
      claim.span.end = in.tokens[clock->last].end;
      claim.text = std::string(in.text.substr(claim.span.start, claim.span.end - claim.span.start));
    }
  }
}

void place_local_times(const ScanInput& in, const Sentences& sentences, std::vector<core::Claim>& claims) {
  for (std::size_t i = 0; i < claims.size(); ++i) place_one(in, sentences, claims, i);
}

}  // namespace verify::claims
