#pragma once
// The EXIF facts of a still image, filled by media/image_metadata.hpp from
// Exiv2: the capture time, GPS position and camera, and every field of IFD0,
// the Exif IFD, the GPS IFD and the interoperability IFD as text. The
// thumbnail's IFD1 and the maker note are left out.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/time.hpp"

namespace media {

struct ExifFacts {
  // "exif:Make" → "Canon", "exif:GPSLatitude" → "34, 33, 36.36", "exif:GPSAltitudeRef" → "1":
  // text and numbers as written; UNDEFINED fields (versions, comments) as Exiv2 renders them.
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

}  // namespace media
