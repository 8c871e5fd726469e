#include "media/probe_tags.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

#include "media/iso6709.hpp"
#include "media/probe_notes.hpp"
#include "media/tag_time.hpp"

namespace media {
namespace {

using Tags = std::map<std::string, std::string>;

const std::string* find(const Tags& tags, const std::string& key) {
  const auto it = tags.find(key);
  return it == tags.end() || it->second.empty() ? nullptr : &it->second;
}

// One place a capture time may come from, in priority order.
struct TimeSource {
  std::string from;        // as the report names it
  std::string text;        // as written
  std::string offset;      // EXIF only: OffsetTimeOriginal
  enum { iso_local, iso_utc, exif, instant } form = iso_utc;
  std::optional<core::Instant> known;  // form instant: already read (GPS time)
};

std::vector<TimeSource> time_sources(const core::MediaReport& r, const ExifFacts* exif, int main_stream) {
  std::vector<TimeSource> out;
  if (const auto* t = find(r.tags, "com.apple.quicktime.creationdate")) out.push_back({"com.apple.quicktime.creationdate", *t, {}, TimeSource::iso_local, {}});
  if (exif && !exif->date_time_original.empty()) {
    out.push_back({"exif DateTimeOriginal", exif->date_time_original, exif->offset_time_original, TimeSource::exif, {}});
  }
  if (exif && exif->gps_time) out.push_back({"exif GPSDateStamp GPSTimeStamp", {}, {}, TimeSource::instant, exif->gps_time});
  if (const auto* t = find(r.tags, "creation_time")) out.push_back({"creation_time", *t, {}, TimeSource::iso_utc, {}});
  std::vector<int> order;
  if (main_stream >= 0) order.push_back(main_stream);
  for (int i = 0; i < static_cast<int>(r.streams.size()); ++i) {
    if (i != main_stream) order.push_back(i);
  }
  for (int i : order) {
    if (const auto* t = find(r.streams[i].tags, "creation_time")) {
      out.push_back({"stream " + std::to_string(r.streams[i].index) + " creation_time", *t, {}, TimeSource::iso_utc, {}});
    }
  }
  return out;
}

tl::expected<TagTime, std::string> read_time(const TimeSource& s) {
  switch (s.form) {
    case TimeSource::iso_local: return parse_tag_time(s.text, NoOffset::local);
    case TimeSource::iso_utc: return parse_tag_time(s.text, NoOffset::utc);
    case TimeSource::exif: return parse_exif_time(s.text, s.offset);
    case TimeSource::instant: break;
  }
  TagTime t;
  t.instant = *s.known;
  return t;
}

void choose_capture_time(core::MediaReport& r, const ExifFacts* exif, int main_stream) {
  for (const auto& source : time_sources(r, exif, main_stream)) {
    const auto t = read_time(source);
    if (!t) {
      r.notes.push_back(note_unreadable_time(source.from, source.text, t.error()));
    } else if (t->unset) {
      r.notes.push_back(note_unset_time(source.from, source.text));
    } else if (!t->zone_known) {
      r.notes.push_back(note_no_zone(source.from, source.text));
    } else if (!r.capture_time) {
      r.capture_time = t->instant;
      r.capture_time_from = source.from;
    }
  }
}

// The location tags in priority order: the Apple key, location, location-eng, other location-<lang>.
std::vector<std::string> location_keys(const Tags& tags) {
  std::vector<std::string> keys = {"com.apple.quicktime.location.ISO6709", "location", "location-eng"};
  for (const auto& [key, value] : tags) {
    if (key.rfind("location-", 0) == 0 && key != "location-eng") keys.push_back(key);
  }
  return keys;
}

void choose_location(core::MediaReport& r, const ExifFacts* exif) {
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

// The first non-empty value among the candidates.
std::string first_of(std::initializer_list<const std::string*> candidates) {
  for (const auto* c : candidates) {
    if (c && !c->empty()) return *c;
  }
  return {};
}

void choose_camera(core::MediaReport& r, const ExifFacts* exif, int main_stream) {
  const Tags& t = r.tags;
  const Tags* stream = main_stream >= 0 ? &r.streams[main_stream].tags : nullptr;
  r.make = first_of({find(t, "com.apple.quicktime.make"), find(t, "make"), find(t, "com.android.manufacturer"), exif ? &exif->make : nullptr});
  r.model = first_of({find(t, "com.apple.quicktime.model"), find(t, "model"), find(t, "com.android.model"), exif ? &exif->model : nullptr});
  r.software = first_of({find(t, "com.apple.quicktime.software"), exif ? &exif->software : nullptr, find(t, "encoder"),
                         stream ? find(*stream, "encoder") : nullptr, find(t, "com.android.version")});
}

}  // namespace

bool is_transcoder(const std::string& software) {
  static constexpr std::array<std::string_view, 12> k_names = {
      "lavf", "lavc", "ffmpeg", "libav", "x264", "x265", "libx26", "handbrake", "mencoder", "libvpx", "vpxenc", "google"};
  std::string lower(software);
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return std::any_of(k_names.begin(), k_names.end(), [&](std::string_view n) { return lower.rfind(n, 0) == 0; });
}

void interpret_tags(core::MediaReport& report, const ExifFacts* exif, int main_stream) {
  if (main_stream < 0 || main_stream >= static_cast<int>(report.streams.size())) main_stream = -1;
  choose_capture_time(report, exif, main_stream);
  choose_location(report, exif);
  choose_camera(report, exif, main_stream);
  if (exif) {
    for (const auto& problem : exif->problems) report.notes.push_back("EXIF " + problem + ": not used");
  }
  add_weighing_notes(report, main_stream);
}

}  // namespace media
