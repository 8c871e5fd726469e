#pragma once
// The XMP that Exiv2 parsed, for media/image_metadata.cpp: its properties as fields, the times
// that carry a zone, and the GPS position and time that EXIF writes as exif:GPSLatitude
// ("51,45.7446N") and exif:GPSTimeStamp, for files whose EXIF has none.

namespace Exiv2 {
class XmpData;
}

namespace media {

struct ExifFacts;
struct ImageMetadata;
struct XmpTimes;

namespace exif_xmp {

// "xmp:Xmp.exif.DateTimeOriginal" → value: at most 200 fields, each bounded.
void read_xmp_fields(const Exiv2::XmpData& xmp, ImageMetadata& metadata);

void read_xmp_times(const Exiv2::XmpData& xmp, XmpTimes& times);

// Position (with its altitude) and GPS time, into the EXIF facts; a value present but unreadable
// is a problem there.
void read_xmp_position(const Exiv2::XmpData& xmp, ExifFacts& facts);
void read_xmp_gps_time(const Exiv2::XmpData& xmp, ExifFacts& facts);

}  // namespace exif_xmp
}  // namespace media
