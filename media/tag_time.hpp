#pragma once
// The times media tags carry, read into UTC instants:
//
//   2024-06-10T05:01:58.000000Z   FFmpeg's creation_time (mvhd/mdhd, always UTC)
//   2024-06-10 05:01:58           very old FFmpeg's creation_time (UTC too)
//   2024-06-10T05:01:58+0200      Apple's com.apple.quicktime.creationdate (local time with offset)
//   2024-06-10T05:01:58+02:00     the same with a colon
//   2024:06:10 05:01:58           EXIF DateTimeOriginal, with its offset in OffsetTimeOriginal ("+02:00")
//
// A tag without an offset is UTC when its format says so (QuickTime's
// creation_time) and otherwise a local clock reading whose zone is unknown:
// such a time is returned with zone_known false, and is no instant.
//
// Clocks that were never set write 1904-01-01 (the QuickTime epoch, a zero
// field) or 1970-01-01 (the Unix epoch, or a 1904 field written with Unix
// time), and EXIF "0000:00:00 00:00:00" or blanks: those come back with
// unset true. Fractions of a second are kept; ".000000" is second precision.

#include <optional>
#include <string>
#include <string_view>

#include <tl/expected.hpp>

#include "core/time.hpp"

namespace media {

// How a time without an offset is read.
enum class NoOffset {
  utc,    // the format defines the clock as UTC (QuickTime creation_time)
  local,  // a local clock reading (Apple creationdate, EXIF)
};

struct TagTime {
  core::Instant instant;                // UTC when zone_known; else the clock reading as if it were UTC
  bool zone_known = true;
  std::optional<int> offset_minutes;    // the offset written, east positive
  bool unset = false;                   // a clock that was never set: no capture time
};

// An ISO 8601 (or old FFmpeg) time from a tag.
tl::expected<TagTime, std::string> parse_tag_time(std::string_view text, NoOffset no_offset);

// EXIF DateTimeOriginal ("2024:06:10 05:01:58") with OffsetTimeOriginal
// ("+02:00", "+0200", "Z", or empty when the camera did not write one).
tl::expected<TagTime, std::string> parse_exif_time(std::string_view date_time, std::string_view offset);

// "+02:00" → 120; "Z" → 0. nullopt when malformed or beyond ±14:00.
std::optional<int> parse_utc_offset(std::string_view text);

// The clock reading as written, "2024-06-10T05:01:58" (the instant plus the
// offset written; the reading itself when the zone is unknown).
std::string wall_clock_text(const TagTime& time);

// 120 → "+02:00", -450 → "-07:30".
std::string offset_text(int minutes);

}  // namespace media
