// The probe against the fixtures of scripts/fixtures/media.sh: each file's
// report is compared with the truth JSON beside it (its fields are listed at
// the top of media.sh). Injected times and places must come back exactly.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cctype>
#include <chrono>

#include "core/time.hpp"
#include "media/probe.hpp"
#include "tests/support/paths.hpp"

namespace {

using nlohmann::json;

media::InputLimits test_limits() {
  media::InputLimits limits;
  limits.deadline = std::chrono::seconds(20);
  return limits;
}

const core::StreamFacts* first_of_kind(const core::MediaReport& r, const std::string& kind) {
  for (const auto& s : r.streams) {
    if (s.kind == kind) return &s;
  }
  return nullptr;
}

std::string notes_of(const core::MediaReport& r) {
  std::string out;
  for (const auto& n : r.notes) out += n + "\n";
  return out;
}

void expect_optional_number(const json& truth, const char* key, const std::optional<double>& got) {
  if (!truth.contains(key)) return;
  if (truth[key].is_null()) {
    EXPECT_FALSE(got.has_value()) << key << " is " << *got;
  } else {
    ASSERT_TRUE(got.has_value()) << key;
    EXPECT_EQ(*got, truth[key].get<double>()) << key;
  }
}

void expect_text(const json& truth, const char* key, const std::string& got) {
  if (!truth.contains(key)) return;
  EXPECT_EQ(got, truth[key].is_null() ? std::string() : truth[key].get<std::string>()) << key;
}

void expect_streams(const json& truth, const core::MediaReport& r) {
  const auto* video = first_of_kind(r, "video");
  ASSERT_NE(video, nullptr);
  if (truth.contains("codec")) {
    EXPECT_EQ(video->codec, truth["codec"].get<std::string>());
  }
  if (truth.contains("audio_codec")) {
    const auto* audio = first_of_kind(r, "audio");
    ASSERT_NE(audio, nullptr);
    EXPECT_EQ(audio->codec, truth["audio_codec"].get<std::string>());
  }
  if (truth.contains("frame_rate")) {
    EXPECT_DOUBLE_EQ(video->frame_rate, truth["frame_rate"].get<double>());
  }
  if (truth.contains("streams")) {
    EXPECT_EQ(r.streams.size(), truth["streams"].get<std::size_t>());
  }
  if (truth.contains("width")) {
    EXPECT_EQ(r.width, truth["width"].get<int>());
  }
  if (truth.contains("height")) {
    EXPECT_EQ(r.height, truth["height"].get<int>());
  }
  expect_optional_number(truth, "rotation", r.rotation);
  if (truth.contains("rotation")) expect_optional_number(truth, "rotation", video->rotation);
  if (truth.contains("duration_s")) {
    ASSERT_TRUE(r.duration_s.has_value());
    EXPECT_NEAR(*r.duration_s, truth["duration_s"].get<double>(), 0.1);
  }
}

void expect_place_and_time(const json& truth, const core::MediaReport& r) {
  if (truth.contains("capture_time")) {
    if (truth["capture_time"].is_null()) {
      EXPECT_FALSE(r.capture_time.has_value()) << core::format_iso8601(*r.capture_time);
    } else {
      ASSERT_TRUE(r.capture_time.has_value()) << notes_of(r);
      EXPECT_EQ(core::format_iso8601(*r.capture_time), truth["capture_time"].get<std::string>());
    }
  }
  expect_text(truth, "capture_time_from", r.capture_time_from);
  expect_text(truth, "capture_local", r.capture_local);
  if (truth.contains("written_time")) {
    ASSERT_TRUE(r.written_time.has_value()) << notes_of(r);
    EXPECT_EQ(core::format_iso8601(*r.written_time), truth["written_time"].get<std::string>());
  }
  if (truth.contains("origin")) {
    EXPECT_EQ(r.origin.verdict, truth["origin"].get<std::string>()) << notes_of(r);
  }
  if (truth.contains("location")) {
    if (truth["location"].is_null()) {
      EXPECT_FALSE(r.location.has_value());
    } else {
      ASSERT_TRUE(r.location.has_value()) << notes_of(r);
      EXPECT_EQ(r.location->lat, truth["location"]["lat"].get<double>());  // exactly: as injected
      EXPECT_EQ(r.location->lon, truth["location"]["lon"].get<double>());
    }
  }
  expect_optional_number(truth, "altitude_m", r.altitude_m);
  expect_text(truth, "location_from", r.location_from);
}

void expect_tags_and_notes(const json& truth, const core::MediaReport& r) {
  expect_text(truth, "make", r.make);
  expect_text(truth, "model", r.model);
  expect_text(truth, "software", r.software);
  if (truth.contains("software_prefix")) {
    EXPECT_EQ(r.software.rfind(truth["software_prefix"].get<std::string>(), 0), 0u) << r.software;
  }
  const json tags = truth.value("tags", json::object());
  for (const auto& [key, value] : tags.items()) {
    const auto it = r.tags.find(key);
    ASSERT_NE(it, r.tags.end()) << "no tag " << key;
    EXPECT_EQ(it->second, value.get<std::string>()) << key;
  }
  const json stream_tags = truth.value("stream_tags", json::object());
  const auto* video = first_of_kind(r, "video");
  for (const auto& [key, value] : stream_tags.items()) {
    ASSERT_NE(video, nullptr);
    const auto it = video->tags.find(key);
    ASSERT_NE(it, video->tags.end()) << "no stream tag " << key;
    EXPECT_EQ(it->second, value.get<std::string>()) << key;
  }
  const std::string notes = notes_of(r);
  for (const auto& part : truth.value("notes_contain", std::vector<std::string>{})) {
    EXPECT_NE(notes.find(part), std::string::npos) << "no note says \"" << part << "\":\n" << notes;
  }
}

class ProbeFixture : public ::testing::TestWithParam<std::string> {};

TEST_P(ProbeFixture, MatchesItsTruth) {
  const std::string name = GetParam();
  const auto file = testing_support::fixture(name);
  const json truth = json::parse(testing_support::read_file(file.parent_path() / (file.stem().string() + ".json")));
  ASSERT_EQ(truth.value("expect", ""), "report");
  const auto start = std::chrono::steady_clock::now();
  const auto report = media::probe_file(file, test_limits());
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(10));
  ASSERT_TRUE(report.has_value()) << core::to_line(report.error());
  EXPECT_EQ(report->file, file.string());
  expect_text(truth, "kind", report->kind);
  expect_streams(truth, *report);
  expect_place_and_time(truth, *report);
  expect_tags_and_notes(truth, *report);
  EXPECT_TRUE(report->sha256.empty() && report->keyframes.empty() && report->ocr.empty() && report->source.empty());
}

INSTANTIATE_TEST_SUITE_P(Media, ProbeFixture,
                         ::testing::Values("tags.mp4", "apple.mov", "unset-time.mp4", "rotated.mp4", "hevc.mp4", "vp9.webm", "cuts.mp4",
                                           "night.mp4", "day.mp4", "text-latin.mp4", "text-arabic.mp4", "caption-dark.mp4",
                                           "photo-exif.jpg", "photo-gps-sw.jpg", "photo.png", "sticker.webp", "black-10h.mkv",
                                           "truncated.mp4"),
                         [](const auto& info) {
                           std::string id;
                           for (char c : info.param) id += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
                           return id;
                         });

TEST(Probe, ImagesHaveNoDurationAndNoFrameRate) {
  const auto report = media::probe_file(testing_support::fixture("photo-exif.jpg"), test_limits());
  ASSERT_TRUE(report.has_value()) << core::to_line(report.error());
  EXPECT_EQ(report->kind, "image");
  EXPECT_FALSE(report->duration_s.has_value());
  ASSERT_FALSE(report->streams.empty());
  EXPECT_EQ(report->streams[0].frame_rate, 0);
}

TEST(Probe, StreamsCarryTheirRawTags) {
  const auto report = media::probe_file(testing_support::fixture("tags.mp4"), test_limits());
  ASSERT_TRUE(report.has_value()) << core::to_line(report.error());
  ASSERT_EQ(report->streams.size(), 1u);
  const auto& s = report->streams[0];
  EXPECT_EQ(s.index, 0);
  EXPECT_EQ(s.kind, "video");
  EXPECT_GT(s.bitrate, 0);
  EXPECT_EQ(s.tags.at("creation_time"), "2024-06-10T02:58:40.000000Z");
  EXPECT_EQ(report->format, "mov,mp4,m4a,3gp,3g2,mj2");
  EXPECT_GT(report->bitrate, 0);
}

}  // namespace
