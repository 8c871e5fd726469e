// Answers of the fx-style mirror from tests/cases/fetch/twitter/ (values
// invented), both its /2/status and legacy /status routes: each file becomes a
// Post or a finding or a one-line Error, as fxtwitter.json says.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/time.hpp"
#include "fetch/platforms/twitter_fxtwitter.hpp"
#include "tests/fetch/post_table.hpp"
#include "tests/support/paths.hpp"

namespace {

using nlohmann::json;

const std::filesystem::path k_cases = "tests/cases/fetch/twitter";

TEST(TwitterFxMirror, EveryFixtureGivesThePostTheFindingOrTheError) {
  const auto dir = testing_support::source_dir() / k_cases;
  const auto table = json::parse(testing_support::read_file(dir / "fxtwitter.json"));
  EXPECT_GE(table.size(), 16u);
  for (const auto& t : table) {
    const std::string file = t["file"];
    SCOPED_TRACE(file + " served with " + std::to_string(t["status"].get<long>()));
    fetch::MediaChoice choice;
    if (t.contains("max_bitrate")) choice.max_bitrate = t["max_bitrate"];
    const auto got = fetch::twitter::parse_mirror(testing_support::read_file(dir / file), t["status"].get<long>(),
                                                  t["id"].get<std::string>(), choice);
    if (post_table::expect_error_if_wanted(t, got) || !got) continue;
    EXPECT_EQ(got->post_id, t["id"].get<std::string>());
    post_table::expect_post(t["expect"], *got, "twitter-mirror");
  }
}

TEST(TwitterFxMirror, DeepNestingIsRefusedWithoutRecursion) {
  const std::string deep = std::string(100000, '{');
  const auto got = fetch::twitter::parse_mirror("{\"status\":" + deep, 200, "20", fetch::MediaChoice{});
  ASSERT_FALSE(got.has_value());
  EXPECT_NE(got.error().message.find("nested deeper"), std::string::npos);
}

TEST(TwitterFxMirror, LegacyTimesAreReadWithTheirOffset) {
  const auto t = fetch::twitter::parse_legacy_time("Wed Oct 10 20:19:24 +0000 2018");
  ASSERT_TRUE(t);
  EXPECT_EQ(core::format_iso8601(*t), "2018-10-10T20:19:24Z");
  const auto east = fetch::twitter::parse_legacy_time("Tue Apr 14 12:12:44 +0300 2020");
  ASSERT_TRUE(east);
  EXPECT_EQ(core::format_iso8601(*east), "2020-04-14T09:12:44Z");
  EXPECT_FALSE(fetch::twitter::parse_legacy_time("Wed Foo 10 20:19:24 +0000 2018"));
  EXPECT_FALSE(fetch::twitter::parse_legacy_time("2018-10-10T20:19:24Z"));
  EXPECT_FALSE(fetch::twitter::parse_legacy_time(""));
}

TEST(TwitterFxMirror, TheUrlUsesTheV2Route) {
  EXPECT_EQ(fetch::twitter::mirror_url("http://127.0.0.1:8080/", "1800000000000000000"),
            "http://127.0.0.1:8080/2/status/1800000000000000000");
  EXPECT_FALSE(fetch::twitter::mirror_url("https://api.fxtwitter.com", "../admin"));
}

}  // namespace
