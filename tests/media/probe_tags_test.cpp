// Which tag wins, from tests/cases/media/probe_tags.json: each case gives the
// container tags, the streams' tags, the main stream and the image's EXIF,
// and the facts and notes expected (only the fields given are compared).
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/time.hpp"
#include "media/probe_tags.hpp"
#include "tests/support/paths.hpp"

namespace {

using nlohmann::json;

std::optional<double> number_or_none(const json& j, const char* key) {
  if (!j.contains(key) || j[key].is_null()) return std::nullopt;
  return j[key].get<double>();
}

media::ExifFacts exif_of(const json& j) {
  media::ExifFacts e;
  e.fields["exif:Make"] = j.value("make", "");
  e.date_time_original = j.value("date_time_original", "");
  e.offset_time_original = j.value("offset_time_original", "");
  e.make = j.value("make", "");
  e.model = j.value("model", "");
  e.software = j.value("software", "");
  e.lat = number_or_none(j, "lat");
  e.lon = number_or_none(j, "lon");
  e.altitude_m = number_or_none(j, "altitude_m");
  if (j.contains("gps_time")) e.gps_time = core::parse_iso8601(j["gps_time"].get<std::string>());
  return e;
}

// The readings beyond the tags a case gives, kept alive for its Readings view.
struct CaseReadings {
  std::optional<media::ExifFacts> exif;
  std::optional<media::XmpTimes> xmp;
  std::optional<media::MdpmFacts> mdpm;
  std::optional<media::GpmfFacts> gpmf;
  std::optional<media::Mp4Boxes> boxes;

  explicit CaseReadings(const json& t) {
    if (t.contains("exif")) exif = exif_of(t["exif"]);
    if (t.contains("xmp")) xmp = media::XmpTimes{t["xmp"].value("date_time_original", ""), t["xmp"].value("create_date", ""), "", ""};
    if (t.contains("mdpm")) {
      mdpm.emplace();
      mdpm->local_time = t["mdpm"].value("local_time", "");
      if (t["mdpm"].contains("offset_minutes")) mdpm->offset_minutes = t["mdpm"]["offset_minutes"].get<int>();
      mdpm->make = t["mdpm"].value("make", "");
      mdpm->model = t["mdpm"].value("model", "");
    }
    if (t.contains("gpmf")) {
      gpmf.emplace();
      const json& g = t["gpmf"];
      if (g.contains("first_gps_time")) gpmf->first_gps_time = core::parse_iso8601(g["first_gps_time"].get<std::string>());
      if (g.contains("fix")) {
        media::GpmfFix fix;
        fix.lat = g["fix"]["lat"];
        fix.lon = g["fix"]["lon"];
        fix.altitude_m = number_or_none(g["fix"], "altitude_m");
        fix.time = *core::parse_iso8601(g["fix"]["time"].get<std::string>());
        fix.fix = 3;
        gpmf->first_fix = fix;
      }
    }
    if (t.contains("boxes")) {
      boxes.emplace();
      boxes->user_data = t["boxes"].value("user_data", std::map<std::string, std::string>{});
      for (const auto& name : t["boxes"].value("handler_names", std::vector<std::string>{})) {
        media::Mp4Track track;
        track.handler_name = name;
        boxes->tracks.push_back(track);
      }
    }
  }

  media::Readings view() const {
    return media::Readings{exif ? &*exif : nullptr, xmp ? &*xmp : nullptr, boxes ? &*boxes : nullptr,
                           mdpm ? &*mdpm : nullptr, gpmf ? &*gpmf : nullptr};
  }
};

core::MediaReport report_of(const json& t) {
  core::MediaReport r;
  r.format = t.value("format", "mov,mp4,m4a,3gp,3g2,mj2");
  r.tags = t.value("tags", std::map<std::string, std::string>{});
  int index = 0;
  for (const auto& s : t.value("streams", json::array())) {
    core::StreamFacts facts;
    facts.index = index++;
    facts.kind = s.value("kind", "video");
    facts.tags = s.value("tags", std::map<std::string, std::string>{});
    r.streams.push_back(facts);
  }
  return r;
}

std::string all_notes(const core::MediaReport& r) {
  std::string out;
  for (const auto& n : r.notes) out += n + "\n";
  return out;
}

void expect_facts(const json& want, const core::MediaReport& r) {
  if (want.contains("capture_time")) {
    if (want["capture_time"].is_null()) {
      EXPECT_FALSE(r.capture_time.has_value()) << core::format_iso8601(*r.capture_time) << " from " << r.capture_time_from;
    } else {
      ASSERT_TRUE(r.capture_time.has_value()) << all_notes(r);
      EXPECT_EQ(core::format_iso8601(*r.capture_time), want["capture_time"].get<std::string>());
    }
  }
  for (const auto& [key, got] : std::vector<std::pair<const char*, std::optional<core::Instant>>>{
           {"written_time", r.written_time}, {"gps_time", r.gps_time}}) {
    if (!want.contains(key)) continue;
    if (want[key].is_null()) {
      EXPECT_FALSE(got.has_value()) << key << " " << core::format_iso8601(*got);
    } else {
      ASSERT_TRUE(got.has_value()) << key << "\n" << all_notes(r);
      EXPECT_EQ(core::format_iso8601(*got), want[key].get<std::string>()) << key;
    }
  }
  for (const auto& [key, got] : std::vector<std::pair<const char*, std::string>>{
           {"capture_local", r.capture_local}, {"capture_zone", r.capture_zone}, {"origin", r.origin.verdict},
           {"origin_writer", r.origin.writer}}) {
    if (want.contains(key)) {
      EXPECT_EQ(got, want[key].get<std::string>()) << key << "\n" << all_notes(r);
    }
  }
  if (want.contains("capture_time_from")) {
    EXPECT_EQ(r.capture_time_from, want["capture_time_from"].get<std::string>());
  }
  if (want.contains("location")) {
    if (want["location"].is_null()) {
      EXPECT_FALSE(r.location.has_value());
    } else {
      ASSERT_TRUE(r.location.has_value()) << all_notes(r);
      EXPECT_EQ(r.location->lat, want["location"]["lat"].get<double>());
      EXPECT_EQ(r.location->lon, want["location"]["lon"].get<double>());
    }
  }
  if (want.contains("altitude_m")) {
    EXPECT_EQ(r.altitude_m, number_or_none(want, "altitude_m"));
  }
  if (want.contains("location_from")) {
    EXPECT_EQ(r.location_from, want["location_from"].get<std::string>());
  }
  for (const char* key : {"make", "model", "software"}) {
    if (!want.contains(key)) continue;
    const std::string& got = std::string(key) == "make" ? r.make : std::string(key) == "model" ? r.model : r.software;
    EXPECT_EQ(got, want[key].get<std::string>()) << key;
  }
  const std::string notes = all_notes(r);
  for (const auto& part : want.value("notes_contain", std::vector<std::string>{})) {
    EXPECT_NE(notes.find(part), std::string::npos) << "no note says \"" << part << "\":\n" << notes;
  }
  for (const auto& part : want.value("notes_absent", std::vector<std::string>{})) {
    EXPECT_EQ(notes.find(part), std::string::npos) << "a note says \"" << part << "\":\n" << notes;
  }
}

TEST(ProbeTags, Table) {
  const json table = json::parse(testing_support::read_file(testing_support::source_dir() / "tests/cases/media/probe_tags.json"));
  ASSERT_GE(table.size(), 37u);
  for (const auto& t : table) {
    SCOPED_TRACE(t["name"].get<std::string>());
    core::MediaReport r = report_of(t);
    const CaseReadings readings(t);
    media::interpret_tags(r, readings.view(), t.value("main_stream", -1));
    expect_facts(t["expect"], r);
  }
}

TEST(ProbeTags, TranscoderNames) {
  for (const char* name : {"Lavf59.27.100", "Lavc59.37.100 libx264", "x264 - core 164", "HandBrake 1.6.1", "Google"}) {
    EXPECT_TRUE(media::is_transcoder(name)) << name;
  }
  for (const char* name : {"17.5.1", "Firmware 1.0.2", "HERO9 Black", ""}) EXPECT_FALSE(media::is_transcoder(name)) << name;
}

TEST(ProbeTags, AMainStreamOutOfRangeIsIgnored) {
  core::MediaReport r;
  r.tags["creation_time"] = "2024-06-10T02:58:40.000000Z";
  media::interpret_tags(r, media::Readings{}, 7);
  ASSERT_TRUE(r.written_time.has_value());
  EXPECT_EQ(r.written_time_from, "creation_time");
}

}  // namespace
