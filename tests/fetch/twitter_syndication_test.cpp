// Syndication answers from tests/cases/fetch/twitter/ (values invented):
// each file, with the HTTP status it is served with, becomes a Post or a
// finding or a one-line Error, as syndication.json says.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/time.hpp"
#include "fetch/platforms/media_choice.hpp"
#include "fetch/platforms/twitter_syndication.hpp"
#include "tests/fetch/post_table.hpp"
#include "tests/support/paths.hpp"

namespace {

using nlohmann::json;

const std::filesystem::path k_cases = "tests/cases/fetch/twitter";

TEST(TwitterSyndication, EveryFixtureGivesThePostTheFindingOrTheError) {
  const auto dir = testing_support::source_dir() / k_cases;
  const auto table = json::parse(testing_support::read_file(dir / "syndication.json"));
  EXPECT_GE(table.size(), 15u);
  for (const auto& t : table) {
    const std::string file = t["file"];
    SCOPED_TRACE(file + " served with " + std::to_string(t["status"].get<long>()));
    const auto got = fetch::twitter::parse_syndication(testing_support::read_file(dir / file), t["status"].get<long>(),
                                                       t["id"].get<std::string>(), fetch::MediaChoice{});
    if (post_table::expect_error_if_wanted(t, got) || !got) continue;
    EXPECT_EQ(got->post_id, t["id"].get<std::string>());
    post_table::expect_post(t["expect"], *got, "twitter-syndication");
  }
}

TEST(TwitterSyndication, DeepNestingIsRefusedWithoutRecursion) {
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  const auto got = fetch::twitter::parse_syndication("{\"a\":" + deep + "}", 200, "20", fetch::MediaChoice{});
  ASSERT_FALSE(got.has_value());
  EXPECT_NE(got.error().message.find("nested deeper"), std::string::npos);
}

TEST(TwitterSyndication, TheUrlCarriesTheIdAndToken) {
  EXPECT_EQ(fetch::twitter::syndication_url("http://127.0.0.1:8080/", "1800000000000000000"),
            "http://127.0.0.1:8080/tweet-result?id=1800000000000000000&lang=en&token=4d2v7cbm2xj");
  EXPECT_FALSE(fetch::twitter::syndication_url("https://cdn.syndication.twimg.com", "not-an-id"));
}

TEST(MediaChoice, PicksTheBestMp4UnderTheCapThenTheSmallestThenThePlaylist) {
  const std::vector<fetch::VideoVariant> variants{{"hls", "application/x-mpegURL", 0},
                                                  {"low", "video/mp4", 632000},
                                                  {"mid", "video/mp4", 950000},
                                                  {"high", "video/mp4", 2176000}};
  EXPECT_EQ(fetch::choose_variant(variants, {1'000'000})->url, "mid");
  EXPECT_EQ(fetch::choose_variant(variants, {5'000'000})->url, "high");
  EXPECT_EQ(fetch::choose_variant(variants, {100'000})->url, "low");
  EXPECT_EQ(fetch::choose_variant({variants[0]}, {})->url, "hls");
  EXPECT_FALSE(fetch::choose_variant({}, {}));
  EXPECT_FALSE(fetch::choose_variant({{"", "video/mp4", 1}}, {}));
}

}  // namespace
