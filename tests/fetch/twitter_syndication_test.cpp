// Syndication answers from tests/cases/fetch/twitter/ (values invented):
// each file, with the HTTP status it is served with, becomes a Post or a
// finding or a one-line Error, as syndication.json says.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/time.hpp"
#include "fetch/platforms/media_choice.hpp"
#include "fetch/platforms/twitter_syndication.hpp"
#include "tests/support/paths.hpp"

namespace {

using nlohmann::json;

const std::filesystem::path k_cases = "tests/cases/fetch/twitter";

bool ends_with(const std::string& s, const std::string& tail) { return s.size() >= tail.size() && s.ends_with(tail); }

void expect_media(const json& want, const core::MediaItem& got) {
  EXPECT_EQ(got.kind, want["kind"]);
  if (want.contains("url_ends")) {
    EXPECT_TRUE(ends_with(got.url, want["url_ends"])) << got.url;
  }
  if (want.contains("bitrate")) {
    EXPECT_EQ(got.bitrate, want["bitrate"].get<std::int64_t>());
  }
  if (want.contains("duration_s")) {
    ASSERT_TRUE(got.duration_s.has_value());
    EXPECT_DOUBLE_EQ(*got.duration_s, want["duration_s"].get<double>());
  }
  if (want.contains("poster_ends")) {
    EXPECT_TRUE(ends_with(got.poster, want["poster_ends"])) << got.poster;
  }
  if (want.contains("content_type")) {
    EXPECT_EQ(got.content_type, want["content_type"]);
  }
  if (want.contains("width")) {
    EXPECT_EQ(got.width, want["width"].get<int>());
    EXPECT_EQ(got.height, want["height"].get<int>());
  }
}

void expect_post(const json& want, const core::Post& got) {
  EXPECT_EQ(core::name_of(got.status), want["status"].get<std::string>());
  EXPECT_EQ(got.fetched_via, "twitter-syndication");
  for (const char* key : {"author", "author_handle", "lang"}) {
    if (!want.contains(key)) continue;
    const std::string& value = std::string(key) == "author" ? got.author : std::string(key) == "lang" ? got.lang
                                                                                                   : got.author_handle;
    EXPECT_EQ(value, want[key].get<std::string>()) << key;
  }
  if (want.contains("created_at")) {
    ASSERT_TRUE(got.created_at.has_value());
    EXPECT_EQ(got.created_at->utc, core::parse_iso8601(want["created_at"].get<std::string>())->utc);
  }
  if (want.contains("text_starts")) {
    EXPECT_EQ(got.text.rfind(want["text_starts"].get<std::string>(), 0), 0u) << got.text;
  }
  if (want.contains("status_note_contains")) {
    EXPECT_NE(got.status_note.find(want["status_note_contains"].get<std::string>()), std::string::npos) << got.status_note;
  }
  if (want.contains("media")) {
    ASSERT_EQ(got.media.size(), want["media"].size());
    for (std::size_t i = 0; i < got.media.size(); ++i) expect_media(want["media"][i], got.media[i]);
  }
}

TEST(TwitterSyndication, EveryFixtureGivesThePostTheFindingOrTheError) {
  const auto dir = testing_support::source_dir() / k_cases;
  const auto table = json::parse(testing_support::read_file(dir / "syndication.json"));
  EXPECT_GE(table.size(), 15u);
  for (const auto& t : table) {
    const std::string file = t["file"];
    SCOPED_TRACE(file + " served with " + std::to_string(t["status"].get<long>()));
    const auto got = fetch::twitter::parse_syndication(testing_support::read_file(dir / file), t["status"].get<long>(),
                                                       t["id"].get<std::string>(), fetch::MediaChoice{});
    if (t.contains("error_contains")) {
      ASSERT_FALSE(got.has_value()) << "expected an error";
      EXPECT_NE(got.error().message.find(t["error_contains"].get<std::string>()), std::string::npos) << got.error().message;
      EXPECT_EQ(got.error().message.find('\n'), std::string::npos);
      continue;
    }
    ASSERT_TRUE(got.has_value()) << got.error().message;
    EXPECT_EQ(got->post_id, t["id"].get<std::string>());
    expect_post(t["expect"], *got);
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
