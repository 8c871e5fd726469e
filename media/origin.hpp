#pragma once
// Is the file as the camera wrote it? A classification with its evidence:
//
//   camera-original  a device wrote it and nothing since: Apple's camera keys,
//                    Android's com.android.* keys, GoPro firmware and handler
//                    names, an AVCHD camera's MDPM, an AVI's camera chunk, a
//                    recording app named as the author (ReplayKit, FLIR One),
//                    Sony's XAVC boxes, EXIF Make/Model with no editor named
//   rewritten        a tool wrote it again: an encoding library (Lavf,
//                    HandBrake, x264 …), an editor in EXIF Software or XMP
//                    CreatorTool (Lightroom, After Effects …), or a container
//                    written long after the capture time its tags keep
//   unknown          neither can be told (no camera, no tool named; Apple's
//                    AVFoundation writes the same for a recording and an export)
//
// A rewrite outweighs a device: a phone's tags copied by FFmpeg are a copy.

#include "core/case.hpp"
#include "media/readings.hpp"

namespace media {

// Reads report.tags, streams, make/model/software and capture_time (set from
// the file's own capture tags, not its container time).
core::MediaOrigin classify_origin(const core::MediaReport& report, const Readings& readings, int main_stream);

// Is this EXIF Software or XMP CreatorTool name an editor or converter
// (Lightroom, Photoshop, GIMP, Windows Photo Viewer, After Effects …)?
bool is_editor(const std::string& software);

}  // namespace media
