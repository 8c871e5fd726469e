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
  EXPECT_TRUE(has(check.explanation, "1.0 hours after the post")) << check.explanation;
}

TEST(MediaTime, ClockSkewIsAllowed) {
  EXPECT_EQ(only_check(clip("2020-04-14T12:10:00Z")).verdict, Verdict::consistent);
  // Without a UTC offset the tag may hold local time: hours of difference are allowed.
  EXPECT_EQ(only_check(clip("2020-04-14T14:00:00Z", "creation_time")).verdict, Verdict::consistent);
  EXPECT_EQ(only_check(clip("2020-04-15T03:00:00Z", "creation_time")).verdict, Verdict::inconsistent);
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

TEST(MediaTime, APlatformTranscodeTimeLaterThanThePostIsNoContradiction) {
  core::Case c = clip("2020-04-14T12:00:05Z", "creation_time");
  c.media[0].capture_time = at("2020-04-14T12:00:05Z");
  c.media[0].make.clear();  // no camera named: the clock is the writer's
  c.media[0].model.clear();
  const auto check = only_check(c);
  EXPECT_EQ(check.verdict, Verdict::unverifiable);
  EXPECT_TRUE(has(check.explanation, "not a contradiction")) << check.explanation;
  EXPECT_TRUE(verify::capture_time_is_platform_written(c.media[0]));
  c.media[0].capture_time_from = "stream 0 creation_time";
  EXPECT_TRUE(verify::capture_time_is_platform_written(c.media[0]));
  c.media[0].capture_time_from = "com.apple.quicktime.creationdate";
  EXPECT_FALSE(verify::capture_time_is_platform_written(c.media[0]));
  c.media[0].capture_time_from = "creation_time";
  c.media[0].model = "Pixel 7";  // a camera named: its own clock
  EXPECT_FALSE(verify::capture_time_is_platform_written(c.media[0]));
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
