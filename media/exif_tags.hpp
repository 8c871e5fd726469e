#pragma once
// EXIF of still images (libexif): the capture time, GPS position and camera
// of a JPEG (APP1), PNG (eXIf chunk) or WebP (EXIF chunk), and every field
// of IFD0, the Exif IFD, the GPS IFD and the interoperability IFD as text.
// The thumbnail's IFD1 and the maker note are left out.
//
// The container is walked by us, within fixed bounds (segments, chunks and
// the EXIF payload size), and only the EXIF bytes are handed to libexif.
// libexif's "follow the specification" option is off: values are read as
// the file has them, not repaired.

#include <cstddef>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/time.hpp"

namespace media {

struct ExifFacts {
  // "exif:Make" → "Canon", "exif:GPSLatitude" → "34, 33, 36.36", "exif:GPSAltitudeRef" → "1":
  // text and numbers as written; UNDEFINED fields (versions, comments) as libexif renders them.
  std::map<std::string, std::string> fields;
  std::string date_time_original;    // as written: "2020:04:14 10:12:30"
  std::string offset_time_original;  // "+03:00"; empty when absent
  std::string make;
  std::string model;
  std::string software;
  std::optional<double> lat;         // decimal degrees, south and west negative, to 1e-7° (about 1 cm)
  std::optional<double> lon;
  std::optional<double> altitude_m;  // below sea level negative
  std::optional<core::Instant> gps_time;  // GPSDateStamp + GPSTimeStamp, which are UTC
  std::vector<std::string> problems; // fields present but unusable: "GPSLatitude has a zero denominator"
};

// The EXIF of an image file; nullopt when it has none (or is no JPEG, PNG or WebP).
std::optional<ExifFacts> read_exif(const std::filesystem::path& file);

// The facts of one EXIF payload: "Exif\0\0" followed by a TIFF header, or the
// TIFF header alone (as PNG's eXIf chunk holds it). nullopt when libexif finds nothing.
std::optional<ExifFacts> exif_facts(const unsigned char* data, std::size_t size);

}  // namespace media
