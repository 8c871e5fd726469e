#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>

#include "media/av_input.hpp"
#include "media/keyframes.hpp"
#include "tests/support/paths.hpp"

namespace {

namespace fs = std::filesystem;
using testing_support::fixture;

media::KeyframeResult extract(const std::string& name, media::KeyframeOptions options, const fs::path& out) {
  auto input = media::AvInput::open_file(fixture(name), {});
  EXPECT_TRUE(input) << (input ? "" : input.error().message);
  options.out_dir = out;
  options.name = "k";
  auto result = media::extract_keyframes(*input, options, 1ull << 26);
  EXPECT_TRUE(result) << (result ? "" : result.error().message);
  return result ? *result : media::KeyframeResult{};
}

std::size_t jpegs_in(const fs::path& dir) {
  return static_cast<std::size_t>(std::count_if(fs::directory_iterator(dir), fs::directory_iterator(),
                                                [](const fs::directory_entry& e) { return e.path().extension() == ".jpg"; }));
}

// "Keyframes fall on the scene cuts": for every cut of the truth, a chosen
// keyframe within one GOP after it.
void expect_cuts_found(const media::KeyframeResult& r, const nlohmann::json& truth) {
  const double gop = truth.at("gop_s").get<double>();
  for (double cut : truth.at("cuts")) {
    const bool found = std::any_of(r.keyframes.begin(), r.keyframes.end(), [&](const core::Keyframe& k) {
      return k.t >= cut - 0.05 && k.t <= cut + gop + 0.05 && k.why == "scene-cut";
    });
    EXPECT_TRUE(found) << "no scene-cut keyframe within one GOP after the cut at " << cut;
  }
}

TEST(Keyframes, FallOnTheSceneCutsReadByIndex) {
  const fs::path out = testing_support::temp_dir("keyframes-mp4");
  const auto r = extract("scenes.mp4", {}, out);
  const auto truth = nlohmann::json::parse(testing_support::read_file(fixture("scenes.json")));
  EXPECT_TRUE(r.read_by_index);
  ASSERT_FALSE(r.keyframes.empty());
  EXPECT_EQ(r.keyframes.front().why, "first");
  EXPECT_NEAR(r.keyframes.front().t, 0.0, 0.05);
  expect_cuts_found(r, truth);
  // Only key frames are decoded: 10 s with GOP 2 s and a few scene-cut IDRs.
  EXPECT_GE(r.key_frames_decoded, 5u);
  EXPECT_LE(r.key_frames_decoded, 10u);
  const std::regex hex("^[0-9a-f]{16}$");
  for (const auto& k : r.keyframes) {
    EXPECT_TRUE(std::regex_match(k.phash, hex)) << k.phash;
    EXPECT_EQ(k.file.rfind("keyframes/k-", 0), 0u) << k.file;
    EXPECT_TRUE(fs::exists(out / fs::path(k.file).filename())) << k.file;
    EXPECT_GT(k.luma, 0);
    EXPECT_LT(k.luma, 255);
  }
  EXPECT_EQ(jpegs_in(out), r.keyframes.size());
}

TEST(Keyframes, FingerprintHasEveryKeyFrameInTimeOrder) {
  const auto r = extract("scenes.mp4", {}, testing_support::temp_dir("keyframes-fp"));
  ASSERT_EQ(r.fingerprint.size(), r.key_frames_decoded);
  for (std::size_t i = 1; i < r.fingerprint.size(); ++i) EXPECT_GT(r.fingerprint[i].t, r.fingerprint[i - 1].t) << i;
  for (const auto& k : r.keyframes) {
    const bool listed = std::any_of(r.fingerprint.begin(), r.fingerprint.end(),
                                    [&](const core::FingerprintPoint& f) { return f.phash == k.phash && f.t == k.t; });
    EXPECT_TRUE(listed) << k.t;
  }
}

TEST(Keyframes, MatroskaReadInOrderGivesTheSamePictures) {
  const auto mp4 = extract("scenes.mp4", {}, testing_support::temp_dir("keyframes-a"));
  const auto mkv = extract("scenes.mkv", {}, testing_support::temp_dir("keyframes-b"));
  EXPECT_FALSE(mkv.read_by_index);
  ASSERT_EQ(mp4.keyframes.size(), mkv.keyframes.size());
  for (std::size_t i = 0; i < mp4.keyframes.size(); ++i) {
    EXPECT_EQ(mp4.keyframes[i].phash, mkv.keyframes[i].phash) << i;
    EXPECT_NEAR(mp4.keyframes[i].t, mkv.keyframes[i].t, 0.05) << i;
  }
}

TEST(Keyframes, AFragmentedMp4IsReadToItsEnd) {
  const auto whole = extract("scenes.mp4", {}, testing_support::temp_dir("keyframes-whole"));
  const auto frag = extract("scenes-frag.mp4", {}, testing_support::temp_dir("keyframes-frag"));
  EXPECT_FALSE(frag.read_by_index);  // its index holds only the fragments read so far
  EXPECT_EQ(frag.key_frames_decoded, whole.key_frames_decoded);
  ASSERT_EQ(frag.keyframes.size(), whole.keyframes.size());
  EXPECT_EQ(frag.keyframes.back().phash, whole.keyframes.back().phash);
}

TEST(Keyframes, AColonInTheFileNameIsNoProtocol) {
  const fs::path dir = testing_support::temp_dir("keyframes-colon");
  fs::copy_file(fixture("scenes.mp4"), dir / "clip:1.mp4");
  auto input = media::AvInput::open_file(dir / "clip:1.mp4", {});
  EXPECT_TRUE(input) << (input ? "" : input.error().message);
}

TEST(Keyframes, CapLeavesOnlyTheChosenFiles) {
  const fs::path out = testing_support::temp_dir("keyframes-cap");
  media::KeyframeOptions options;
  options.choice.max_chosen = 2;
  const auto r = extract("scenes.mp4", options, out);
  EXPECT_EQ(r.keyframes.size(), 2u);
  EXPECT_EQ(jpegs_in(out), 2u);  // files of frames that gave way are gone
}

TEST(Keyframes, JpegsAreNoLargerThanTheLongestSide) {
  const fs::path out = testing_support::temp_dir("keyframes-side");
  media::KeyframeOptions options;
  options.longest_side = 160;
  const auto r = extract("scenes.mp4", options, out);
  ASSERT_FALSE(r.keyframes.empty());
  // A JPEG's SOF0 marker carries its height and width.
  const std::string jpeg = testing_support::read_file(out / fs::path(r.keyframes.front().file).filename());
  const auto sof = jpeg.find("\xFF\xC0");
  ASSERT_NE(sof, std::string::npos);
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(jpeg[sof + i]); };
  EXPECT_EQ(byte(5) * 256 + byte(6), 90);   // height
  EXPECT_EQ(byte(7) * 256 + byte(8), 160);  // width
}

TEST(Keyframes, AnImageIsOneFrame) {
  const auto r = extract("still.png", {}, testing_support::temp_dir("keyframes-png"));
  ASSERT_EQ(r.keyframes.size(), 1u);
  EXPECT_EQ(r.keyframes[0].why, "first");
  EXPECT_GT(r.keyframes[0].sharpness, 0);
}

TEST(Keyframes, SoundWithoutPictureIsAnError) {
  auto input = media::AvInput::open_file(fixture("tone.m4a"), {});
  ASSERT_TRUE(input) << input.error().message;
  media::KeyframeOptions options;
  options.out_dir = testing_support::temp_dir("keyframes-tone");
  options.name = "k";
  auto r = media::extract_keyframes(*input, options, 1ull << 26);
  ASSERT_FALSE(r);
  EXPECT_NE(r.error().message.find("no video stream"), std::string::npos) << r.error().message;
  EXPECT_EQ(r.error().input, fixture("tone.m4a").string());
}

TEST(AvInput, APassedDeadlineStopsTheOpen) {
  media::InputLimits limits;
  limits.deadline = std::chrono::milliseconds(0);
  auto input = media::AvInput::open_file(fixture("scenes.mp4"), limits);
  ASSERT_FALSE(input);
  EXPECT_NE(input.error().message.find("deadline"), std::string::npos) << input.error().message;
}

TEST(AvInput, StreamsLargerThanThePixelLimitAreRefused) {
  media::InputLimits limits;
  limits.max_pixels = 320 * 180 - 1;
  auto input = media::AvInput::open_file(fixture("scenes.mp4"), limits);
  ASSERT_FALSE(input);
  EXPECT_NE(input.error().message.find("limits.frame_pixels"), std::string::npos) << input.error().message;
}

TEST(AvInput, PlaylistsAreNotAllowedForLocalFiles) {
  const fs::path dir = testing_support::temp_dir("av-input-m3u8");
  const fs::path playlist = dir / "list.m3u8";
  {
    std::ofstream(playlist) << "#EXTM3U\n#EXT-X-TARGETDURATION:10\n#EXTINF:10,\nfile:///etc/passwd\n#EXT-X-ENDLIST\n";
  }
  auto input = media::AvInput::open_file(playlist, {});
  ASSERT_FALSE(input);
  EXPECT_EQ(input.error().input, playlist.string());
}

}  // namespace
