#pragma once
// A local capture time placed in its time zone by the file's own GPS
// position: a camera that writes DateTimeOriginal without an offset still
// writes where it was, and the IANA zone of the nearest gazetteer place
// turns the clock reading into an instant (daylight saving included).
// The result is marked inferred (capture_zone_from), and a clock time that
// a change of the clocks skips or repeats is left local, with a note.

#include "core/case.hpp"

namespace media {

// Needs report.capture_local without a capture_time, and report.location_place
// (a place near the point, with its timezone). Does nothing otherwise.
void infer_capture_zone(core::MediaReport& report);

}  // namespace media
