// Check "media-time" on Cases built by hand.
#include <gtest/gtest.h>

#include "tests/verify/checks/media_fixture.hpp"
#include "verify/checks/media_time.hpp"

namespace {

using core::Verdict;
using namespace media_fixture;

core::Check only_check(const core::Case& c) {
  const auto checks = verify::check_media_time(c);
  EXPECT_EQ(checks.size(), 1u);
  return checks.empty() ? core::Check{} : checks[0];
}

// A file captured at `capture` (tag `from`), posted 2020-04-14T12:00Z, of an
// event the article dates 2020-04-14.
core::Case clip(const char* capture, std::string from = "com.apple.quicktime.creationdate") {
  core::Case c;
  auto m = video();
  m.capture_time = at(capture);
  m.capture_time_from = std::move(from);
  m.make = "Apple";  // a camera's file: its clock is the camera's
  m.model = "iPhone 12";
  c.media = {m};
  c.posts = {post("2020-04-14T12:00:00Z")};
  c.claims = {time_claim("c1", "on April 14", at("2020-04-14"), at("2020-04-14"))};
  return c;
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

TEST(MediaTime, CapturedBeforeThePostOnTheClaimedDayIsConsistent) {
  const auto check = only_check(clip("2020-04-14T09:30:00Z"));
  EXPECT_EQ(check.kind, "media-time");
  EXPECT_EQ(check.verdict, Verdict::consistent) << check.explanation;
  EXPECT_EQ(check.embed, "e1");
  EXPECT_EQ(check.claims, std::vector<std::string>{"c1"});
  ASSERT_EQ(check.evidence.size(), 3u);
  EXPECT_EQ(check.evidence[0].value, "2020-04-14T09:30:00Z");
  EXPECT_TRUE(has(check.evidence[0].source, "media/e1-1.mp4"));
  EXPECT_EQ(check.evidence[1].label, "post created_at");
  EXPECT_TRUE(check.evidence[2].span.has_value());
}

TEST(MediaTime, CapturedAfterThePostIsInconsistent) {
  const auto check = only_check(clip("2020-04-14T13:00:00Z"));
  EXPECT_EQ(check.verdict, Verdict::inconsistent) << check.explanation;
  EXPECT_TRUE(has(check.explanation, "at least 45 minutes after the post")) << check.explanation;
}

TEST(MediaTime, ClockSkewIsAllowed) {
  EXPECT_EQ(only_check(clip("2020-04-14T12:10:00Z")).verdict, Verdict::consistent);
  EXPECT_EQ(only_check(clip("2020-04-14T12:20:00Z")).verdict, Verdict::inconsistent);
}

// A local clock reading with no zone is some instant within UTC−12 … UTC+14 of it.
TEST(MediaTime, ALocalTimeWithoutZoneIsCheckedWithinFourteenHours) {
  core::Case c = clip("2020-04-14T09:30:00Z", "exif DateTimeOriginal");
  c.media[0].capture_time.reset();
  c.media[0].capture_local = "2020-04-15T01:30:00";  // 13.5 h after the post if it were UTC: UTC+14 explains it
  auto check = only_check(c);
  EXPECT_EQ(check.verdict, Verdict::consistent) << check.explanation;
  EXPECT_TRUE(has(check.evidence[0].label, "zone unknown")) << check.evidence[0].label;
  EXPECT_EQ(check.evidence[0].value, "2020-04-15T01:30:00");
  c.media[0].capture_local = "2020-04-15T02:30:00";  // 14.5 h: no zone explains it
  check = only_check(c);
  EXPECT_EQ(check.verdict, Verdict::inconsistent) << check.explanation;
  EXPECT_TRUE(has(check.explanation, "local time, zone unknown")) << check.explanation;
}

// A zone inferred from the GPS position is allowed an hour; a written one 15 minutes.
TEST(MediaTime, AnInferredZoneIsAllowedAnHour) {
  core::Case c = clip("2020-04-14T12:40:00Z", "exif DateTimeOriginal");
  EXPECT_EQ(only_check(c).verdict, Verdict::inconsistent);
  c.media[0].capture_zone = "Asia/Damascus";
  c.media[0].capture_zone_from = "inferred from the file's GPS position (near Tadmur, SY; UTC+03:00 then)";
  const auto check = only_check(c);
  EXPECT_EQ(check.verdict, Verdict::consistent) << check.explanation;
  EXPECT_TRUE(has(check.evidence[0].label, "inferred")) << check.evidence[0].label;
}

TEST(MediaTime, FootageMuchOlderThanTheEventIsRecycled) {
  const auto check = only_check(clip("2019-08-01T10:00:00Z"));
  EXPECT_EQ(check.verdict, Verdict::inconsistent);
  EXPECT_TRUE(has(check.explanation, "recycled")) << check.explanation;
  EXPECT_TRUE(has(check.explanation, "257 days before")) << check.explanation;
  // Six days before is within the allowance.
  EXPECT_EQ(only_check(clip("2020-04-08T10:00:00Z")).verdict, Verdict::consistent);
}

TEST(MediaTime, NoCaptureTimeIsUnverifiable) {
  core::Case c = clip("2020-04-14T09:30:00Z");
  c.media[0].capture_time.reset();
  c.media[0].capture_time_from.clear();
  const auto check = only_check(c);
  EXPECT_EQ(check.verdict, Verdict::unverifiable);
  EXPECT_TRUE(has(check.explanation, "no capture time"));
  EXPECT_EQ(check.evidence[0].value, "2020-04-14T12:00:00Z");  // the post side is still shown
}

// A file not known to be an original: its creation_time is when it was written.
core::Case written_clip(const char* written) {
  core::Case c = clip("2020-04-14T09:30:00Z");
  c.media[0].capture_time.reset();
  c.media[0].capture_time_from.clear();
  c.media[0].written_time = at(written);
  c.media[0].written_time_from = "creation_time";
  return c;
}

TEST(MediaTime, APlatformTranscodeTimeLaterThanThePostIsNoContradiction) {
  const auto check = only_check(written_clip("2020-04-14T12:00:05Z"));
  EXPECT_EQ(check.verdict, Verdict::unverifiable);
  EXPECT_TRUE(has(check.explanation, "not a contradiction")) << check.explanation;
  EXPECT_TRUE(has(check.evidence[0].label, "upper bound")) << check.evidence[0].label;
}

TEST(MediaTime, AFileWrittenLongBeforeTheEventIsRecycled) {
  auto check = only_check(written_clip("2015-06-01T08:00:00Z"));
  EXPECT_EQ(check.verdict, Verdict::inconsistent) << check.explanation;
  EXPECT_TRUE(has(check.explanation, "recycled footage")) << check.explanation;
  EXPECT_TRUE(has(check.explanation, "clock")) << check.explanation;  // the caveat is said
  // Written on the eve of the claimed day: within the day's margin (zones, a day's claim).
  check = only_check(written_clip("2020-04-13T10:00:00Z"));
  EXPECT_EQ(check.verdict, Verdict::unverifiable) << check.explanation;
  // Written two days before: the footage is older than the event.
  EXPECT_EQ(only_check(written_clip("2020-04-12T10:00:00Z")).verdict, Verdict::inconsistent);
}

TEST(MediaTime, ABareFileUsesTheUnboundClaims) {
  core::Case c = clip("2019-01-01T10:00:00Z");
  c.posts.clear();
  c.media[0].embed.clear();
  c.claims[0].embed.clear();
  const auto check = only_check(c);
  EXPECT_EQ(check.verdict, Verdict::inconsistent);
  EXPECT_EQ(check.embed, "");
  c.claims[0].embed = "e2";  // a claim about another post says nothing about this file
  EXPECT_EQ(only_check(c).verdict, Verdict::unverifiable);
}

}  // namespace
