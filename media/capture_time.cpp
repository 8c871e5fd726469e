#include "media/capture_time.hpp"

#include <chrono>
#include <cmath>

#include <fmt/format.h>

#include "media/probe_notes.hpp"
#include "media/tag_time.hpp"

namespace media {
namespace {

using namespace std::chrono;
using Tags = std::map<std::string, std::string>;

const std::string* find(const Tags& tags, const std::string& key) {
  const auto it = tags.find(key);
  return it == tags.end() || it->second.empty() ? nullptr : &it->second;
}

// One tag a capture time may come from, read already.
struct Candidate {
  std::string from;
  std::string text;
  tl::expected<TagTime, std::string> time;
};

Candidate tag_candidate(std::string from, const std::string& text) {
  auto time = parse_tag_time(text, NoOffset::local);
  return Candidate{std::move(from), text, std::move(time)};
}

std::vector<Candidate> tagged_candidates(const core::MediaReport& r, const Readings& x) {
  std::vector<Candidate> out;
  if (const auto* t = find(r.tags, "com.apple.quicktime.creationdate")) out.push_back(tag_candidate("com.apple.quicktime.creationdate", *t));
  if (x.exif && !x.exif->date_time_original.empty()) {
    const std::string from = x.exif->offset_time_original.empty() ? "exif DateTimeOriginal" : "exif DateTimeOriginal + OffsetTimeOriginal";
    out.push_back(Candidate{from, x.exif->date_time_original,
                            parse_exif_time(x.exif->date_time_original, x.exif->offset_time_original)});
  }
  if (x.xmp) {
    if (!x.xmp->date_time_original.empty()) out.push_back(tag_candidate("xmp exif:DateTimeOriginal", x.xmp->date_time_original));
    if (!x.xmp->photoshop_date_created.empty()) out.push_back(tag_candidate("xmp photoshop:DateCreated", x.xmp->photoshop_date_created));
    if (!x.xmp->create_date.empty()) out.push_back(tag_candidate("xmp xmp:CreateDate", x.xmp->create_date));
  }
  if (x.mdpm && !x.mdpm->local_time.empty()) {
    const std::string text = x.mdpm->local_time + (x.mdpm->offset_minutes ? offset_text(*x.mdpm->offset_minutes) : "");
    out.push_back(tag_candidate("AVCHD MDPM recording time", text));
  }
  if (x.boxes) {
    // The recording app's date: ©day, or the 3GPP 'date' atom (the FLIR One app writes that one).
    if (const auto* day = find(x.boxes->user_data, "©day")) out.push_back(tag_candidate("udta ©day", *day));
    if (const auto* day = find(x.boxes->user_data, "date")) out.push_back(tag_candidate("udta date", *day));
  }
  // An AVI's creation_time is its IDIT chunk: the camera's local date, no zone.
  if (r.format == "avi") {
    if (const auto* t = find(r.tags, "creation_time")) out.push_back(tag_candidate("AVI IDIT (creation_time)", *t));
  }
  return out;
}

void take_zoned(core::MediaReport& r, const Candidate& c) {
  r.capture_time = c.time->instant;
  r.capture_time_from = c.from;
  r.capture_local = wall_clock_text(*c.time);
  r.capture_zone = offset_text(c.time->offset_minutes.value_or(0));
  r.capture_zone_from = "written in the tag";
}

void take_local(core::MediaReport& r, const Candidate& c) {
  r.capture_time_from = c.from;
  r.capture_local = wall_clock_text(*c.time);
}

// The offset between a camera's local clock and the GPS clock (UTC), when they
// agree to a whole quarter-hour within 5 minutes: the zone the camera was set to.
std::optional<int> offset_from_gps_clock(const core::Instant& camera, const core::Instant& gps) {
  const double minutes_apart = duration<double, std::ratio<60>>(camera.utc - gps.utc).count();
  const double quarters = std::round(minutes_apart / 15);
  if (std::abs(minutes_apart - quarters * 15) > 5 || std::abs(quarters) > 14 * 4) return std::nullopt;
  return static_cast<int>(quarters) * 15;
}

// A GoPro's creation_time is its local clock; its GPS clock tells the zone.
void gopro_time(core::MediaReport& r, const Readings& x, const std::string& from, const TagTime& t) {
  const std::optional<core::Instant> gps = x.gpmf ? x.gpmf->first_gps_time : std::nullopt;
  const auto offset = gps ? offset_from_gps_clock(t.instant, *gps) : std::nullopt;
  if (!offset) {
    r.capture_time_from = from + " (a GoPro's local clock)";
    r.capture_local = wall_clock_text(t);
    r.notes.push_back(fmt::format("{} \"{}\" is a GoPro's local clock, not UTC{}: reported as a local time with its zone unknown",
                                  from, core::format_iso8601(t.instant),
                                  gps ? ", and it does not agree with the GPS clock to a whole time zone" : ""));
    return;
  }
  TagTime zoned = t;
  zoned.offset_minutes = *offset;
  zoned.instant.utc -= minutes(*offset);
  r.capture_time = zoned.instant;
  r.capture_time_from = from + " (a GoPro's local clock)";
  r.capture_local = wall_clock_text(zoned);
  r.capture_zone = offset_text(*offset);
  r.capture_zone_from = "the camera's clock against its GPS clock (GPMF GPSU " + core::format_iso8601(*gps) + ")";
}

// The container's creation_time, then the main stream's, then the other streams'.
std::vector<std::pair<std::string, std::string>> container_times(const core::MediaReport& r, int main_stream) {
  std::vector<std::pair<std::string, std::string>> out;
  if (const auto* t = find(r.tags, "creation_time")) out.emplace_back("creation_time", *t);
  std::vector<int> order;
  if (main_stream >= 0) order.push_back(main_stream);
  for (int i = 0; i < static_cast<int>(r.streams.size()); ++i) {
    if (i != main_stream) order.push_back(i);
  }
  for (int i : order) {
    if (const auto* t = find(r.streams[i].tags, "creation_time")) {
      out.emplace_back("stream " + std::to_string(r.streams[i].index) + " creation_time", *t);
    }
  }
  return out;
}

bool is_gopro(const core::MediaReport& r) { return r.origin.writer.rfind("GoPro", 0) == 0; }

void second_opinion(core::MediaReport& r, const Readings& x) {
  if (x.exif && x.exif->gps_time) {
    r.gps_time = x.exif->gps_time;
  } else if (x.gpmf && x.gpmf->first_fix) {
    r.gps_time = x.gpmf->first_fix->time;
  }
  if (!r.gps_time || !r.capture_time) return;
  const auto apart = r.gps_time->utc - r.capture_time->utc;
  const double minutes_apart = std::abs(duration<double, std::ratio<60>>(apart).count());
  if (minutes_apart <= 2) return;
  r.notes.push_back(fmt::format("the GPS clock of the position fix ({}) is {} {} the capture time: the fix is {}; the "
                                "capture time is kept and the position may be where the device was then",
                                core::format_iso8601(*r.gps_time),
                                minutes_apart < 120 ? fmt::format("{:.0f} minutes", minutes_apart)
                                                    : fmt::format("{:.1f} hours", minutes_apart / 60),
                                apart.count() < 0 ? "before" : "after", apart.count() < 0 ? "older than the shot" : "later than the shot"));
}

}  // namespace

void choose_tagged_capture_time(core::MediaReport& r, const Readings& x) {
  const Candidate* local = nullptr;
  const auto candidates = tagged_candidates(r, x);
  for (const auto& c : candidates) {
    if (!c.time) {
      r.notes.push_back(note_unreadable_time(c.from, c.text, c.time.error()));
    } else if (c.time->unset) {
      r.notes.push_back(note_unset_time(c.from, c.text));
    } else if (c.time->zone_known) {
      if (!r.capture_time) take_zoned(r, c);
    } else if (!local) {
      local = &c;
    }
  }
  if (!r.capture_time && local) {
    take_local(r, *local);
    r.notes.push_back(note_no_zone(local->from, local->text));
  }
}

void choose_container_time(core::MediaReport& r, const Readings& x, int main_stream) {
  if (r.format == "avi") {  // its creation_time is the IDIT date, read as a local clock above
    second_opinion(r, x);
    return;
  }
  for (const auto& [from, text] : container_times(r, main_stream)) {
    const auto t = parse_tag_time(text, NoOffset::utc);
    if (!t) {
      r.notes.push_back(note_unreadable_time(from, text, t.error()));
      continue;
    }
    if (t->unset) {
      r.notes.push_back(note_unset_time(from, text));
      continue;
    }
    if (r.capture_time || !r.capture_local.empty()) {
      r.written_time = t->instant;
      r.written_time_from = from;
    } else if (r.origin.verdict == "camera-original" && is_gopro(r)) {
      gopro_time(r, x, from, *t);
    } else if (r.origin.verdict == "camera-original") {
      r.capture_time = t->instant;
      r.capture_time_from = from;
      r.capture_zone = "UTC";
      r.capture_zone_from = "QuickTime defines creation_time as UTC; the file is a camera original";
    } else {
      r.written_time = t->instant;
      r.written_time_from = from;
    }
    break;
  }
  second_opinion(r, x);
}

}  // namespace media
