// Place claims from a table: tests/cases/claims/place.json, read through the
// full gazetteer index that scripts/setup builds. Each case gives a text and
// the place claims expected, in order; only the fields given are compared.
// Links (within, from, duration) are compared by the linked claim's text.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>

#include "tests/support/paths.hpp"
#include "tests/verify/gazetteer/subset_index.hpp"
#include "verify/article/ingest.hpp"
#include "verify/claims/extract.hpp"
#include "verify/embeds/detect.hpp"
#include "verify/gazetteer/gazetteer.hpp"

namespace {

using nlohmann::json;

const core::Claim* by_id(const core::Case& c, const std::string& id) {
  for (const auto& claim : c.claims) {
    if (claim.id == id) return &claim;
  }
  return nullptr;
}

void expect_link(const core::Case& c, const json& want, const char* key, const std::string& id) {
  if (!want.contains(key)) return;
  if (want[key].is_null()) {
    EXPECT_EQ(id, "") << key;
    return;
  }
  const core::Claim* linked = by_id(c, id);
  ASSERT_NE(linked, nullptr) << key << " is not linked";
  EXPECT_EQ(linked->text, want[key].get<std::string>()) << key;
}

void expect_place(const core::Case& c, const json& want, const core::Claim& got) {
  if (want.contains("text")) {
    EXPECT_EQ(got.text, want["text"]);
  }
  if (want.contains("role")) {
    EXPECT_EQ(got.role, want["role"]) << got.text;
  }
  const auto* place = std::get_if<core::Place>(&got.value);
  if (want.contains("name") || want.contains("type") || want.contains("admin1") || want.contains("country")) {
    ASSERT_NE(place, nullptr) << got.text << ": " << got.note;
    if (want.contains("name")) {
      EXPECT_EQ(place->name, want["name"]);
    }
    if (want.contains("type")) {
      EXPECT_EQ(core::name_of(place->type), want["type"].get<std::string>());
    }
    if (want.contains("admin1")) {
      EXPECT_EQ(place->admin1_code, want["admin1"]);
    }
    if (want.contains("country")) {
      EXPECT_EQ(place->country, want["country"]);
    }
  }
  if (want.contains("reason_contains")) {
    ASSERT_TRUE(got.resolution.has_value()) << got.text;
    EXPECT_NE(got.resolution->reason.find(want["reason_contains"].get<std::string>()), std::string::npos)
        << got.resolution->reason;
  }
  if (want.contains("confident")) {
    ASSERT_TRUE(got.resolution.has_value()) << got.text;
    EXPECT_EQ(got.resolution->confident, want["confident"].get<bool>()) << got.text << ": " << got.resolution->doubt;
    EXPECT_EQ(got.resolution->doubt.empty(), got.resolution->confident) << "a doubt is given exactly when not confident";
  }
  if (want.contains("doubt_contains")) {
    ASSERT_TRUE(got.resolution.has_value()) << got.text;
    EXPECT_NE(got.resolution->doubt.find(want["doubt_contains"].get<std::string>()), std::string::npos)
        << got.resolution->doubt;
  }
  if (want.contains("note_contains")) {
    EXPECT_NE(got.note.find(want["note_contains"].get<std::string>()), std::string::npos) << got.note;
  }
  expect_link(c, want, "within", got.within);
  expect_link(c, want, "from", got.from);
  expect_link(c, want, "duration", got.duration);
}

TEST(PlaceTable, PlaceClaims) {
  auto opened = verify::gazetteer::Gazetteer::open(gazetteer_test::full_index_path());
  ASSERT_TRUE(opened) << opened.error().message << "\nthe full gazetteer index is built by scripts/setup";
  const auto cases = json::parse(testing_support::read_file(testing_support::source_dir() / "tests/cases/claims/place.json"));
  EXPECT_GE(cases.size(), 30u);
  for (const auto& t : cases) {
    SCOPED_TRACE("place.json: " + t["name"].get<std::string>());
    core::Case c;
    c.article.text = t["text"];
    verify::extract_claims(c, &*opened);
    EXPECT_TRUE(c.errors.empty());
    std::vector<const core::Claim*> got;
    for (const auto& claim : c.claims) {
      if (claim.kind == core::ClaimKind::place) got.push_back(&claim);
    }
    const auto& want = t["expect"];
    std::string seen;
    for (const auto* claim : got) seen += " [" + claim->text + "]";
    EXPECT_EQ(got.size(), want.size()) << "found:" << seen;
    if (got.size() != want.size()) continue;
    for (std::size_t i = 0; i < got.size(); ++i) expect_place(c, want[i], *got[i]);
  }
}

}  // namespace

namespace {

// The article's sentence right before a flattened post in another script is
// the article's: its place is claimed, outside the post (it was swallowed).
TEST(PlaceBesidePosts, TheArticlesSentenceBeforeAPostKeepsItsPlace) {
  auto opened = verify::gazetteer::Gazetteer::open(gazetteer_test::full_index_path());
  ASSERT_TRUE(opened) << opened.error().message;
  core::Case c;
  verify::IngestOptions options;
  options.kind = core::InputKind::text;
  ASSERT_TRUE(verify::ingest_bytes("Video recorded in Odessa on Friday shows the harbour.\n"
                                   "\u041f\u043e\u0440\u0442 \u041e\u0434\u0435\u0441\u0438 pic.twitter.com/AbC123xyz9\n"
                                   "\u2014 Port News (@port_news) June 4, 2022\n",
                                   "odessa.txt", options, c));
  verify::detect_embeds(c);
  verify::extract_claims(c, &*opened);
  ASSERT_EQ(c.embeds.size(), 1u);
  const auto odessa = std::find_if(c.claims.begin(), c.claims.end(), [](const core::Claim& k) {
    return k.kind == core::ClaimKind::place && k.text == "Odessa";
  });
  ASSERT_NE(odessa, c.claims.end());
  EXPECT_LE(odessa->span.end, c.embeds[0].span.start);
  EXPECT_EQ(odessa->embed, "e1") << "the sentence introducing the post claims for it";
}

}  // namespace
