#pragma once
// From raw tags to the typed facts of a MediaReport, and the notes a
// fact-checker needs to weigh them. Pure: reads report.tags, report.streams
// (their tags) and the other readings of the file (media/readings.hpp);
// writes make, model, software, origin, the capture and written times
// (media/capture_time.hpp has their rules), location, altitude_m
// (+location_from) and notes.
//
// Which tag wins, first to last:
//   place         com.apple.quicktime.location.ISO6709 › location (©xyz, loci) ›
//                 location-eng (and other location-<lang>) › EXIF GPS › GoPro GPMF's first fix
//   make          com.apple.quicktime.make › make › com.android.manufacturer › EXIF Make ›
//                 AVCHD MDPM › an AVI's camera software chunk
//   model         com.apple.quicktime.model › model › com.android.model › EXIF Model ›
//                 AVCHD MDPM › GoPro GPMF's device name
//   software      com.apple.quicktime.software › EXIF Software › encoder (container,
//                 then main video stream) › com.android.version › GoPro firmware
// A tag that cannot be read, a clock never set (1904/1970) and 0°, 0° are
// passed over, each with a note saying so.

#include <optional>

#include "core/case.hpp"
#include "media/readings.hpp"

namespace media {

// `main_stream` is the index into report.streams of the main video stream, or -1.
void interpret_tags(core::MediaReport& report, const Readings& readings, int main_stream);

// Does this encoder or software name belong to a transcoder or encoding
// library (Lavf, Lavc, x264, x265, HandBrake, …) rather than a camera?
bool is_transcoder(const std::string& software);

}  // namespace media
