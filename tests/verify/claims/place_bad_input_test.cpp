// Place claims on bad input, through the full gazetteer: floods of place
// phrases are capped with an error that says so, names of hundreds of places
// and mixed scripts give a clean result, and without a gazetteer there are
// simply no place claims.
#include <gtest/gtest.h>

#include <algorithm>

#include "tests/verify/gazetteer/subset_index.hpp"
#include "verify/claims/extract.hpp"
#include "verify/claims/place_resolve.hpp"
#include "verify/gazetteer/gazetteer.hpp"

namespace {

const verify::gazetteer::Gazetteer& full_gazetteer() {
  static auto opened = verify::gazetteer::Gazetteer::open(gazetteer_test::full_index_path());
  if (!opened) throw std::runtime_error(opened.error().message + " (the full index is built by scripts/setup)");
  return *opened;
}

core::Case extract(std::string text) {
  core::Case c;
  c.article.text = std::move(text);
  verify::extract_claims(c, &full_gazetteer());
  return c;
}

std::size_t place_claims(const core::Case& c) {
  return static_cast<std::size_t>(
      std::count_if(c.claims.begin(), c.claims.end(), [](const core::Claim& k) { return k.kind == core::ClaimKind::place; }));
}

// A base-26 capitalised nonsense word per number: "Qbaa", "Qbab", …
std::string nonsense(std::size_t n) {
  std::string w = "Q";
  for (int i = 0; i < 4; ++i, n /= 26) w += static_cast<char>('a' + n % 26);
  return w;
}

TEST(PlaceBadInput, ThousandsOfDistinctCapitalisedNamesAreCappedAndSaid) {
  std::string text;
  const std::size_t names = verify::claims::k_max_place_names + 500;
  for (std::size_t i = 0; i < names; ++i) text += "seen in " + nonsense(i) + " Town, ";
  const auto c = extract(text);
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_NE(c.errors[0].message.find("500 place phrases were not looked up"), std::string::npos) << c.errors[0].message;
  for (const auto& claim : c.claims) EXPECT_LE(claim.span.end, c.article.text.size());
}

TEST(PlaceBadInput, AMillionPlacePhrasesAreCappedAndSaid) {
  std::string text;
  while (text.size() < (10u << 20)) text += "Fighters moved from Homs to Tadmur in Homs province. ";
  const auto c = extract(text);
  ASSERT_EQ(c.errors.size(), 1u) << c.errors[0].message;
  EXPECT_NE(c.errors[0].message.find("place phrases were not looked up"), std::string::npos);
  EXPECT_EQ(place_claims(c), verify::claims::k_max_place_mentions);
}

// Arabic has no capitals: every word after a preposition may continue a
// name, and every word that begins with the letter of bi- ("in") may be one.
TEST(PlaceBadInput, FloodsOfArabicWordsAreBoundedAndNeverCrowdOutPlaces) {
  const std::string letters[] = {"\u0643", "\u0644", "\u0645", "\u0646", "\u0647", "\u0639"};
  std::string text;
  for (std::size_t i = 0; i < 25000; ++i) {
    text += "\u0628";  // ب, then a nonsense word of four letters, distinct or repeated
    for (std::size_t n = i % 2 ? i : 7, k = 0; k < 4; ++k, n /= 6) text += letters[n % 6];
    text += i % 7 == 0 ? " \u0641\u064a " : " ";  // في now and then
  }
  text += "\n\u0642\u0635\u0641 \u0641\u064a \u062d\u0645\u0635\n";  // قصف في حمص, last
  const auto c = extract(text);
  EXPECT_TRUE(c.errors.empty()) << c.errors[0].message;
  ASSERT_GE(place_claims(c), 1u);
  EXPECT_EQ(c.claims.back().text, "\u062d\u0645\u0635");
  for (const auto& claim : c.claims) EXPECT_LE(claim.span.end, c.article.text.size());
}

TEST(PlaceBadInput, ANameOfHundredsOfPlacesGivesOneClaimWithItsCandidates) {
  const auto c = extract("It happened in Springfield.");
  ASSERT_EQ(place_claims(c), 1u);
  const auto& claim = c.claims[0];
  ASSERT_TRUE(claim.resolution.has_value());
  EXPECT_GE(claim.resolution->candidates.size(), 2u);
  EXPECT_LE(claim.resolution->candidates.size(), 5u);
  EXPECT_EQ(claim.resolution->candidates[0], std::get<core::Place>(claim.value));
}

TEST(PlaceBadInput, MixedScriptsNoPlacesAndBrokenUtf8GiveNoPlaceClaims) {
  for (const char* text : {"in Tadmourتدمر and in Homsحمص.", "The desert is wide and quiet.", "in \xff\xfe Homs\xe2\x80",
                           "in", "from", "in the", "in Syria’", "from al- to el-"}) {
    SCOPED_TRACE(text);
    const auto c = extract(text);
    EXPECT_TRUE(c.errors.empty());
    for (const auto& claim : c.claims) EXPECT_LE(claim.span.end, c.article.text.size());
  }
  EXPECT_EQ(place_claims(extract("in Tadmourتدمر and in Homsحمص.")), 0u);
}

TEST(PlaceBadInput, WithoutAGazetteerThereAreNoPlaceClaims) {
  core::Case c;
  c.article.text = "The convoy drove from al-Tanf to Tadmur in Homs province.";
  verify::extract_claims(c, nullptr);
  EXPECT_EQ(place_claims(c), 0u);
  EXPECT_TRUE(c.errors.empty());
}

}  // namespace
