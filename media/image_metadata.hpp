#pragma once
// EXIF and XMP of still images read with Exiv2: JPEG, PNG, WebP, TIFF and
// HEIF (HEIC, AVIF). XMP matters where re-saving tools such as Lightroom keep
// the zone of the capture time; GPS written as signed rationals is read too.
// HEIF goes through libheif's metadata blocks when Exiv2 was built without
// BMFF support or cannot read the file.
//
// `exif` holds the EXIF facts, each field named "exif:" and its tag
// ("Exif.Image.Make" → "exif:Make", "Exif.GPSInfo.GPSLatitude" →
// "exif:GPSLatitude"; a few tags keep the spelling reports have always
// used: "exif:SubsecTime"). A position, altitude and GPS time that the EXIF lacks
// are taken from XMP (exif:GPSLatitude "51,45.7446N", exif:GPSTimeStamp), and
// then have no "exif:" field; an altitude beyond ±100 km is a problem rather
// than a value; and "problems" also says when Exiv2 found the metadata
// damaged.

#include <cstddef>
#include <filesystem>
#include <map>
#include <optional>
#include <string>

#include "media/exif_facts.hpp"

namespace media {

struct XmpTimes {
  std::string date_time_original;      // exif:DateTimeOriginal as written (ISO 8601, may carry an offset)
  std::string create_date;             // xmp:CreateDate
  std::string photoshop_date_created;  // photoshop:DateCreated
  std::string creator_tool;            // xmp:CreatorTool
};

struct ImageMetadata {
  ExifFacts exif;
  XmpTimes xmp;
  std::map<std::string, std::string> xmp_fields;  // "xmp:Xmp.exif.DateTimeOriginal" → value; ≤ 200, ≤ 512 bytes each
  std::string container;                          // "jpeg", "png", "webp", "tiff", "heif"; "xmp" for a packet alone
};

// Reads the file into memory (nullopt for files over `max_bytes`) and hands
// the bytes to Exiv2, or HEIF to libheif when Exiv2 cannot read it. nullopt
// when the file holds no EXIF or XMP or is no supported image. Never throws:
// Exiv2's exceptions become nullopt or a problem in exif.problems.
std::optional<ImageMetadata> read_image_metadata(const std::filesystem::path& file, std::size_t max_bytes = 64u << 20);

// An XMP packet alone (as an MP4 'uuid' box holds it); nullopt when it does
// not parse or holds no property.
std::optional<ImageMetadata> read_xmp_packet(const std::string& packet);

// The libheif path alone: the primary image's "Exif" block and its XMP
// ("mime" block of type application/rdf+xml). read_image_metadata falls back
// to it; it is declared here so both readers can be compared on one file.
std::optional<ImageMetadata> read_heif_metadata_with_libheif(const std::filesystem::path& file,
                                                             std::size_t max_bytes = 64u << 20);

}  // namespace media
