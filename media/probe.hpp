#pragma once
// The media probe: what a local video or image file says about itself.
//
//   auto report = media::probe_file("clip.mp4", media::InputLimits{});
//   if (!report) case.add_error(...report.error()...);
//
// Opened only through AvInput (its guards: no nested opens, allowed demuxers,
// a deadline, declared sizes within limits.frame_pixels). Fills, of
// core::MediaReport: file, kind (video | image), format, duration_s (videos),
// bitrate, width/height/rotation of the main video stream, streams[] and the
// container tags raw; for images the EXIF fields too ("exif:DateTimeOriginal"…).
// From the tags (media/probe_tags.hpp says which tag wins): capture_time and
// capture_time_from, location, altitude_m and location_from, make, model,
// software; and notes[] for what weighs them (a creation_time with no camera,
// unset clocks, local times with no zone, transcoders, truncated files, and
// platforms that strip tags).
//
// Leaves embed, source, sha256, keyframes and ocr to the rest of the stage.
//
// Errors (stage "media", input the path, one line): the file cannot be opened
// or read as media; a stream declares more than limits.frame_pixels; the
// deadline passed; there is no video or image stream (audio only, data only);
// the main stream has no usable size.

#include <filesystem>

#include "core/case.hpp"
#include "core/result.hpp"
#include "media/av_input.hpp"

namespace media {

core::Result<core::MediaReport> probe_file(const std::filesystem::path& file, const InputLimits& limits);

// The same on an input already open, which it leaves where it was: the media
// stage probes and then takes keyframes from one open file. `limits` names
// the pixel limit in errors.
core::Result<core::MediaReport> probe_input(const AvInput& input, const InputLimits& limits);

// A HEIF/AVIF photo libheif decoded (FFmpeg 5.1 has no demuxer for it): its
// size and codec, and its tags read as for any image (Exiv2).
struct HeifPicture;
core::MediaReport probe_heif(const std::filesystem::path& file, const HeifPicture& picture);

}  // namespace media
