// Bad inputs: each gives a one-line error (stage "media", input the path) or
// a report whose notes say what is wrong, within the deadline, never a crash.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <chrono>
#include <fstream>

#include "media/probe.hpp"
#include "tests/support/paths.hpp"

namespace {

using nlohmann::json;
using namespace std::chrono_literals;

media::InputLimits limits_of(std::chrono::milliseconds deadline) {
  media::InputLimits limits;
  limits.deadline = deadline;
  return limits;
}

void expect_one_line_error(const core::Result<core::MediaReport>& got, const std::filesystem::path& file) {
  ASSERT_FALSE(got.has_value()) << file << " gave a report of kind " << got->kind;
  EXPECT_EQ(got.error().stage, "media");
  EXPECT_EQ(got.error().input, file.string());
  EXPECT_FALSE(got.error().message.empty());
  EXPECT_EQ(got.error().message.find('\n'), std::string::npos) << got.error().message;
}

class BadInput : public ::testing::TestWithParam<std::string> {};

TEST_P(BadInput, GivesWhatItsTruthSays) {
  const auto file = testing_support::fixture(GetParam());
  const json truth = json::parse(testing_support::read_file(file.parent_path() / (file.stem().string() + ".json")));
  const auto start = std::chrono::steady_clock::now();
  const auto got = media::probe_file(file, limits_of(10s));
  EXPECT_LT(std::chrono::steady_clock::now() - start, 5s);
  if (truth["expect"] == "error") {
    expect_one_line_error(got, file);
    if (!got && truth.contains("error_contains")) {
      EXPECT_NE(got.error().message.find(truth["error_contains"].get<std::string>()), std::string::npos) << got.error().message;
    }
  } else {
    ASSERT_TRUE(got.has_value()) << core::to_line(got.error());
  }
}

INSTANTIATE_TEST_SUITE_P(Media, BadInput,
                         ::testing::Values("zero.mp4", "random.mp4", "truncated.mp4", "huge-header.mp4", "huge-image.png", "audio-only.m4a",
                                           "many-streams.mkv"),
                         [](const auto& info) {
                           std::string id;
                           for (char c : info.param) id += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
                           return id;
                         });

TEST(ProbeBadInput, AudioOnlyNamesWhatItHolds) {
  const auto file = testing_support::fixture("audio-only.m4a");
  const auto got = media::probe_file(file, limits_of(10s));
  expect_one_line_error(got, file);
  if (!got) {
    EXPECT_NE(got.error().message.find("1 audio (aac)"), std::string::npos) << got.error().message;
  }
}

TEST(ProbeBadInput, HugeHeaderIsRefusedBeforeDecoding) {
  const auto file = testing_support::fixture("huge-header.mp4");
  const auto got = media::probe_file(file, limits_of(10s));
  expect_one_line_error(got, file);
  if (!got) {
    EXPECT_NE(got.error().message.find("65535x65535"), std::string::npos) << got.error().message;
  }
}

TEST(ProbeBadInput, ASmallerPixelLimitRefusesAnOrdinaryVideo) {
  auto limits = limits_of(10s);
  limits.max_pixels = 320 * 240 - 1;
  const auto file = testing_support::fixture("tags.mp4");
  const auto got = media::probe_file(file, limits);
  expect_one_line_error(got, file);
  if (!got) {
    EXPECT_NE(got.error().message.find("limits.frame_pixels"), std::string::npos) << got.error().message;
  }
}

TEST(ProbeBadInput, ManyStreamsNameTheCap) {
  const auto file = testing_support::fixture("many-streams.mkv");
  const auto got = media::probe_file(file, limits_of(10s));
  expect_one_line_error(got, file);
  if (!got) {
    EXPECT_NE(got.error().message.find("100 streams"), std::string::npos) << got.error().message;
  }
}

TEST(ProbeBadInput, TruncatedSaysHowMuchIsThere) {
  const auto got = media::probe_file(testing_support::fixture("truncated.mp4"), limits_of(10s));
  ASSERT_TRUE(got.has_value()) << core::to_line(got.error());
  bool said = false;
  for (const auto& note : got->notes) said = said || (note.find("truncated") != std::string::npos && (note.find("49%") != std::string::npos || note.find("50%") != std::string::npos));
  EXPECT_TRUE(said) << "no note says the file is truncated to about half";
}

TEST(ProbeBadInput, MissingFileAndFolder) {
  const auto missing = testing_support::temp_dir("probe") / "missing.mp4";
  expect_one_line_error(media::probe_file(missing, limits_of(10s)), missing);
  const auto folder = testing_support::temp_dir("probe-folder");
  expect_one_line_error(media::probe_file(folder, limits_of(10s)), folder);
}

TEST(ProbeBadInput, ADeadlineAlreadyPastStopsTheRead) {
  const auto file = testing_support::fixture("black-10h.mkv");
  const auto got = media::probe_file(file, limits_of(0ms));
  expect_one_line_error(got, file);
  if (!got) {
    EXPECT_NE(got.error().message.find("deadline"), std::string::npos) << got.error().message;
  }
}

TEST(ProbeBadInput, TenHoursAreProbedQuickly) {
  const auto start = std::chrono::steady_clock::now();
  const auto got = media::probe_file(testing_support::fixture("black-10h.mkv"), limits_of(10s));
  EXPECT_LT(std::chrono::steady_clock::now() - start, 2s);
  ASSERT_TRUE(got.has_value()) << core::to_line(got.error());
  ASSERT_TRUE(got->duration_s.has_value());
  EXPECT_NEAR(*got->duration_s, 36000, 1);
}

TEST(ProbeBadInput, ATextFileNamedMp4) {
  const auto file = testing_support::temp_dir("probe-text") / "notes.mp4";
  std::ofstream(file) << "#EXTM3U\n#EXTINF:1,\nfile:///etc/passwd\n";
  expect_one_line_error(media::probe_file(file, limits_of(10s)), file);
}

}  // namespace
