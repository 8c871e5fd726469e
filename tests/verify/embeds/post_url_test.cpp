// The URL table (tests/cases/embeds/url_table.json): every URL form maps to
// its platform, kind, post id and handle; every post URL is claimed by
// exactly one platform entry (yt-dlp's test_no_duplicates).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "tests/support/paths.hpp"
#include "verify/embeds/post_url.hpp"

namespace {

using nlohmann::json;
using verify::embeds::parse_post_url;
using verify::embeds::platforms_claiming;
using verify::embeds::UrlKind;

json url_table() {
  const auto path = testing_support::source_dir() / "tests" / "cases" / "embeds" / "url_table.json";
  return json::parse(testing_support::read_file(path));
}

const char* kind_name(UrlKind kind) {
  switch (kind) {
    case UrlKind::post: return "post";
    case UrlKind::media_link: return "media_link";
    case UrlKind::short_link: return "short_link";
  }
  return "?";
}

TEST(PostUrl, TableHasEveryPlatform) {
  std::set<std::string> platforms;
  for (const auto& row : url_table()) {
    if (!row["platform"].is_null()) platforms.insert(row["platform"].get<std::string>());
  }
  EXPECT_EQ(platforms.size(), 9u);
}

TEST(PostUrl, EveryRowParsesAsListed) {
  for (const auto& row : url_table()) {
    const std::string url = row["url"];
    SCOPED_TRACE(url);
    const auto ref = parse_post_url(url);
    if (row["platform"].is_null()) {
      EXPECT_FALSE(ref.has_value()) << "platform " << core::name_of(ref->platform);
      continue;
    }
    ASSERT_TRUE(ref.has_value());
    EXPECT_EQ(core::name_of(ref->platform), row["platform"].get<std::string>());
    EXPECT_EQ(kind_name(ref->kind), row["kind"].get<std::string>());
    if (row.contains("problem")) {
      EXPECT_NE(ref->problem.find(row["problem"].get<std::string>()), std::string::npos) << ref->problem;
      continue;
    }
    EXPECT_EQ(ref->problem, "");
    EXPECT_EQ(ref->post_id, row.value("post_id", ""));
    EXPECT_EQ(ref->handle, row.value("handle", ""));
  }
}

TEST(PostUrl, NoDuplicates) {
  for (const auto& row : url_table()) {
    const std::string url = row["url"];
    SCOPED_TRACE(url);
    const auto claiming = platforms_claiming(url);
    if (row["platform"].is_null()) {
      EXPECT_TRUE(claiming.empty());
    } else {
      ASSERT_EQ(claiming.size(), 1u);
      EXPECT_EQ(core::name_of(claiming.front()), row["platform"].get<std::string>());
    }
  }
}

TEST(PostUrl, LongInputsAreRefusedQuickly) {
  const std::string huge = "https://twitter.com/user/status/" + std::string(100000, '1');
  EXPECT_FALSE(parse_post_url(huge).has_value());
}

TEST(PostUrl, ThirtyDigitIdIsKeptAsPrinted) {
  const auto ref = parse_post_url("https://twitter.com/user/status/123456789012345678901234567890");
  ASSERT_TRUE(ref.has_value());
  EXPECT_EQ(ref->post_id, "123456789012345678901234567890");
  EXPECT_EQ(ref->problem, "");  // the range is id_time's concern
}

}  // namespace
