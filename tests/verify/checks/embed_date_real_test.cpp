// Real embeds written by others: every byline date printed by
// publish.twitter.com or Instagram must agree with the time in the post id.
// A wrong epoch, shift or shortcode alphabet would make these inconsistent.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "tests/support/paths.hpp"
#include "verify/article/ingest.hpp"
#include "verify/checks/embed_date.hpp"
#include "verify/embeds/detect.hpp"

namespace {

TEST(EmbedDateReal, EveryRealBylineAgreesWithItsPostId) {
  const auto dir = testing_support::shared_dir() / "real-embeds";
  const auto manifest = nlohmann::json::parse(testing_support::read_file(dir / "manifest.json"));
  std::size_t compared = 0;
  for (const auto& doc : manifest) {
    const std::string file = doc["file"];
    SCOPED_TRACE(file);
    core::Case c;
    ASSERT_TRUE(verify::ingest_file(dir / file, verify::IngestOptions{}, c));
    verify::detect_embeds(c);
    for (const auto& check : verify::check_embed_date(c)) {
      EXPECT_EQ(check.verdict, core::Verdict::consistent) << check.embed << ": " << check.explanation;
      ++compared;
    }
  }
  // The manifest lists 35 tweets and one Instagram post with a byline date.
  EXPECT_EQ(compared, 36u);
}

}  // namespace
