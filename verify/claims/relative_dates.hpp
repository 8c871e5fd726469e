#pragma once
// Relative time phrases resolved against the article's published time (UTC,
// whole days): "today", "tonight", "yesterday", "last night", "this week",
// "earlier this week", "last week", "this month", "earlier this month",
// "last month", "this year", "last year", "last Tuesday", "on Tuesday".
// With no published time the claim has no value and the note
// k_no_published: nothing is guessed.
//
// "this week" is the 7 days ending at the published time (DESIGN
// "Decisions"): with a day-precision published date D that is D-7 … D;
// the note names the calendar week (Monday–Sunday containing D) too.
// "last week" is the calendar week before the published day's week.
// "last Tuesday" is the latest Tuesday strictly before the published day;
// "on Tuesday" the latest Tuesday on or before it.

#include <chrono>
#include <string_view>
#include <vector>

#include "core/case.hpp"
#include "verify/claims/found.hpp"

namespace verify::claims {

std::vector<core::Claim> find_relative_dates(const ScanInput& in);

// True for a phrase this finder resolves against the published time.
bool is_relative_phrase(std::string_view claim_text);
bool is_this_week(std::string_view claim_text);

core::TimeRange seven_days_ending(const core::Instant& published);
core::TimeRange calendar_week(const core::Instant& published);

}  // namespace verify::claims
