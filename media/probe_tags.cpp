#include "media/probe_tags.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

#include "media/capture_time.hpp"
#include "media/iso6709.hpp"
#include "media/origin.hpp"
#include "media/probe_notes.hpp"

namespace media {
namespace {

using Tags = std::map<std::string, std::string>;

const std::string* find(const Tags& tags, const std::string& key) {
  const auto it = tags.find(key);
  return it == tags.end() || it->second.empty() ? nullptr : &it->second;
}

// The location tags in priority order: the Apple key, location, location-eng, other location-<lang>.
std::vector<std::string> location_keys(const Tags& tags) {
  std::vector<std::string> keys = {"com.apple.quicktime.location.ISO6709", "location", "location-eng"};
  for (const auto& [key, value] : tags) {
    if (key.rfind("location-", 0) == 0 && key != "location-eng") keys.push_back(key);
  }
  return keys;
}

void choose_location(core::MediaReport& r, const Readings& x) {
  const ExifFacts* exif = x.exif;
  for (const auto& key : location_keys(r.tags)) {
    const auto* text = find(r.tags, key);
    if (!text) continue;
    const auto point = parse_iso6709(*text);
    if (!point) {
      r.notes.push_back(note_unreadable_place(key, *text, point.error()));
    } else if (point->lat == 0 && point->lon == 0) {
      r.notes.push_back(note_null_island(key, *text));
    } else if (!r.location) {
      r.location = core::Location{point->lat, point->lon};
      r.altitude_m = point->altitude_m;
      r.location_from = key;
    }
  }
  if (!exif || !exif->lat || !exif->lon) return;
  if (*exif->lat == 0 && *exif->lon == 0) {
    r.notes.push_back(note_null_island("exif GPS", "0, 0"));
  } else if (!r.location) {
    r.location = core::Location{*exif->lat, *exif->lon};
    r.altitude_m = exif->altitude_m;
    r.location_from = "exif GPS";
  }
}

// GoPro telemetry's first fix, when no tag gave a place.
void gopro_location(core::MediaReport& r, const Readings& x) {
  if (r.location || !x.gpmf || !x.gpmf->first_fix) return;
  const GpmfFix& fix = *x.gpmf->first_fix;
  r.location = core::Location{fix.lat, fix.lon};
  r.altitude_m = fix.altitude_m;
  r.location_from = "GoPro GPMF GPS (first fix)";
}

// The first non-empty value among the candidates.
std::string first_of(std::initializer_list<const std::string*> candidates) {
  for (const auto* c : candidates) {
    if (c && !c->empty()) return *c;
  }
  return {};
}

// An AVI camera names itself in the software chunk: "PENTAX K-x", "CASIO EX-Z750".
void avi_camera(core::MediaReport& r) {
  static constexpr std::array<std::string_view, 10> k_makers = {"PENTAX", "CASIO", "Canon", "NIKON", "OLYMPUS",
                                                                "FUJIFILM", "Panasonic", "SAMSUNG", "KODAK", "SANYO"};
  const auto* software = find(r.tags, "software");
  if (r.format != "avi" || !software) return;
  std::string name = *software;
  while (!name.empty() && (name.back() == ' ' || name.back() == '\0')) name.pop_back();
  for (std::string_view maker : k_makers) {
    if (name.size() > maker.size() + 1 && name.compare(0, maker.size(), maker) == 0 && name[maker.size()] == ' ') {
      r.make = std::string(maker);
      r.model = name.substr(maker.size() + 1);
      return;
    }
  }
}

// A GoPro's model from its firmware's prefix, as GoPro names its firmware
// releases ("HD5.02" is the HERO5 Black's); other prefixes name no model here.
std::string gopro_model(const Tags& t) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 8> k_firmware = {{
      {"HD4.01", "HERO4 Silver"}, {"HD4.02", "HERO4 Black"}, {"HD5.02", "HERO5 Black"}, {"HD5.03", "HERO5 Session"},
      {"HD6.01", "HERO6 Black"}, {"HD7.01", "HERO7 Black"}, {"HD8.01", "HERO8 Black"}, {"HD9.01", "HERO9 Black"}}};
  const auto* firmware = find(t, "firmware");
  if (!firmware) return {};
  for (const auto& [prefix, model] : k_firmware) {
    if (firmware->rfind(prefix, 0) == 0) return std::string(model);
  }
  return {};
}

void choose_camera(core::MediaReport& r, const Readings& x, int main_stream) {
  const Tags& t = r.tags;
  const ExifFacts* exif = x.exif;
  const Tags* stream = main_stream >= 0 ? &r.streams[main_stream].tags : nullptr;
  const std::string* mdpm_make = x.mdpm ? &x.mdpm->make : nullptr;
  const std::string* mdpm_model = x.mdpm ? &x.mdpm->model : nullptr;
  const std::string gopro = gopro_model(t);
  r.make = first_of({find(t, "com.apple.quicktime.make"), find(t, "make"), find(t, "com.android.manufacturer"),
                     exif ? &exif->make : nullptr, mdpm_make});
  r.model = first_of({find(t, "com.apple.quicktime.model"), find(t, "model"), find(t, "com.android.model"),
                      exif ? &exif->model : nullptr, mdpm_model, &gopro});
  r.software = first_of({find(t, "com.apple.quicktime.software"), exif ? &exif->software : nullptr, find(t, "encoder"),
                         stream ? find(*stream, "encoder") : nullptr, find(t, "com.android.version"), find(t, "firmware")});
  if (r.make.empty() && r.model.empty()) avi_camera(r);
}

}  // namespace

bool is_transcoder(const std::string& software) {
  static constexpr std::array<std::string_view, 12> k_names = {
      "lavf", "lavc", "ffmpeg", "libav", "x264", "x265", "libx26", "handbrake", "mencoder", "libvpx", "vpxenc", "google"};
  std::string lower(software);
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return std::any_of(k_names.begin(), k_names.end(), [&](std::string_view n) { return lower.rfind(n, 0) == 0; });
}

void interpret_tags(core::MediaReport& report, const Readings& readings, int main_stream) {
  if (main_stream < 0 || main_stream >= static_cast<int>(report.streams.size())) main_stream = -1;
  choose_camera(report, readings, main_stream);
  choose_tagged_capture_time(report, readings);
  report.origin = classify_origin(report, readings, main_stream);
  choose_container_time(report, readings, main_stream);
  choose_location(report, readings);
  gopro_location(report, readings);
  const auto note_problems = [&report](const std::vector<std::string>* problems, const std::string& prefix) {
    if (!problems) return;
    for (const auto& problem : *problems) report.notes.push_back(prefix + problem + ": not used");
  };
  note_problems(readings.exif ? &readings.exif->problems : nullptr, "EXIF ");
  note_problems(readings.mdpm ? &readings.mdpm->problems : nullptr, "");
  note_problems(readings.gpmf ? &readings.gpmf->problems : nullptr, "GoPro telemetry: ");
  add_weighing_notes(report, main_stream);
}

}  // namespace media
