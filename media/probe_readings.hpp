#pragma once
// Runs the readers beyond libavformat's tags that fit the file (media/readings.hpp):
// Exiv2 for images, the box walker (and its XMP) for MP4/MOV, MDPM for
// AVCHD transport streams, GPMF when a GoPro telemetry track is there.
// Each reader is bounded on its own; what one cannot read is left out.

#include <filesystem>
#include <optional>

#include "core/case.hpp"
#include "media/readings.hpp"

namespace media {

struct FileReadings {
  std::optional<ImageMetadata> image;    // an image's EXIF and XMP
  std::optional<Mp4Boxes> boxes;
  std::optional<ImageMetadata> box_xmp;  // the XMP packet of an MP4/MOV
  std::optional<MdpmFacts> mdpm;
  std::optional<GpmfFacts> gpmf;

  Readings view() const;
};

// `report` has kind, format and streams filled (the probe's first steps).
FileReadings read_beyond_tags(const core::MediaReport& report, const std::filesystem::path& file);

}  // namespace media
