// The curated tables the place resolver reads besides the gazetteer:
// data/region_abbreviations.csv and data/world_regions.csv.
#include <gtest/gtest.h>

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
