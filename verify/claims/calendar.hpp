#pragma once
// Names of months and weekdays (English and Arabic) and day arithmetic for
// time claims. A claimed TimeRange holds two day-precision instants: the
// first and the last day it covers, both whole days (UTC).

#include <chrono>
#include <optional>
#include <string_view>

#include "core/case.hpp"

namespace verify::claims {

// 1–12 for "April", "apr", "Apr.", "Sept"; nullopt otherwise. Case-insensitive.
std::optional<unsigned> english_month(std::string_view word);
// 1–12 for Levantine (نيسان) and Egyptian (أبريل) month names; the two-word
// Levantine names (تشرين الأول, كانون الثاني) are read from `next`.
// `used_next` says whether `next` was part of the name.
std::optional<unsigned> arabic_month(std::string_view word, std::string_view next, bool& used_next);
// 0 (Sunday) – 6 (Saturday) for "Tuesday", "tuesday"; nullopt otherwise.
std::optional<unsigned> english_weekday(std::string_view word);

core::Instant day_instant(std::chrono::sys_days day);
core::TimeRange day_range(std::chrono::sys_days first, std::chrono::sys_days last);
std::chrono::sys_days day_of(const core::Instant& t);

// Monday of the ISO week containing `day`.
std::chrono::sys_days week_monday(std::chrono::sys_days day);

}  // namespace verify::claims
