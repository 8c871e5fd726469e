// The curated tables the place resolver reads besides the gazetteer:
// data/region_abbreviations.csv and data/world_regions.csv.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "tests/support/paths.hpp"
#include "tests/verify/gazetteer/subset_index.hpp"
#include "verify/claims/region_abbreviations.hpp"
#include "verify/claims/world_regions.hpp"
#include "verify/gazetteer/csv_table.hpp"
#include "verify/gazetteer/gazetteer.hpp"

namespace {

using verify::claims::region_abbreviations;

TEST(RegionAbbreviations, StyleFormsAndPostalCodes) {
  const auto pa = region_abbreviations("Pa.");
  ASSERT_EQ(pa.size(), 1u);
  EXPECT_EQ(pa[0]->admin1_code, "US.PA");
  EXPECT_FALSE(pa[0]->postal_code);
  EXPECT_TRUE(region_abbreviations("Pa").empty()) << "the AP form is written with its dot";
  EXPECT_TRUE(region_abbreviations("pa.").empty()) << "case as written";
  const auto wa = region_abbreviations("WA");
  std::set<std::string> codes;
  for (const auto* row : wa) {
    codes.insert(row->admin1_code);
    EXPECT_TRUE(row->postal_code);
  }
  EXPECT_EQ(codes, (std::set<std::string>{"AU.08", "US.WA"}));
}

// Every row names a region the gazetteer has, under that code and name, and cites a source.
TEST(RegionAbbreviations, EveryRowIsARegionOfTheGazetteer) {
  auto gaz = verify::gazetteer::Gazetteer::open(gazetteer_test::full_index_path());
  ASSERT_TRUE(gaz) << gaz.error().message << "\nthe full gazetteer index is built by scripts/setup";
  const auto csv = testing_support::read_file(testing_support::source_dir() / "data/region_abbreviations.csv");
  auto rows = verify::gazetteer::read_csv_table(csv, "abbreviation,admin1_code,admin1_name,form,source", "table");
  ASSERT_TRUE(rows) << rows.error().message;
  EXPECT_GE(rows->size(), 100u);
  for (const auto& row : *rows) {
    SCOPED_TRACE(row.where);
    ASSERT_EQ(row.fields.size(), 5u);
    EXPECT_FALSE(row.fields[4].empty()) << "no source";
    bool found = false;
    for (const auto& r : gaz->find_region(row.fields[2], 40)) found = found || r.region.code == row.fields[1];
    EXPECT_TRUE(found) << row.fields[2] << " is not region " << row.fields[1];
    EXPECT_FALSE(region_abbreviations(row.fields[0]).empty());
  }
}

TEST(WorldRegions, MembersFromTheTable) {
  using verify::claims::find_world_region;
  const auto* west = find_world_region("west africa");
  ASSERT_NE(west, nullptr);
  EXPECT_EQ(west->name, "West Africa");
  auto has = [](const verify::claims::WorldRegion* r, const char* code) {
    return std::find(r->countries.begin(), r->countries.end(), code) != r->countries.end();
  };
  EXPECT_TRUE(has(west, "NG"));
  EXPECT_FALSE(has(west, "EG"));
  EXPECT_TRUE(has(find_world_region("Africa"), "EG"));
  EXPECT_TRUE(has(find_world_region("Middle East"), "SY"));
  EXPECT_FALSE(has(find_world_region("Europe"), "SY"));
  ASSERT_NE(find_world_region("Gulf"), nullptr);
  EXPECT_TRUE(find_world_region("Gulf")->countries.empty()) << "no agreed extent: no claim";
}

// M49 areas the country outlines draw as part of another country (French
// overseas departments, Norway's Svalbard, Australia's and the US's small
// islands): listed, never resolved to, harmless.
const std::set<std::string> k_drawn_within_another{"BQ", "BV", "CC", "CX", "GF", "GI", "GP", "MQ",
                                                   "RE", "SJ", "TK", "TV", "UM", "YT"};

// Every member is a country the gazetteer names; a continent holds its sub-regions.
TEST(WorldRegions, EveryMemberIsAKnownCountry) {
  auto gaz = verify::gazetteer::Gazetteer::open(gazetteer_test::full_index_path());
  ASSERT_TRUE(gaz) << gaz.error().message << "\nthe full gazetteer index is built by scripts/setup";
  const auto csv = testing_support::read_file(testing_support::source_dir() / "data/world_regions.csv");
  auto rows = verify::gazetteer::read_csv_table(csv, "name,kind,countries,source", "table");
  ASSERT_TRUE(rows) << rows.error().message;
  for (const auto& row : *rows) {
    const auto* region = verify::claims::find_world_region(row.fields[0]);
    ASSERT_NE(region, nullptr) << row.fields[0];
    for (const auto& code : region->countries) {
      EXPECT_TRUE(!gaz->country_name(code).empty() || k_drawn_within_another.count(code)) << row.fields[0] << ": "
                                                                                           << code;
    }
  }
  const auto* africa = verify::claims::find_world_region("Africa");
  for (const char* part : {"West Africa", "East Africa", "Central Africa", "Southern Africa", "North Africa"}) {
    for (const auto& code : verify::claims::find_world_region(part)->countries) {
      EXPECT_NE(std::find(africa->countries.begin(), africa->countries.end(), code), africa->countries.end())
          << part << ": " << code;
    }
  }
}

TEST(WorldRegions, ContinentsAndRegionsButNoCountryOrTown) {
  using verify::claims::is_world_region;
  EXPECT_TRUE(is_world_region("Africa"));
  EXPECT_TRUE(is_world_region("Middle East"));
  EXPECT_TRUE(is_world_region("middle east"));
  EXPECT_TRUE(is_world_region("Sub-Saharan Africa"));
  EXPECT_TRUE(is_world_region("Balkans"));
  EXPECT_FALSE(is_world_region("South Africa"));
  EXPECT_FALSE(is_world_region("Georgia"));
  EXPECT_FALSE(is_world_region("Asian"));
  EXPECT_FALSE(is_world_region(""));
}

}  // namespace
