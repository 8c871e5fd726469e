// Times of day placed through the time zone of a place in the same sentence
// (the full gazetteer's IANA zones and the system tzdata).
#include <gtest/gtest.h>

#include <algorithm>

#include "core/time.hpp"
#include "tests/verify/gazetteer/subset_index.hpp"
#include "verify/claims/extract.hpp"
#include "verify/gazetteer/gazetteer.hpp"

namespace {

core::Case extract(const std::string& text, const char* published = nullptr) {
  static auto gazetteer = verify::gazetteer::Gazetteer::open(gazetteer_test::full_index_path());
  if (!gazetteer) throw std::runtime_error(gazetteer.error().message + " (the full index is built by scripts/setup)");
  core::Case c;
  c.article.text = text;
  if (published) c.article.published = core::parse_iso8601(published);
  verify::extract_claims(c, &*gazetteer);
  return c;
}

const core::Claim& only_time(const core::Case& c) {
  const auto it = std::find_if(c.claims.begin(), c.claims.end(),
                               [](const core::Claim& k) { return k.kind == core::ClaimKind::time; });
  if (it == c.claims.end()) throw std::runtime_error("no time claim in: " + c.article.text);
  return *it;
}

std::string start_of(const core::Claim& claim) {
  const auto* range = std::get_if<core::TimeRange>(&claim.value);
  return range ? core::format_iso8601(range->start) : "none";
}

struct Case {
  const char* text;
  const char* published;
  const char* want_start;
  const char* want_text;
  const char* note_part;
};

TEST(LocalTime, ClockTimesBecomeUtcThroughThePlacesZone) {
  const Case cases[] = {
      {"The convoy reached Tadmur on April 14, 2020 at 3 p.m. after a long drive.", nullptr, "2020-04-14T12:00:00Z",
       "April 14, 2020 at 3 p.m", "15:00 local time in Tadmur (Asia/Damascus, UTC+03:00)"},
      {"Shelling hit buildings in Kyiv on March 1, 2022 at 15:30, witnesses said.", nullptr, "2022-03-01T13:30:00Z",
       "March 1, 2022 at 15:30", "UTC+02:00"},
      {"Sirens sounded in Kyiv on July 1, 2022 at 9:30 a.m. again.", nullptr, "2022-07-01T06:30:00Z",
       "July 1, 2022 at 9:30 a.m", "UTC+03:00"},
      {"Fighters were seen in Tadmur on April 14, 2020 at 3pm.", nullptr, "2020-04-14T12:00:00Z", "April 14, 2020 at 3pm",
       "Asia/Damascus"},
      {"Fighters entered Tadmur yesterday at 10 a.m. without a fight.", "2020-04-16", "2020-04-15T07:00:00Z",
       "yesterday at 10 a.m", "10:00 local time in Tadmur"},
      // The place after the clock, past the dot of "a.m.", which does not end the sentence.
      {"Explosions were heard on March 1, 2022 at 9 a.m. in Kyiv.", nullptr, "2022-03-01T07:00:00Z",
       "March 1, 2022 at 9 a.m", "UTC+02:00"},
      // "central Kyiv" is the city, whose zone places the time; a region has none.
      {"Sirens sounded on March 1, 2022 at 9 a.m. in central Kyiv.", nullptr, "2022-03-01T07:00:00Z",
       "March 1, 2022 at 9 a.m", "local time in Kyiv"},
  };
  for (const auto& t : cases) {
    SCOPED_TRACE(t.text);
    const auto c = extract(t.text, t.published);
    const auto& claim = only_time(c);
    EXPECT_EQ(start_of(claim), t.want_start) << claim.note;
    EXPECT_EQ(claim.text, t.want_text);
    EXPECT_NE(claim.note.find(t.note_part), std::string::npos) << claim.note;
    EXPECT_TRUE(std::none_of(c.claims.begin(), c.claims.end(),
                             [](const core::Claim& k) { return k.kind == core::ClaimKind::count; }))
        << "a time of day read as a count";
  }
}

TEST(LocalTime, WithoutAZonedPlaceTheDayIsKeptAndSaid) {
  const auto c = extract("The video was filmed on April 14, 2020 at 3 p.m. by a local reporter.");
  const auto& claim = only_time(c);
  EXPECT_EQ(start_of(claim), "2020-04-14");
  EXPECT_NE(claim.note.find("not placed"), std::string::npos) << claim.note;
}

TEST(LocalTime, ATimeSkippedByTheClockChangeIsSaid) {
  // Kyiv moved from 03:00 to 04:00 on 27 March 2022: 03:30 did not happen there.
  const auto c = extract("Explosions were heard in Kyiv on March 27, 2022 at 3:30 a.m. in the centre.");
  const auto& claim = only_time(c);
  EXPECT_EQ(start_of(claim), "2022-03-27");
  EXPECT_NE(claim.note.find("skipped or repeated"), std::string::npos) << claim.note;
}

TEST(LocalTime, WhatIsNotAClockTimeChangesNothing) {
  for (const char* text : {"They met in Tadmur on April 14, 2020 at 25:00 hours.",
                           "They met in Tadmur on April 14, 2020 at 3 of the checkpoints.",
                           "They met in Tadmur on April 14, 2020 at 13 p.m.",
                           "They met in Tadmur on April 14, 2020 at 1234567890123:30 sharp."}) {
    SCOPED_TRACE(text);
    const auto c = extract(text);
    const auto& claim = only_time(c);
    EXPECT_EQ(start_of(claim), "2020-04-14");
    EXPECT_EQ(claim.text, "April 14, 2020");
  }
}

TEST(LocalTime, AClockTimeIsNeverAlsoACount) {
  const auto c = extract("Sirens sounded in Kyiv on March 1, 2022 at 15:30 hours later.");
  EXPECT_EQ(only_time(c).text, "March 1, 2022 at 15:30");
  for (const auto& claim : c.claims) {
    if (claim.kind == core::ClaimKind::count) {
      EXPECT_GE(claim.span.start, only_time(c).span.end) << claim.text << " overlaps the time";
    }
  }
}

}  // namespace
