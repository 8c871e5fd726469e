#pragma once
// Check "daylight": how bright the keyframes are against where the sun was
// at the claimed place and time (libnova's solar position).
//
// The time is a claimed time of day (a time claim bound to the file whose
// range is at most k_max_time_span wide), else the file's capture time when
// it is the camera's; a claimed day or week is too wide — the sun rises and
// sets within it — and leaves the check unverifiable. The place is the
// claimed place's point, else the file's GPS point.
//
// Brightness is the median of the keyframes' mean luma (0–255):
//   sun below −6° (after civil twilight) and median ≥ k_bright_luma → inconsistent
//   sun above +20° and median ≤ k_dark_luma                          → inconsistent
//   bright with the sun above +6°, dark with it below −6°            → consistent
//   sun between −6° and +6° (twilight), or luma between the levels   → unverifiable
// Indoor scenes, floodlights, night modes and exposure correction all change
// brightness, so the explanation says so and gives the numbers.

#include <optional>
#include <vector>

#include "core/case.hpp"

namespace verify {

inline constexpr double k_bright_luma = 110;
inline constexpr double k_dark_luma = 40;
inline constexpr double k_night_sun = -6;      // degrees: end of civil twilight
inline constexpr double k_twilight_sun = 6;
inline constexpr double k_high_sun = 20;
inline constexpr auto k_max_time_span = std::chrono::hours(2);

// The sun's altitude in degrees above the horizon at `where` and `when` (UTC).
double solar_altitude(const core::Location& where, core::Millis when);

std::vector<core::Check> check_daylight(const core::Case& c);

}  // namespace verify
