#pragma once
// From raw tags to the typed facts of a MediaReport, and the notes a
// fact-checker needs to weigh them. Pure: reads report.tags, report.streams
// (their tags) and the image's EXIF; writes capture_time(+_from),
// location, altitude_m (+location_from), make, model, software and notes.
//
// Which tag wins, first to last:
//   capture time  com.apple.quicktime.creationdate › EXIF DateTimeOriginal (with
//                 OffsetTimeOriginal) › EXIF GPSDateStamp+GPSTimeStamp › the
//                 container's creation_time › a stream's creation_time (main video first)
//   place         com.apple.quicktime.location.ISO6709 › location (©xyz, loci) ›
//                 location-eng (and other location-<lang>) › EXIF GPS
//   make          com.apple.quicktime.make › make › com.android.manufacturer › EXIF Make
//   model         com.apple.quicktime.model › model › com.android.model › EXIF Model
//   software      com.apple.quicktime.software › EXIF Software › encoder (container,
//                 then main video stream) › com.android.version
// A tag that cannot be read, a clock never set (1904/1970) and a local time
// with no zone are passed over, each with a note saying so.

#include <optional>

#include "core/case.hpp"
#include "media/exif_tags.hpp"

namespace media {

// `main_stream` is the index into report.streams of the main video stream, or -1.
void interpret_tags(core::MediaReport& report, const ExifFacts* exif, int main_stream);

// Does this encoder or software name belong to a transcoder or encoding
// library (Lavf, Lavc, x264, x265, HandBrake, …) rather than a camera?
bool is_transcoder(const std::string& software);

}  // namespace media
