#pragma once
// When the file was recorded, from its tags, by these rules (docs/decisions.md
// "Capture time"), each value reported with the tag it came from:
//
//  1. A tag that carries its zone: Apple's creationdate, EXIF DateTimeOriginal
//     with OffsetTimeOriginal, XMP's DateTimeOriginal / DateCreated /
//     CreateDate with an offset, an AVCHD camera's MDPM date with its zone,
//     QuickTime's ©day with a zone → capture_time (UTC), capture_local, capture_zone.
//  2. Else a local clock reading: EXIF DateTimeOriginal without offset, such
//     an XMP date, an AVI's IDIT date, a GoPro's creation_time (GoPro writes
//     its local clock there) → capture_local with the zone unknown. The media
//     stage may then infer the zone from the file's own GPS position
//     (media/capture_zone.hpp); a GoPro's zone comes from its GPS clock here.
//  3. The container's creation_time (UTC by QuickTime's definition): the
//     capture time of a camera original; for any other file when it was
//     written (written_time), which bounds the capture from above.
//  4. The GPS receiver's clock (EXIF GPS time, GoPro GPSU) → gps_time only,
//     a second opinion: noted when it differs by more than 2 minutes.
//
// Unset clocks (1904, 1970, zeros) and unreadable values are passed over with a note.

#include "core/case.hpp"
#include "media/readings.hpp"

namespace media {

// Step 1 and 2 (before the origin is known). `main_stream` as for interpret_tags.
void choose_tagged_capture_time(core::MediaReport& report, const Readings& readings);

// Steps 3 and 4, once report.origin is set.
void choose_container_time(core::MediaReport& report, const Readings& readings, int main_stream);

}  // namespace media
