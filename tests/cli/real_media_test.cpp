// Real photos and videos from phones, cameras, a drone and screen recorders
// (../shared/real-media, read in place) through `embedcheck media` with the
// default settings, OCR on: no crash, and the capture time, place and camera
// that exiftool's reading (truth.json) gives, or an explained disagreement.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <chrono>
#include <cmath>

#include "core/time.hpp"
#include "tests/cli/run_command.hpp"
#include "tests/support/paths.hpp"

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

constexpr std::size_t k_real_files = 28;

const json& truth() {
  static const json all = json::parse(testing_support::read_file(testing_support::shared_dir() / "real-media" / "truth.json"));
  return all;
}

std::string text_of(const json& j, const char* key) {
  return j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : std::string();
}

double seconds_between(const std::string& a, const std::string& b) {
  const auto x = core::parse_iso8601(a), y = core::parse_iso8601(b);
  if (!x || !y) return 1e12;
  return std::abs(std::chrono::duration<double>(x->utc - y->utc).count());
}

double metres_between(double lat1, double lon1, double lat2, double lon2) {
  constexpr double k_radius = 6371000, k_rad = 3.14159265358979323846 / 180;
  const double dlat = (lat2 - lat1) * k_rad, dlon = (lon2 - lon1) * k_rad;
  const double a = std::sin(dlat / 2) * std::sin(dlat / 2) +
                   std::cos(lat1 * k_rad) * std::cos(lat2 * k_rad) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * k_radius * std::asin(std::sqrt(a));
}

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// The time the reference reads, against ours: a UTC time against our capture
// time (or, for a file the reference says was written or exported, our
// written time); a local time with no zone against our local reading.
void expect_time(const json& want, const json& m) {
  const json& t = want["time"];
  const std::string utc = text_of(t, "utc"), local = text_of(t, "local");
  const double tolerance = t.value("tolerance_s", 1.0);
  const std::string is = text_of(want, "creation_time_is");
  if (!utc.empty()) {
    // A container's time (mvhd) of a file written or exported is when it was written.
    const std::string from = text_of(t, "from");
    const bool written = is.rfind("write", 0) == 0 &&
                         (from.find("mvhd") != std::string::npos || from.find("Matroska") != std::string::npos);
    const std::string ours = text_of(m, written ? "written_time" : "capture_time");
    EXPECT_LE(seconds_between(ours, utc), tolerance)
        << (written ? "written_time " : "capture_time ") << ours << " vs the reference's " << utc;
    if (written) {
      EXPECT_TRUE(m["capture_time"].is_null()) << "a written time taken for a capture time";
    }
  } else if (!local.empty()) {
    EXPECT_LE(seconds_between(text_of(m, "capture_local"), local), tolerance)
        << "capture_local " << text_of(m, "capture_local") << " vs the reference's local " << local;
  } else {
    EXPECT_TRUE(m["capture_time"].is_null()) << "a capture time the reference does not read: " << m["capture_time"];
    EXPECT_TRUE(m["capture_local"].is_null()) << m["capture_local"];
  }
}

void expect_place(const json& want, const json& m) {
  const json& p = want["place"];
  if (p["lat"].is_null()) {
    EXPECT_TRUE(m["location"].is_null()) << "a place the reference does not read: " << m["location"];
    return;
  }
  ASSERT_FALSE(m["location"].is_null()) << "no place; the reference reads " << p;
  EXPECT_LE(metres_between(p["lat"], p["lon"], m["location"]["lat"], m["location"]["lon"]), 50.0)
      << m["location"] << " vs " << p;
}

void expect_camera(const json& want, const json& m) {
  const std::string named = lower(text_of(m, "make") + " " + text_of(m, "model"));
  for (const char* key : {"make", "model"}) {
    const std::string reference = lower(text_of(want["camera"], key));
    if (!reference.empty()) {
      EXPECT_NE(named.find(reference), std::string::npos) << key << " " << reference << " not in " << named;
    }
  }
}

// Files where this reading and the reference part, on purpose.
std::string disagreement(const std::string& file) {
  // An iOS app's recording through AVFoundation, no camera or app named: the
  // file is the same whether recorded or exported, so its creation_time is
  // reported as when it was written. The reference says "capture?".
  if (file == "jcodec_zhuker-1D158634-1.mp4") return "written";
  return {};
}

class RealMedia : public testing::TestWithParam<std::size_t> {};

TEST_P(RealMedia, ReadsWhatTheReferenceReads) {
  const json& files = truth()["files"];
  ASSERT_EQ(files.size(), k_real_files) << "truth.json changed: update k_real_files";
  const json& want = files[GetParam()];
  const std::string name = want["file"];
  SCOPED_TRACE(name);
  const fs::path file = testing_support::shared_dir() / "real-media" / "files" / name;
  const fs::path out = testing_support::temp_dir("real-media");
  const auto started = std::chrono::steady_clock::now();
  const auto r = testing_support::run_embedcheck({"media", file.string(), "--out", out.string(), "--quiet"});
  const double took = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  ASSERT_EQ(r.exit_code, 0) << r.err;
  RecordProperty("seconds", std::to_string(took));
  const json report = json::parse(testing_support::read_file(out / "report.json"));
  ASSERT_EQ(report["media"].size(), 1u);
  const json& m = report["media"][0];
  // Two reference files are cut to their headers (the AVI, the MTS's first packets): no frame to decode.
  const bool cut = name == "et_Pentax.avi" || name == "dn_Sony ILCE-7M3 (A7M3).mts";
  EXPECT_EQ(m["keyframes"].empty(), cut) << m["keyframes"].size() << " keyframes";
  if (disagreement(name) == "written") {
    EXPECT_TRUE(m["capture_time"].is_null());
    EXPECT_LE(seconds_between(text_of(m, "written_time"), text_of(want["time"], "utc")), 1.0);
  } else {
    expect_time(want, m);
  }
  expect_place(want, m);
  expect_camera(want, m);
}

INSTANTIATE_TEST_SUITE_P(Files, RealMedia, testing::Range<std::size_t>(0, k_real_files));

}  // namespace

namespace {

const json* check_of(const json& report, const std::string& kind) {
  for (const auto& k : report["checks"]) {
    if (k["kind"] == kind) return &k;
  }
  return nullptr;
}

std::string media_time_verdict(const std::string& name, const std::string& claim_time) {
  const fs::path out = testing_support::temp_dir("real-media-claim");
  const auto r = testing_support::run_embedcheck({"media", (testing_support::shared_dir() / "real-media" / "files" / name).string(),
                                                  "--out", out.string(), "--quiet", "--no-ocr", "--claim-time", claim_time});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  const json report = json::parse(testing_support::read_file(out / "report.json"));
  const json* check = check_of(report, "media-time");
  return check ? (*check)["verdict"].get<std::string>() + ": " + (*check)["explanation"].get<std::string>() : "none";
}

bool starts(const std::string& text, const std::string& head) { return text.rfind(head, 0) == 0; }

// Camera originals get a verdict: their own day agrees, a day years later does not.
TEST(RealMediaTime, CameraOriginalsGetAVerdict) {
  for (const auto& [file, day] : std::vector<std::pair<std::string, std::string>>{
           {"dn_with-gps.mp4", "2017-02-22"}, {"exo_portrait_4k60.mp4", "2023-03-16"}, {"gpmf_karma.mp4", "2017-04-17"},
           {"dn_Sony ILCE-7M3 (A7M3).mts", "2019-04-24"}, {"lychee_train.mov", "2021-04-10"}}) {
    SCOPED_TRACE(file);
    EXPECT_TRUE(starts(media_time_verdict(file, day), "consistent")) << media_time_verdict(file, day);
    EXPECT_TRUE(starts(media_time_verdict(file, "2025-06-01"), "inconsistent")) << media_time_verdict(file, "2025-06-01");
  }
}

// A file written (by FFmpeg) in 2016 cannot hold footage of a 2023 event.
TEST(RealMediaTime, AnOldWriteTimeMakesFootageRecycled) {
  const std::string verdict = media_time_verdict("exo_sample.mp4", "2023-05-01");
  EXPECT_TRUE(starts(verdict, "inconsistent")) << verdict;
  EXPECT_NE(verdict.find("clock"), std::string::npos) << verdict;
  // Written after the claimed day: that is no contradiction.
  EXPECT_TRUE(starts(media_time_verdict("exo_sample.mp4", "2016-05-30"), "unverifiable"));
}

}  // namespace
