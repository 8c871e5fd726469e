#pragma once
// Times of day, placed in time. "On April 14, 2020 at 3 p.m." is a local
// time: its UTC instant depends on where. A clock time next to a day claim
// ("at 3 p.m.", "at 15:30", "at 9:30 a.m.", "3pm") in a sentence that names a
// place with an IANA time zone becomes that instant, converted through the
// zone (tzdata, so daylight saving is right for the day): the day claim's
// span grows to cover the clock and its note says how it was placed. With no
// such place the claim stays a day and the note says why.
//
//   "The convoy reached Tadmur on April 14, 2020 at 3 p.m."
//     → 2020-04-14T12:00:00Z (15:00 in Asia/Damascus, UTC+03:00)

#include <vector>

#include "core/case.hpp"
#include "verify/claims/found.hpp"
#include "verify/claims/sentences.hpp"

namespace verify::claims {

// A clock time after token `i` ("at 3 p.m."): minutes after midnight and the
// last token it covers.
struct ClockTime {
  int minutes = 0;
  std::size_t last = 0;
};
std::optional<ClockTime> clock_after(const ScanInput& in, std::size_t i);

// Widens each one-day time claim over the clock time that follows it, before
// other finders run, so "3 p.m." is part of the time and never a count.
void attach_clock_times(const ScanInput& in, std::vector<core::Claim>& times);

// Places the widened claims' clock times; `claims` in article order, place claims resolved.
void place_local_times(const ScanInput& in, const Sentences& sentences, std::vector<core::Claim>& claims);

}  // namespace verify::claims
