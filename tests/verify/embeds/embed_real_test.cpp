// Real documents (../shared/real-embeds/manifest.json): the detected embeds
// equal the manifest's list exactly — platform, post id, handle, byline date,
// in order; none missed, none invented. And the worked example, tanf-2020.txt.
#include <gtest/gtest.h>

#include "tests/support/paths.hpp"
#include "tests/verify/embeds/embed_expect.hpp"

namespace {

using nlohmann::json;

core::InputKind kind_of(const std::string& name) {
  if (name == "html") return core::InputKind::html;
  if (name == "markdown") return core::InputKind::markdown;
  return core::InputKind::text;
}

TEST(EmbedReal, ManifestDocumentsMatchExactly) {
  const auto dir = testing_support::shared_dir() / "real-embeds";
  const json manifest = json::parse(testing_support::read_file(dir / "manifest.json"));
  ASSERT_GE(manifest.size(), 10u);
  for (const auto& doc : manifest) {
    const std::string file = doc["file"];
    SCOPED_TRACE(file);
    const auto c = embed_expect::detect_in(testing_support::read_file(dir / file), file, kind_of(doc["kind"]));
    SCOPED_TRACE(embed_expect::describe(c));
    embed_expect::expect_well_formed(c);
    const auto& want = doc["embeds"];
    ASSERT_EQ(c.embeds.size(), want.size());
    for (std::size_t i = 0; i < want.size(); ++i) {
      SCOPED_TRACE("embed " + std::to_string(i + 1));
      embed_expect::expect_embed(c.embeds[i], want[i]);
    }
    EXPECT_TRUE(embed_expect::stage_errors(c).empty());
  }
}

TEST(EmbedReal, TanfExampleThroughIngestion) {
  core::Case c;
  ASSERT_TRUE(verify::ingest_file(testing_support::shared_dir() / "examples" / "tanf-2020.txt", {}, c));
  verify::detect_embeds(c);
  SCOPED_TRACE(embed_expect::describe(c));
  ASSERT_EQ(c.embeds.size(), 1u);
  const auto& e = c.embeds[0];
  EXPECT_EQ(e.platform, core::Platform::twitter);
  EXPECT_EQ(e.handle, "MIG29_");
  EXPECT_EQ(e.display_name, "Yusha Yuseef ??");
  EXPECT_EQ(embed_expect::date_of(e), "2020-04-14");
  EXPECT_NE(std::find(e.urls.begin(), e.urls.end(), "https://pic.twitter.com/SyPjlzGIZ5"), e.urls.end());
  EXPECT_TRUE(e.text.starts_with("بالفيديو")) << e.text;
  EXPECT_NE(e.text.find("شام اف ام"), std::string::npos);
  EXPECT_TRUE(embed_expect::stage_errors(c).empty());
}

}  // namespace
