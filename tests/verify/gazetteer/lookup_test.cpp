// Lookups against a real index built from the test excerpts.
#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

#include "tests/verify/gazetteer/subset_index.hpp"
#include "verify/gazetteer/gazetteer.hpp"

namespace gaz = verify::gazetteer;

namespace {

constexpr std::int64_t k_tadmur = 163808;  // GeoNames id

class GazetteerLookup : public ::testing::Test {
protected:
  static void SetUpTestSuite() {
    auto opened = gaz::Gazetteer::open(gazetteer_test::subset_index());
    ASSERT_TRUE(opened) << core::to_line(opened.error());
    s_gaz = new gaz::Gazetteer(std::move(*opened));
  }
  static void TearDownTestSuite() {
    delete s_gaz;
    s_gaz = nullptr;
  }
  static gaz::Gazetteer* s_gaz;
};
gaz::Gazetteer* GazetteerLookup::s_gaz = nullptr;

TEST_F(GazetteerLookup, TadmurUnderEverySpelling) {
  for (const std::string name : {"Tadmour", "Tadmur", "Palmyra", "تدمر", "TADMUR", "Tadmor", "Tedmor"}) {
    SCOPED_TRACE(name);
    const auto found = s_gaz->find(name);
    ASSERT_FALSE(found.empty());
    EXPECT_EQ(found[0].place.id, k_tadmur);
    EXPECT_EQ(found[0].place.country, "SY");
    EXPECT_EQ(found[0].place.admin1_code, "SY.11");
    EXPECT_EQ(found[0].place.admin1_name, "Homs");
    EXPECT_EQ(found[0].place.timezone, "Asia/Damascus");
  }
  EXPECT_EQ(s_gaz->find("Tadmour")[0].match, gaz::MatchKind::skeleton);
  EXPECT_EQ(s_gaz->find("Tadmur")[0].match, gaz::MatchKind::exact);
  EXPECT_TRUE(s_gaz->find("Tadmur")[0].primary_name);
}

TEST_F(GazetteerLookup, AlTanfFromTheCuratedTable) {
  for (const std::string name : {"al-Tanf", "التنف", "at-Tanf", "Al Tanf", "Tanf", "AL-TANF"}) {
    SCOPED_TRACE(name);
    const auto found = s_gaz->find(name);
    ASSERT_FALSE(found.empty());
    EXPECT_LT(found[0].place.id, 0);
    EXPECT_EQ(found[0].place.name, "al-Tanf");
    EXPECT_EQ(found[0].match, gaz::MatchKind::alias);
    EXPECT_NEAR(found[0].place.lat, 33.50, 0.05);
    EXPECT_NEAR(found[0].place.lon, 38.62, 0.1);
    EXPECT_EQ(found[0].place.admin1_code, "SY.11");
    EXPECT_EQ(found[0].place.timezone, "Asia/Damascus");
    EXPECT_NE(found[0].place.source.find("Wikipedia"), std::string::npos);
  }
}

TEST_F(GazetteerLookup, AmbiguousNamesOrderedByPopulation) {
  const auto paris = s_gaz->find("Paris");
  ASSERT_GE(paris.size(), 3u);
  EXPECT_EQ(paris[0].place.country, "FR");
  for (std::size_t i = 1; i < paris.size(); ++i) {
    if (paris[i].match == paris[i - 1].match) {
      EXPECT_LE(paris[i].place.population, paris[i - 1].place.population);
    }
  }
  const auto springfield = s_gaz->find("Springfield", 50);
  EXPECT_GE(springfield.size(), 5u);
  EXPECT_EQ(s_gaz->find("Springfield", 3).size(), 3u);
}

TEST_F(GazetteerLookup, RegionsWithAndWithoutDesignators) {
  const std::vector<std::pair<std::string, std::string>> table = {
      {"Homs Governorate", "SY.11"}, {"Homs province", "SY.11"}, {"محافظة حمص", "SY.11"},
      {"Homs", "SY.11"},             {"homs governorate", "SY.11"}, {"Rivne Oblast", "UA.19"},
      {"Rivne", "UA.19"},            {"Kyiv Oblast", "UA.13"},  {"Київська область", "UA.13"},
      {"Rural Damascus", "SY.08"},   {"Deir ez-Zor Governorate", "SY.07"}, {"Hasakah", "SY.01"},
  };
  for (const auto& [name, code] : table) {
    SCOPED_TRACE(name);
    const auto found = s_gaz->find_region(name);
    ASSERT_FALSE(found.empty());
    EXPECT_EQ(found[0].region.code, code);
  }
  EXPECT_EQ(s_gaz->find_region("Homs Governorate")[0].region.name, "Homs");
  EXPECT_EQ(s_gaz->find_region("Homs Governorate")[0].region.country, "SY");
}

TEST_F(GazetteerLookup, RegionOfPlace) {
  const auto tadmur = s_gaz->find("Tadmur");
  ASSERT_FALSE(tadmur.empty());
  const auto region = s_gaz->region_of(tadmur[0].place);
  ASSERT_TRUE(region);
  EXPECT_EQ(region->code, "SY.11");
  EXPECT_EQ(region->name, "Homs");
  EXPECT_FALSE(s_gaz->region_of(gaz::PlaceInfo{}));
}

TEST_F(GazetteerLookup, NearestPlace) {
  const auto tadmur = s_gaz->nearest(34.56, 38.28);
  ASSERT_TRUE(tadmur);
  EXPECT_EQ(tadmur->place.id, k_tadmur);
  EXPECT_LT(tadmur->km, 1.0);
  const auto tanf = s_gaz->nearest(33.49, 38.63);
  ASSERT_TRUE(tanf);
  EXPECT_EQ(tanf->place.name, "al-Tanf");
  // Far from every place in the excerpt: the box grows until it finds one.
  const auto far = s_gaz->nearest(-45.0, 170.0);
  ASSERT_TRUE(far);
  EXPECT_GT(far->km, 1000.0);
}

TEST_F(GazetteerLookup, CountryAtPoint) {
  struct Row { double lat, lon; const char* iso2; const char* name; };
  for (const Row& row : {Row{34.56, 38.28, "SY", "Syria"}, Row{33.3152, 44.3661, "IQ", "Iraq"},
                         Row{31.9539, 35.9106, "JO", "Jordan"}, Row{33.50583, 38.61778, "SY", "Syria"}}) {
    SCOPED_TRACE(row.name);
    const auto country = s_gaz->country_at(row.lat, row.lon);
    ASSERT_TRUE(country);
    EXPECT_EQ(country->iso2, row.iso2);
    EXPECT_EQ(country->name, row.name);
  }
  EXPECT_EQ(s_gaz->country_at(34.56, 38.28)->iso_numeric, "760");
  EXPECT_FALSE(s_gaz->country_at(35.0, 20.0));  // the Ionian Sea
}

TEST_F(GazetteerLookup, BadInputFindsNothing) {
  const std::vector<std::string> inputs = {
      "", " ", "-", "Tadمر", "تدmur", std::string(10000, 'a'), std::string(5000, '\xd8') + std::string(5000, '\xaa'),
      "\xff\xfe\xfd", std::string("Tad\0mur", 7), "تدمر" + std::string(10000, 'x')};
  for (const std::string& input : inputs) {
    SCOPED_TRACE(input.substr(0, 20));
    EXPECT_TRUE(s_gaz->find(input).empty());
    EXPECT_TRUE(s_gaz->find_region(input).empty());
  }
  EXPECT_FALSE(s_gaz->nearest(NAN, 38.0));
  EXPECT_FALSE(s_gaz->nearest(91.0, 38.0));
  EXPECT_FALSE(s_gaz->country_at(34.0, INFINITY));
  EXPECT_FALSE(s_gaz->country_at(-100.0, 0.0));
}

}  // namespace
