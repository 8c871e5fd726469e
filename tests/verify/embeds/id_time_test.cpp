#include <gtest/gtest.h>

#include "verify/embeds/id_time.hpp"

namespace {

using core::IdTimeStrength;
using core::Platform;
using verify::embeds::read_id_time;

// A fixed "now" keeps the plausibility bound independent of the test date.
const core::Millis k_now = core::from_unix_millis(1767225600000LL).utc;  // 2026-01-01

std::string iso(const verify::embeds::IdTime& t) { return t.time ? core::format_iso8601(*t.time) : "(none)"; }

TEST(IdTime, SnowflakeVectors) {
  EXPECT_EQ(iso(read_id_time(Platform::twitter, "1256192516094939136", k_now)), "2020-05-01T12:03:29.422Z");
  EXPECT_EQ(iso(read_id_time(Platform::twitter, "1610638557118349317", k_now)), "2023-01-04T14:05:30.891Z");
  const auto t = read_id_time(Platform::twitter, "1800000000000000000", k_now);
  EXPECT_EQ(iso(t), "2024-06-10T03:00:17.039Z");
  EXPECT_EQ(t.strength, IdTimeStrength::strong);
  EXPECT_EQ(t.error, "");
}

TEST(IdTime, SnowflakeFromTheFirstId) {
  EXPECT_EQ(iso(read_id_time(Platform::twitter, "29700859247", k_now)), "2010-11-04T01:43:01.738Z");
}

TEST(IdTime, PreSnowflakeIdHasNoTime) {
  for (const char* id : {"20", "29700859246", "1234567"}) {
    const auto t = read_id_time(Platform::twitter, id, k_now);
    EXPECT_FALSE(t.time.has_value()) << id;
    EXPECT_FALSE(t.strength.has_value());
    EXPECT_EQ(t.error, "");
    EXPECT_NE(t.no_time.find("29700859247"), std::string::npos) << t.no_time;
  }
}

TEST(IdTime, OverflowingIdIsAnError) {
  const auto t = read_id_time(Platform::twitter, "123456789012345678901234567890", k_now);
  EXPECT_FALSE(t.time.has_value());
  EXPECT_NE(t.error.find("30 digits"), std::string::npos) << t.error;
  EXPECT_NE(t.error.find("64 bits"), std::string::npos) << t.error;
  // 2^64 is the first number that does not fit; 2^64 - 1 does.
  EXPECT_NE(read_id_time(Platform::twitter, "18446744073709551616", k_now).error, "");
  EXPECT_EQ(read_id_time(Platform::twitter, "18446744073709551615", k_now).error, "");
  EXPECT_NE(read_id_time(Platform::telegram, "123456789012345678901234567890", k_now).error, "");
  EXPECT_NE(read_id_time(Platform::facebook, "123456789012345678901234567890", k_now).error, "");
  EXPECT_NE(read_id_time(Platform::tiktok, "123456789012345678901234567890", k_now).error, "");
}

TEST(IdTime, FutureSnowflakeIsNotATime) {
  const auto t = read_id_time(Platform::twitter, "18446744073709551615", k_now);
  EXPECT_FALSE(t.time.has_value());
  EXPECT_NE(t.no_time, "");
}

TEST(IdTime, TikTok) {
  const auto t = read_id_time(Platform::tiktok, "6718335390845095173", k_now);
  EXPECT_EQ(iso(t), "2019-07-27T13:32:33.000Z");
  EXPECT_EQ(t.strength, IdTimeStrength::strong);
  // Before 2014 (a small id) is not a time-bearing id.
  const auto small = read_id_time(Platform::tiktok, "12345", k_now);
  EXPECT_FALSE(small.time.has_value());
  EXPECT_NE(small.no_time.find("2014"), std::string::npos);
}

TEST(IdTime, InstagramShortcode) {
  EXPECT_EQ(verify::embeds::instagram_media_id("_-fx45Au4w"), 1152498322435665456ULL);
  const auto t = read_id_time(Platform::instagram, "_-fx45Au4w", k_now);
  EXPECT_EQ(iso(t), "2016-01-01T00:35:27.947Z");  // the embed's <time datetime="2016-01-01T00:35:27+00:00">
  EXPECT_EQ(t.strength, IdTimeStrength::strong);
  // A private post's shortcode carries 28 extra characters.
  const auto private_post = read_id_time(Platform::instagram, "_-fx45Au4w" + std::string(28, 'A'), k_now);
  EXPECT_EQ(iso(private_post), "2016-01-01T00:35:27.947Z");
}

TEST(IdTime, InstagramOverflowIsAnError) {
  const auto t = read_id_time(Platform::instagram, "zzzzzzzzzzzzz", k_now);  // 13 × 6 bits > 64
  EXPECT_FALSE(t.time.has_value());
  EXPECT_NE(t.error, "");
}

TEST(IdTime, BlueskyTidIsWeak) {
  const auto t = read_id_time(Platform::bluesky, "3kfd2xhpl2h2x", k_now);
  EXPECT_EQ(iso(t), "2023-11-29T10:45:13.230Z");
  EXPECT_EQ(t.strength, IdTimeStrength::weak);
  const auto not_tid = read_id_time(Platform::bluesky, "self", k_now);
  EXPECT_FALSE(not_tid.time.has_value());
  EXPECT_EQ(not_tid.error, "");
}

TEST(IdTime, PlatformsWithoutTime) {
  for (auto [platform, id] : {std::pair{Platform::youtube, "dQw4w9WgXcQ"}, std::pair{Platform::facebook, "10153231379946729"},
                              std::pair{Platform::telegram, "43"}, std::pair{Platform::reddit, "92dd8"},
                              std::pair{Platform::vimeo, "76979871"}}) {
    const auto t = read_id_time(platform, id, k_now);
    EXPECT_FALSE(t.time.has_value()) << id;
    EXPECT_EQ(t.error, "") << id;
    EXPECT_NE(t.no_time, "") << id;
  }
}

TEST(IdTime, ParseUint64NeverGoesThroughDouble) {
  // 2^53 + 1 is not representable as a double.
  EXPECT_EQ(verify::embeds::parse_uint64("9007199254740993"), 9007199254740993ULL);
  EXPECT_FALSE(verify::embeds::parse_uint64("").has_value());
  EXPECT_FALSE(verify::embeds::parse_uint64("12a").has_value());
}

}  // namespace
