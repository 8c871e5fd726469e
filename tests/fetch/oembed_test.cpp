// oEmbed answers from tests/cases/fetch/twitter/ (values invented): each
// file, with the HTTP status it is served with, becomes a Post with the
// printed date beside it, a finding, or a one-line Error, as oembed.json says.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "fetch/platforms/twitter_oembed.hpp"
#include "tests/fetch/post_table.hpp"
#include "tests/support/paths.hpp"

namespace {

using nlohmann::json;

const std::filesystem::path k_cases = "tests/cases/fetch/twitter";

TEST(TwitterOEmbed, EveryFixtureGivesThePostTheFindingOrTheError) {
  const auto dir = testing_support::source_dir() / k_cases;
  const auto table = json::parse(testing_support::read_file(dir / "oembed.json"));
  EXPECT_GE(table.size(), 12u);
  for (const auto& t : table) {
    const std::string file = t["file"];
    SCOPED_TRACE(file + " served with " + std::to_string(t["status"].get<long>()));
    const std::size_t max_bytes = t.value("max_bytes", fetch::html::k_max_page_bytes);
    const auto got = fetch::twitter::parse_oembed(testing_support::read_file(dir / file), t["status"].get<long>(),
                                                  t["id"].get<std::string>(), max_bytes);
    if (post_table::expect_error_if_wanted(t, got) || !got) continue;
    EXPECT_EQ(got->post.post_id, t["id"].get<std::string>());
    EXPECT_EQ(got->date_text, t.value("date_text", ""));
    post_table::expect_post(t["expect"], got->post, "twitter-oembed");
  }
}

TEST(TwitterOEmbed, TheUrlNamesThePostAndOmitsTheScript) {
  EXPECT_EQ(fetch::twitter::oembed_url("https://publish.twitter.com/", "1800000000000000000", "example_user"),
            "https://publish.twitter.com/oembed?url=https%3A%2F%2Ftwitter.com%2Fexample_user%2Fstatus%2F1800000000000000000"
            "&omit_script=true&dnt=true");
  EXPECT_EQ(fetch::twitter::oembed_url("https://publish.twitter.com", "20"),
            "https://publish.twitter.com/oembed?url=https%3A%2F%2Ftwitter.com%2Fi%2Fstatus%2F20&omit_script=true&dnt=true");
  EXPECT_FALSE(fetch::twitter::oembed_url("https://publish.twitter.com", "20", "a/b"));
  EXPECT_FALSE(fetch::twitter::oembed_url("https://publish.twitter.com", "x20"));
}

}  // namespace
