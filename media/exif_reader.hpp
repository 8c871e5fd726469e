#pragma once
// The EXIF that Exiv2 parsed, as ExifFacts (media/exif_facts.hpp): every field of IFD0, the Exif
// IFD, the GPS IFD and the interoperability IFD as text, named as reports have always named them;
// the capture time and camera; the GPS position, altitude and UTC time, or problems saying why a
// field present cannot be used. For media/image_metadata.cpp.

namespace Exiv2 {
class ExifData;
}

namespace media {

struct ExifFacts;

namespace exif_xmp {

// Never throws for a value it cannot render (that field is left out); Exiv2 may throw for data
// it cannot walk at all, which the caller turns into a problem.
void read_exif_facts(const Exiv2::ExifData& exif, ExifFacts& facts);

// Keeps `metres` as the altitude, or beyond ±100 km says so in facts.problems: such a field is
// misread, a negative altitude written unsigned.
void set_altitude(ExifFacts& facts, double metres);

}  // namespace exif_xmp
}  // namespace media
