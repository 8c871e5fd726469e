// Check "daylight" on Cases built by hand; the sun from libnova.
#include <gtest/gtest.h>

#include "tests/verify/checks/media_fixture.hpp"
#include "verify/checks/daylight.hpp"

namespace {

using core::Verdict;
using namespace media_fixture;
using namespace place_fixture;

core::Check only_check(const core::Case& c) {
  const auto checks = verify::check_daylight(c);
  EXPECT_EQ(checks.size(), 1u);
  return checks.empty() ? core::Check{} : checks[0];
}

// Frames of median luma `luma`, claimed in Tadmur at `when` (a time of day).
core::Case frames_at(double luma, const char* when) {
  core::Case c;
  auto m = video();
  m.keyframes = {frame(0, luma - 10), frame(4, luma), frame(8, luma + 5)};
  c.media = {m};
  c.claims = {claim("c1", "Tadmour", "event", tadmur()), time_claim("c2", "on April 14 at …", at(when), at(when))};
  return c;
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

TEST(Daylight, SunOverPalmyraAsTheReferenceGivesIt) {
  EXPECT_NEAR(verify::solar_altitude({34.56, 38.28}, at("2020-04-14T10:00:00Z").utc), 63.8, 0.3);
}

TEST(Daylight, BrightFramesAtMiddayAreConsistent) {
  const auto check = only_check(frames_at(140, "2020-04-14T10:00:00Z"));
  EXPECT_EQ(check.kind, "daylight");
  EXPECT_EQ(check.verdict, Verdict::consistent) << check.explanation;
  EXPECT_EQ(check.claims, (std::vector<std::string>{"c1", "c2"}));
  EXPECT_EQ(check.evidence[0].value, "140 of 255 over 3 keyframes");
  EXPECT_TRUE(has(check.evidence.back().value, "63.")) << check.evidence.back().value;
  EXPECT_TRUE(has(check.explanation, "Indoor scenes")) << check.explanation;
}

TEST(Daylight, BrightFramesAtNightAreInconsistent) {
  const auto check = only_check(frames_at(140, "2020-04-14T21:00:00Z"));
  EXPECT_EQ(check.verdict, Verdict::inconsistent) << check.explanation;
  EXPECT_TRUE(has(check.explanation, "below the horizon")) << check.explanation;
}

TEST(Daylight, DarkFramesWithTheSunHighAreInconsistent) {
  EXPECT_EQ(only_check(frames_at(20, "2020-04-14T10:00:00Z")).verdict, Verdict::inconsistent);
  EXPECT_EQ(only_check(frames_at(20, "2020-04-14T21:00:00Z")).verdict, Verdict::consistent);
}

TEST(Daylight, TwilightAndMiddlingLightAreUnverifiable) {
  // Sunset in Palmyra on 2020-04-14 is about 16:10 UTC.
  const auto dusk = only_check(frames_at(140, "2020-04-14T16:10:00Z"));
  EXPECT_EQ(dusk.verdict, Verdict::unverifiable) << dusk.explanation;
  EXPECT_TRUE(has(dusk.explanation, "twilight")) << dusk.explanation;
  EXPECT_EQ(only_check(frames_at(75, "2020-04-14T21:00:00Z")).verdict, Verdict::unverifiable);
}

TEST(Daylight, ADayLongClaimIsTooWide) {
  core::Case c = frames_at(140, "2020-04-14T21:00:00Z");
  c.claims[1].value = core::TimeRange{at("2020-04-14"), at("2020-04-14")};
  const auto check = only_check(c);
  EXPECT_EQ(check.verdict, Verdict::unverifiable);
  EXPECT_TRUE(has(check.explanation, "no time of day")) << check.explanation;
  // The camera's capture time stands in for it.
  c.media[0].capture_time = at("2020-04-14T21:00:00Z");
  c.media[0].capture_time_from = "com.apple.quicktime.creationdate";
  EXPECT_EQ(only_check(c).verdict, Verdict::inconsistent);
}

TEST(Daylight, NoPlaceIsUnverifiableAndNoFramesNoCheck) {
  core::Case c = frames_at(140, "2020-04-14T10:00:00Z");
  c.claims.erase(c.claims.begin());
  EXPECT_EQ(only_check(c).verdict, Verdict::unverifiable);
  c.media[0].location = core::Location{34.56, 38.28};  // the file's GPS stands in
  EXPECT_EQ(only_check(c).verdict, Verdict::consistent);
  c.media[0].keyframes.clear();
  EXPECT_TRUE(verify::check_daylight(c).empty());
}

}  // namespace
