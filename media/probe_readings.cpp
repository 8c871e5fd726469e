#include "media/probe_readings.hpp"

namespace media {
namespace {

bool is_mp4_family(const std::string& format) {
  return format.find("mov") != std::string::npos || format.find("mp4") != std::string::npos;
}

bool has_stream(const core::MediaReport& r, const std::string& kind, const std::string& codec) {
  for (const auto& s : r.streams) {
    if (s.kind == kind && (codec.empty() || s.codec == codec)) return true;
  }
  return false;
}

}  // namespace

Readings FileReadings::view() const {
  Readings r;
  if (image) {
    r.exif = &image->exif;
    r.xmp = &image->xmp;
  } else if (box_xmp) {
    r.xmp = &box_xmp->xmp;
  }
  if (boxes) r.boxes = &*boxes;
  if (mdpm) r.mdpm = &*mdpm;
  if (gpmf) r.gpmf = &*gpmf;
  return r;
}

FileReadings read_beyond_tags(const core::MediaReport& report, const std::filesystem::path& file) {
  FileReadings out;
  if (report.kind == "image") {
    out.image = read_image_metadata(file);
    return out;
  }
  if (is_mp4_family(report.format)) {
    out.boxes = read_mp4_boxes(file);
    if (out.boxes && !out.boxes->xmp.empty()) out.box_xmp = read_xmp_packet(out.boxes->xmp);
    if (has_stream(report, "data", "")) out.gpmf = read_gpmf_file(file);
  }
  if (report.format == "mpegts" && has_stream(report, "video", "h264")) out.mdpm = read_mdpm_file(file);
  return out;
}

}  // namespace media
