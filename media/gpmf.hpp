#pragma once
// GoPro's GPMF telemetry: the KLV records GoPro cameras (HERO5 onwards) and
// the Karma drone write into the 'gpmd' metadata track of their MP4s. Read
// here: the device name (DVNM) and the first GPS fix with its UTC time, from
// GPS5 (with GPSU, GPSF, GPSP and SCAL), GPS9 (HERO11 and later, time in each
// sample) or the Karma's GPRI (dated through its SYST clock stream).
//
// Bounds: items nest at most 8 levels deep, at most 100000 items are walked
// per payload, every length is checked against its container before a byte
// is read, and a file gives at most `max_packets` samples and `max_bytes`.
// Damaged data yields problems or nothing, never a read past the end.

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/time.hpp"  // core::Instant{Millis utc; Precision precision}, core::from_unix_millis(ms, precision)

namespace media {

struct GpmfFix {
  double lat = 0, lon = 0;  // decimal degrees
  std::optional<double> altitude_m;
  core::Instant time;  // GPSU of the sample that holds the fix (UTC)
  int fix = 0;         // GPSF: 0 none, 2 = 2D, 3 = 3D
  std::optional<double> dop;  // GPSP / 100
};

struct GpmfFacts {
  std::string device;                           // DVNM, e.g. "Camera" or "HERO5 Black"
  std::optional<core::Instant> first_gps_time;  // the first GPSU seen, fix or not
  std::optional<GpmfFix> first_fix;             // first sample with GPSF >= 2 and a non-zero position
  std::string fix_device;                       // DVNM of the device that gave first_fix: "GoPro Karma v1.0"
  std::vector<std::string> problems;            // short phrases: "GPS5 has a zero scale", …
};

// One GPMF payload (the bytes of one 'gpmd' sample). Adds what it finds to `facts`
// (keeps the first values already there). Never reads outside [data, data+size).
void read_gpmf_payload(const std::uint8_t* data, std::size_t size, GpmfFacts& facts);

// The first samples of a file's GoPro metadata track, read through libavformat
// (MP4 and QuickTime demuxers only): at most `max_packets` gpmd packets and
// `max_bytes` in all, stopping at the first fix. nullopt when the file has no
// gpmd stream (or cannot be opened as MP4/QuickTime).
std::optional<GpmfFacts> read_gpmf_file(const std::filesystem::path& file, int max_packets = 64,
                                        std::size_t max_bytes = 8u << 20);

}  // namespace media
