#pragma once
// What the probe reads beyond libavformat's tags, each by a reader of its
// own: the image's EXIF and XMP (Exiv2), an MP4/MOV's boxes (handler and
// compressor names, user data, XMP), AVCHD camera metadata in the H.264
// stream (MDPM) and GoPro telemetry (GPMF). Each pointer is null when the
// file has no such part or it could not be read.

#include "media/avchd_mdpm.hpp"
#include "media/exif_facts.hpp"
#include "media/gpmf.hpp"
#include "media/image_metadata.hpp"
#include "media/mp4_boxes.hpp"

namespace media {

struct Readings {
  const ExifFacts* exif = nullptr;
  const XmpTimes* xmp = nullptr;
  const Mp4Boxes* boxes = nullptr;
  const MdpmFacts* mdpm = nullptr;
  const GpmfFacts* gpmf = nullptr;
};

}  // namespace media
