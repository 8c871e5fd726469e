#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>

#include <atomic>
#include <fstream>
#include <memory>

#include "fetch/sha256.hpp"
#include "tests/fetch/loopback_server.hpp"
#include "tests/cli/run_command.hpp"
#include "tests/support/paths.hpp"

namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using testing_support::fixture;
using testing_support::run_embedcheck;

json read_json(const fs::path& path) { return json::parse(testing_support::read_file(path)); }

const json* check_of(const json& report, const std::string& kind) {
  for (const auto& k : report["checks"]) {
    if (k["kind"] == kind) return &k;
  }
  return nullptr;
}

TEST(MediaCommand, ABareVideoGetsFactsKeyframesAndItsTags) {
  const fs::path out = testing_support::temp_dir("media-cli");
  auto r = run_embedcheck({"media", fixture("tags.mp4").string(), "--out", out.string(), "--no-ocr"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const json report = read_json(out / "report.json");
  const json truth = read_json(fixture("tags.json"));
  ASSERT_EQ(report["media"].size(), 1u);
  const json& m = report["media"][0];
  EXPECT_TRUE(m["embed"].is_null());
  EXPECT_EQ(m["kind"], "video");
  EXPECT_EQ(m["sha256"], fetch::sha256_file(fixture("tags.mp4"))->sha256);
  EXPECT_EQ(m["capture_time"], truth["capture_time"]);
  EXPECT_NEAR(m["location"]["lat"].get<double>(), truth["location"]["lat"].get<double>(), 1e-4);
  EXPECT_NEAR(m["location"]["lon"].get<double>(), truth["location"]["lon"].get<double>(), 1e-4);
  ASSERT_FALSE(m["keyframes"].empty());
  for (const auto& k : m["keyframes"]) EXPECT_TRUE(fs::exists(out / k["file"].get<std::string>())) << k["file"];
  EXPECT_GE(m["fingerprint"].size(), m["keyframes"].size());
  const std::string md = testing_support::read_file(out / "report.md");
  EXPECT_NE(md.find("## Media"), std::string::npos);
  EXPECT_NE(md.find(m["sha256"].get<std::string>()), std::string::npos);
}

TEST(MediaCommand, SceneCutsBecomeKeyframes) {
  const fs::path out = testing_support::temp_dir("media-cli-cuts");
  auto r = run_embedcheck({"media", fixture("cuts.mp4").string(), "--out", out.string(), "--no-ocr", "--quiet"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const json report = read_json(out / "report.json");
  const json& keyframes = report["media"][0]["keyframes"];
  const json truth = read_json(fixture("cuts.json"));
  for (double cut : truth["cuts"]) {
    const bool found = std::any_of(keyframes.begin(), keyframes.end(), [&](const json& k) {
      return k["t"].get<double>() >= cut - 0.05 && k["t"].get<double>() <= cut + 2.05;
    });
    EXPECT_TRUE(found) << "no keyframe within one GOP (2 s) after the cut at " << cut;
  }
  EXPECT_TRUE(r.out.empty()) << r.out;  // --quiet
}

TEST(MediaCommand, ClaimsGivenAreCheckedAgainstTheFile) {
  const fs::path out = testing_support::temp_dir("media-cli-claims");
  // The fixture's clock says when it was written; a claim a year later cannot be its capture.
  auto r = run_embedcheck({"media", fixture("tags.mp4").string(), "--out", out.string(), "--no-ocr", "--claim-place",
                           "Palmyra, Syria", "--claim-time", "2030-01-01"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const json report = read_json(out / "report.json");
  const auto place = std::find_if(report["claims"].begin(), report["claims"].end(),
                                  [](const json& c) { return c["kind"] == "place" && c["text"] == "Palmyra"; });
  ASSERT_NE(place, report["claims"].end()) << report["claims"].dump(2);
  EXPECT_EQ((*place)["value"]["country"], "SY");
  const auto time = std::find_if(report["claims"].begin(), report["claims"].end(),
                                 [](const json& c) { return c["kind"] == "time"; });
  ASSERT_NE(time, report["claims"].end());
  EXPECT_EQ((*time)["value"]["start"], "2030-01-01");  // a day, written as one
  EXPECT_NE(check_of(report, "media-time"), nullptr) << report["checks"].dump(2);
  EXPECT_NE(check_of(report, "media-place"), nullptr) << report["checks"].dump(2);
}

TEST(MediaCommand, UnreadableFilesExitTwoWithAReport) {
  for (const char* name : {"zero.mp4", "random.mp4", "huge-header.mp4"}) {
    const fs::path out = testing_support::temp_dir("media-cli-bad");
    auto r = run_embedcheck({"media", fixture(name).string(), "--out", out.string(), "--no-ocr", "--quiet"});
    EXPECT_EQ(r.exit_code, 2) << name << ": " << r.err;
    ASSERT_TRUE(fs::exists(out / "report.json")) << name;
    const json report = read_json(out / "report.json");
    ASSERT_FALSE(report["errors"].empty()) << name;
    EXPECT_EQ(report["errors"][0]["input"], fixture(name).string());
    // One line on stderr per problem, naming the file.
    EXPECT_NE(r.err.find(fixture(name).string()), std::string::npos) << r.err;
    EXPECT_FALSE(fs::exists(out / "keyframes") && !fs::is_empty(out / "keyframes")) << name;
  }
}

TEST(MediaCommand, ATenHourStreamIsReadWithinItsBounds) {
  const fs::path out = testing_support::temp_dir("media-cli-long");
  auto r = run_embedcheck({"media", fixture("black-10h.mkv").string(), "--out", out.string(), "--no-ocr", "--quiet"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const json report = read_json(out / "report.json");
  const json& m = report["media"][0];
  EXPECT_NEAR(m["duration_s"].get<double>(), 36000, 2);
  // One key frame an hour, all black: one look, so one keyframe.
  EXPECT_EQ(m["keyframes"].size(), 1u);
  EXPECT_EQ(m["fingerprint"].size(), 10u);
  EXPECT_LT(m["keyframes"][0]["luma"].get<double>(), 20);
}

TEST(MediaCommand, ABadClaimTimeIsAUsageError) {
  auto r = run_embedcheck({"media", fixture("tags.mp4").string(), "--out", testing_support::temp_dir("m").string(),
                           "--claim-time", "last Tuesday"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("--claim-time"), std::string::npos) << r.err;
}

}  // namespace

namespace {

// A remote video through the guarded client: fetched into OUT/media/, its
// custody in the report, and the same report offline from the cache.
TEST(MediaCommand, AUrlIsFetchedThroughTheClientAndReplayedOffline) {
  const std::string video = testing_support::read_file(fixture("cuts.mp4"));
  auto server = std::make_unique<fetch_testing::LoopbackServer>();
  std::atomic<int> hits{0};
  server->http().Get("/clip.mp4", [&](const httplib::Request&, httplib::Response& res) {
    ++hits;
    res.set_content(video, "video/mp4");
  });
  server->start();
  const std::string url = "http://127.0.0.1:" + std::to_string(server->port()) + "/clip.mp4";
  const fs::path dir = testing_support::temp_dir("media-cli-url");
  const fs::path config = dir / "config.json";
  std::ofstream(config) << json{{"cache_dir", (dir / "cache").string()}, {"net", {{"allow_addresses", {"127.0.0.1"}}}}}.dump();

  auto online = run_embedcheck({"media", url, "--out", (dir / "a").string(), "--config", config.string(), "--no-ocr", "--quiet"});
  ASSERT_EQ(online.exit_code, 0) << online.err;
  const json a = read_json(dir / "a" / "report.json");
  ASSERT_EQ(a["media"].size(), 1u) << a["errors"].dump(2);
  const json& m = a["media"][0];
  EXPECT_EQ(m["source"], url);
  EXPECT_EQ(m["sha256"], fetch::sha256_file(fixture("cuts.mp4"))->sha256);
  EXPECT_EQ(m["custody"]["url"], url);
  EXPECT_EQ(m["custody"]["sha256"], m["sha256"]);
  EXPECT_TRUE(fs::exists(dir / "a" / m["file"].get<std::string>())) << m["file"];
  EXPECT_EQ(hits.load(), 1);

  server.reset();
  auto offline = run_embedcheck({"media", url, "--out", (dir / "b").string(), "--config", config.string(), "--no-ocr",
                                 "--quiet", "--offline"});
  ASSERT_EQ(offline.exit_code, 0) << offline.err;
  const json b = read_json(dir / "b" / "report.json");
  EXPECT_EQ(b["media"], a["media"]);
}

TEST(MediaCommand, ALoopbackUrlIsRefusedWithoutTheAllowList) {
  auto server = std::make_unique<fetch_testing::LoopbackServer>();
  std::atomic<int> hits{0};
  server->http().Get("/clip.mp4", [&](const httplib::Request&, httplib::Response& res) {
    ++hits;
    res.set_content("x", "video/mp4");
  });
  server->start();
  const std::string url = "http://127.0.0.1:" + std::to_string(server->port()) + "/clip.mp4";
  const fs::path dir = testing_support::temp_dir("media-cli-refused");
  const fs::path config = dir / "config.json";
  std::ofstream(config) << json{{"cache_dir", (dir / "cache").string()}}.dump();
  auto r = run_embedcheck({"media", url, "--out", (dir / "out").string(), "--config", config.string(), "--quiet"});
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_EQ(hits.load(), 0);
  const json report = read_json(dir / "out" / "report.json");
  EXPECT_TRUE(report["media"].empty());
  ASSERT_FALSE(report["errors"].empty());
  EXPECT_NE(report["errors"][0]["input"].get<std::string>().find("127.0.0.1"), std::string::npos);
}

}  // namespace
