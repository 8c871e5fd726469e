#pragma once
// Check "media-time": when a media file was recorded, as its tags tell,
// against the time its post was made and the event time the article claims.
//
// What the file tells is a span of UTC time the recording lies in:
//   capture_time, zone written or UTC by format    ±15 minutes (a camera clock's drift)
//   capture_time, zone inferred from the GPS position  ±1 hour (a stale position, a border)
//   capture_local, zone unknown                    UTC−12 … UTC+14 of the clock reading
//   written_time only (not a camera original)      no later than it: an upper bound
//
//   inconsistent  the recording lies wholly after the post; or wholly more
//                 than 7 days before the claimed event (recycled footage), or
//                 more than a day after the claimed time ends; or the file was
//                 written more than a day before the claimed event began (its
//                 footage is older still — unless the device's clock was wrong,
//                 which the explanation says)
//   consistent    the recording's span fits before the post and the claimed time
//   unverifiable  no time in the file; or only a written time that bounds
//                 nothing here (a platform's copy written after the post is
//                 what a transcode does, never a contradiction); or nothing to
//                 compare with
//
// One check per media report.

#include <vector>

#include "core/case.hpp"

namespace verify {

inline constexpr auto k_capture_skew = std::chrono::minutes(15);
inline constexpr auto k_capture_skew_inferred = std::chrono::hours(1);
inline constexpr auto k_local_earliest = std::chrono::hours(14);  // UTC+14: the clock reads 14 h ahead of UTC
inline constexpr auto k_local_latest = std::chrono::hours(12);    // UTC−12
inline constexpr auto k_recycled_after = std::chrono::days(7);
inline constexpr auto k_captured_after_event = std::chrono::days(1);
inline constexpr auto k_written_before_event = std::chrono::days(1);

std::vector<core::Check> check_media_time(const core::Case& c);

}  // namespace verify
