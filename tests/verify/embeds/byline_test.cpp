#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "tests/support/paths.hpp"
#include "verify/embeds/byline.hpp"
#include "verify/embeds/printed_date.hpp"

namespace {

using verify::embeds::read_printed_date;
using verify::embeds::read_signature;

std::string date_of(std::string_view text) {
  const auto d = read_printed_date(text);
  if (!d) return "(not a date)";
  if (d->impossible) return "(impossible)";
  return d->date ? core::format_date(*d->date) : "(no year)";
}

TEST(BylineDate, Forms) {
  EXPECT_EQ(date_of("April 14, 2020"), "2020-04-14");
  EXPECT_EQ(date_of("Apr 14, 2020"), "2020-04-14");
  EXPECT_EQ(date_of("Apr. 14, 2020"), "2020-04-14");
  EXPECT_EQ(date_of("14 April 2020"), "2020-04-14");
  EXPECT_EQ(date_of("2020/03/26"), "2020-03-26");
  EXPECT_EQ(date_of("2018-05-28"), "2018-05-28");
  EXPECT_EQ(date_of("Sept 3, 2019"), "2019-09-03");
  EXPECT_EQ(date_of("Dec 31, 2015 at 4:35pm PST"), "2015-12-31");
  EXPECT_EQ(date_of("Friday, December 5, 2014"), "2014-12-05");
}

TEST(BylineDate, OtherLanguages) {
  EXPECT_EQ(date_of("14 de abril de 2020"), "2020-04-14");
  EXPECT_EQ(date_of("9 de noviembre de 2018"), "2018-11-09");
  EXPECT_EQ(date_of("14 avril 2020"), "2020-04-14");
  EXPECT_EQ(date_of("1 février 2021"), "2021-02-01");
  EXPECT_EQ(date_of("14. März 2020"), "2020-03-14");
  EXPECT_EQ(date_of("14 marzo 2020"), "2020-03-14");
  EXPECT_EQ(date_of("14 de março de 2020"), "2020-03-14");
}

// tests/cases/embeds/byline_dates.json: the widget's date in other languages,
// with the page's language or none; "date": null when it is no date.
TEST(BylineDate, LocalisedTable) {
  const auto cases = nlohmann::json::parse(
      testing_support::read_file(testing_support::source_dir() / "tests/cases/embeds/byline_dates.json"));
  EXPECT_GE(cases.size(), 20u);
  for (const auto& t : cases) {
    const std::string text = t["text"], language = t["language"];
    SCOPED_TRACE("byline_dates.json: " + text + " [" + language + "]");
    const auto d = read_printed_date(text, language);
    if (t["date"].is_null()) {
      EXPECT_FALSE(d && d->date) << core::format_date(*d->date);
      continue;
    }
    EXPECT_TRUE(d && d->date);
    if (!d || !d->date) continue;
    EXPECT_EQ(core::format_date(*d->date), t["date"].get<std::string>());
    EXPECT_EQ(text.substr(0, d->length), t["printed"].get<std::string>());
  }
}

TEST(BylineDate, WithoutYearOrImpossible) {
  EXPECT_EQ(date_of("Oct 6"), "(no year)");
  EXPECT_EQ(read_printed_date("Oct 6")->length, 5u);
  EXPECT_EQ(date_of("February 30, 2020"), "(impossible)");
  EXPECT_EQ(date_of("February 29, 2020"), "2020-02-29");
  EXPECT_EQ(date_of("February 29, 2019"), "(impossible)");
  EXPECT_EQ(date_of("pic.twitter.com/x"), "(not a date)");
  EXPECT_EQ(date_of("May the force"), "(not a date)");
  EXPECT_EQ(date_of("Marching 4, 2020"), "(not a date)");
  EXPECT_EQ(date_of("20200/01/01"), "(not a date)");
}

TEST(BylineSignature, Standard) {
  const std::string line = "— Yusha Yuseef ?? (@MIG29_) April 14, 2020";
  const auto sig = read_signature(line, line.find("(@"));
  ASSERT_TRUE(sig.has_value());
  EXPECT_EQ(sig->start, 0u);
  EXPECT_EQ(sig->end, line.size());
  EXPECT_EQ(sig->display_name, "Yusha Yuseef ??");
  EXPECT_EQ(sig->handle.name, "MIG29_");
  EXPECT_EQ(sig->handle.platform, core::Platform::twitter);
  EXPECT_EQ(sig->date_text, "April 14, 2020");
}

TEST(BylineSignature, DashFormsAndMissingParts) {
  for (std::string dash : {"—", "&mdash;", "--", "―", "–"}) {
    const std::string line = "text " + dash + " Name (@handle) Oct 6";
    const auto sig = read_signature(line, line.find("(@"));
    ASSERT_TRUE(sig.has_value()) << dash;
    EXPECT_EQ(sig->start, 5u);
    EXPECT_EQ(sig->display_name, "Name");
    EXPECT_EQ(sig->date_text, "Oct 6");
  }
  const std::string bare = "— (@handle)";
  const auto sig = read_signature(bare, bare.find("(@"));
  ASSERT_TRUE(sig.has_value());
  EXPECT_EQ(sig->display_name, "");
  EXPECT_EQ(sig->date_text, "");
}

TEST(BylineSignature, NoBreakSpacesAroundTheName) {
  const std::string line = "\u2014\u00A0Name Here\u00A0(@handle)\u00A0May 1, 2020";
  const auto sig = read_signature(line, line.find("(@"));
  ASSERT_TRUE(sig.has_value());
  EXPECT_EQ(sig->display_name, "Name Here");
  EXPECT_EQ(sig->date_text, "May 1, 2020");
}

TEST(BylineSignature, BlueskyHandle) {
  const std::string line = "— Jay (@jay.bsky.team) January 5, 2024 at 3:04 PM";
  const auto sig = read_signature(line, line.find("(@"));
  ASSERT_TRUE(sig.has_value());
  EXPECT_EQ(sig->handle.platform, core::Platform::bluesky);
  EXPECT_EQ(sig->handle.name, "jay.bsky.team");
  EXPECT_EQ(sig->date_text, "January 5, 2024");
}

TEST(BylineSignature, NotSignatures) {
  for (std::string line : {"Greg Wilson (@gvwilson) spoke", "— Name (@this_handle_is_too_long) May 1, 2020",
                           "— Name (@) May 1, 2020", "— Name (@handle May 1, 2020"}) {
    EXPECT_FALSE(read_signature(line, line.find("(@")).has_value()) << line;
  }
}

}  // namespace
