// Every real document in shared/real-embeds/ ingests to non-empty text, and
// each markup embed the manifest lists has its element in the outline.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "tests/support/paths.hpp"
#include "tests/verify/article/ingest_support.hpp"

namespace {

using ingest_testing::contains;

TEST(ArticleRealEmbeds, EveryManifestFileIngests) {
  const auto folder = testing_support::shared_dir() / "real-embeds";
  const auto manifest = nlohmann::json::parse(testing_support::read_file(folder / "manifest.json"));
  ASSERT_GE(manifest.size(), 10u);
  for (const auto& entry : manifest) {
    const std::string file = entry.at("file").get<std::string>();
    core::Case c;
    ASSERT_TRUE(verify::ingest_file(folder / file, {}, c)) << file << ": " << (c.errors.empty() ? "" : c.errors[0].message);
    const core::Article& a = c.article;
    EXPECT_TRUE(c.errors.empty()) << file << ": " << c.errors[0].message;
    EXPECT_EQ(a.charset, "utf-8") << file;
    EXPECT_GT(a.text.size(), 500u) << file;
    EXPECT_FALSE(a.title.empty()) << file;
    const bool dated = contains(testing_support::read_file(folder / file), "\ndate: ");
    EXPECT_EQ(a.published.has_value(), dated) << file;
    EXPECT_FALSE(contains(a.text, "\nlayout:")) << file << ": front matter left in the text";
    for (const auto& e : a.markup) {
      ASSERT_LE(e.span.start, e.span.end) << file;
      ASSERT_LE(e.span.end, a.text.size()) << file;
    }
    // Each embed's post id appears in an attribute of the outline: the embeds stage can find it.
    for (const auto& embed : entry.at("embeds")) {
      const std::string id = embed.at("post_id").get<std::string>();
      bool found = false;
      for (const auto& e : a.markup) {
        for (const auto& [name, value] : e.attributes) found = found || contains(value, id);
      }
      EXPECT_TRUE(found) << file << ": post " << id << " not in any attribute";
    }
  }
}

}  // namespace
