#pragma once
// Check "media-time": the capture time a media file carries against the time
// its post was made and the event time the article claims for it.
//
//   inconsistent  captured after the post (beyond the clock allowance: 15
//                 minutes, or 14 hours when the tag has no UTC offset, as
//                 cameras often write local time into it); or captured more
//                 than 7 days before the claimed event (recycled footage), or
//                 more than a day after the claimed time ends
//   consistent    captured before the post and within the claimed time
//   unverifiable  no capture time; or only a creation_time that the media
//                 stage's notes call the platform's (transcode or upload
//                 time, not capture: later than the post is then expected);
//                 or nothing to compare it with
//
// One check per media report with a capture time, a post or a time claim.

#include <vector>

#include "core/case.hpp"

namespace verify {

inline constexpr auto k_capture_skew = std::chrono::minutes(15);
inline constexpr auto k_capture_skew_no_zone = std::chrono::hours(14);
inline constexpr auto k_recycled_after = std::chrono::days(7);
inline constexpr auto k_captured_after_event = std::chrono::days(1);

std::vector<core::Check> check_media_time(const core::Case& c);

// True when the capture time is a container clock (creation_time) in a file
// that names no camera: the time it was written or transcoded, not recorded.
bool capture_time_is_platform_written(const core::MediaReport& m);

}  // namespace verify
