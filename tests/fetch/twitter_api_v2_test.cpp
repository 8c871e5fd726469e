// X API v2 answers from tests/cases/fetch/twitter/ (values invented): each
// file, with the HTTP status it is served with, becomes a Post or a finding
// or a one-line Error, as api_v2.json says.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "fetch/platforms/twitter_api_v2.hpp"
#include "tests/fetch/post_table.hpp"
#include "tests/support/paths.hpp"

namespace {

using nlohmann::json;

const std::filesystem::path k_cases = "tests/cases/fetch/twitter";

TEST(TwitterApiV2, EveryFixtureGivesThePostTheFindingOrTheError) {
  const auto dir = testing_support::source_dir() / k_cases;
  const auto table = json::parse(testing_support::read_file(dir / "api_v2.json"));
  EXPECT_GE(table.size(), 18u);
  for (const auto& t : table) {
    const std::string file = t["file"];
    SCOPED_TRACE(file + " served with " + std::to_string(t["status"].get<long>()));
    fetch::MediaChoice choice;
    if (t.contains("max_bitrate")) choice.max_bitrate = t["max_bitrate"];
    const auto got = fetch::twitter::parse_api_v2(testing_support::read_file(dir / file), t["status"].get<long>(),
                                                  t["id"].get<std::string>(), choice);
    if (post_table::expect_error_if_wanted(t, got) || !got) continue;
    EXPECT_EQ(got->post_id, t["id"].get<std::string>());
    post_table::expect_post(t["expect"], *got, "twitter-api-v2");
  }
}

TEST(TwitterApiV2, DeepNestingIsRefusedWithoutRecursion) {
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  const auto got = fetch::twitter::parse_api_v2("{\"data\":" + deep + "}", 200, "20", fetch::MediaChoice{});
  ASSERT_FALSE(got.has_value());
  EXPECT_NE(got.error().message.find("nested deeper"), std::string::npos);
}

TEST(TwitterApiV2, TheUrlAsksForEveryFieldTheParserReads) {
  const auto url = fetch::twitter::api_v2_url("http://127.0.0.1:8080/", "1800000000000000000");
  ASSERT_TRUE(url);
  EXPECT_EQ(*url,
            "http://127.0.0.1:8080/2/tweets?ids=1800000000000000000"
            "&tweet.fields=created_at,attachments,author_id,lang&expansions=attachments.media_keys,author_id"
            "&media.fields=variants,duration_ms,height,width,preview_image_url,type,url&user.fields=name,username");
  EXPECT_FALSE(fetch::twitter::api_v2_url("https://api.x.com", "1&expansions=x"));
  EXPECT_FALSE(fetch::twitter::api_v2_url("https://api.x.com", ""));
}

}  // namespace
