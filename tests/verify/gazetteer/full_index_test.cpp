// The index scripts/setup builds from the full pinned data. Not skipped when
// missing: the failure says how to build it.
#include <gtest/gtest.h>

#include "tests/verify/gazetteer/subset_index.hpp"
#include "verify/gazetteer/gazetteer.hpp"

namespace gaz = verify::gazetteer;

TEST(GazetteerFullIndex, AnswersTheWorkedExample) {
  const auto path = gazetteer_test::full_index_path();
  auto opened = gaz::Gazetteer::open(path);
  ASSERT_TRUE(opened) << core::to_line(opened.error())
                      << "\nthe full gazetteer index is built by scripts/setup (or: build/embedcheck-gazetteer build"
                         " --data-dir DIR --node-modules node_modules); EMBEDCHECK_DATA_DIR chooses DIR";
  const gaz::Gazetteer& g = *opened;
  for (const char* name : {"Tadmour", "Tadmur", "Palmyra", "تدمر"}) {
    SCOPED_TRACE(name);
    const auto found = g.find(name);
    ASSERT_FALSE(found.empty());
    EXPECT_EQ(found[0].place.id, 163808);
    EXPECT_EQ(found[0].place.admin1_name, "Homs");
  }
  for (const char* name : {"al-Tanf", "التنف", "at-Tanf"}) {
    SCOPED_TRACE(name);
    const auto found = g.find(name);
    ASSERT_FALSE(found.empty());
    EXPECT_EQ(found[0].place.name, "al-Tanf");
  }
  for (const char* name : {"Homs Governorate", "Homs province", "محافظة حمص"}) {
    SCOPED_TRACE(name);
    const auto found = g.find_region(name);
    ASSERT_FALSE(found.empty());
    EXPECT_EQ(found[0].region.code, "SY.11");
  }
  for (const char* name : {"Kyiv", "Kiev", "Київ"}) {
    SCOPED_TRACE(name);
    const auto found = g.find(name);
    ASSERT_FALSE(found.empty());
    EXPECT_EQ(found[0].place.country, "UA");
  }
  EXPECT_EQ(g.find("Paris")[0].place.country, "FR");
  ASSERT_TRUE(g.nearest(34.56, 38.28));
  EXPECT_EQ(g.nearest(34.56, 38.28)->place.id, 163808);
  ASSERT_TRUE(g.country_at(34.56, 38.28));
  EXPECT_EQ(g.country_at(34.56, 38.28)->iso2, "SY");
  ASSERT_TRUE(g.country_at(33.3152, 44.3661));
  EXPECT_EQ(g.country_at(33.3152, 44.3661)->iso2, "IQ");
  ASSERT_TRUE(g.country_at(48.8566, 2.3522));
  EXPECT_EQ(g.country_at(48.8566, 2.3522)->iso2, "FR");
  EXPECT_TRUE(g.find(std::string(10000, 'a')).empty());
  EXPECT_TRUE(g.find("Tadمر").empty());
}

TEST(GazetteerFullIndex, KnowsDistrictsAndThePlacesInThem) {
  auto opened = gaz::Gazetteer::open(gazetteer_test::full_index_path());
  ASSERT_TRUE(opened) << core::to_line(opened.error()) << "\nthe full gazetteer index is built by scripts/setup";
  const gaz::Gazetteer& g = *opened;
  const auto suffolk = g.find_district("Suffolk");
  ASSERT_FALSE(suffolk.empty());
  EXPECT_EQ(suffolk[0].code, "GB.ENG.N5");
  EXPECT_EQ(suffolk[0].country, "GB");
  EXPECT_EQ(suffolk[0].admin1_code, "GB.ENG");
  EXPECT_EQ(suffolk[0].admin1_name, "England");
  EXPECT_GT(suffolk[0].population, 100000) << "the sum of its towns";
  const auto ipswich = g.find("Ipswich");
  ASSERT_FALSE(ipswich.empty());
  EXPECT_EQ(ipswich[0].place.admin2_code, "GB.ENG.N5");
  EXPECT_EQ(ipswich[0].place.admin2_name, "Suffolk");
  const auto monroe = g.find_district("monroe county", 50);
  EXPECT_GE(monroe.size(), 10u) << "a county name in many US states";
  for (std::size_t i = 1; i < monroe.size(); ++i) EXPECT_GE(monroe[i - 1].population, monroe[i].population);
  // GeoNames writes "Province of Nueva Ecija"; writers write "Nueva Ecija".
  const auto nueva_ecija = g.find_district("Nueva Ecija");
  ASSERT_EQ(nueva_ecija.size(), 1u);
  EXPECT_EQ(nueva_ecija[0].name, "Province of Nueva Ecija");
  EXPECT_EQ(nueva_ecija[0].country, "PH");
  EXPECT_TRUE(g.find_district("Nowhere Shire").empty());
  EXPECT_EQ(g.find_demonym("Turkish"), std::vector<std::string>{"TR"});
  EXPECT_EQ(g.find_demonym("congolese"), (std::vector<std::string>{"CD", "CG"})) << "two countries share it";
  EXPECT_EQ(g.find_demonym("South Korean"), std::vector<std::string>{"KR"});
  EXPECT_TRUE(g.find_demonym("Homs").empty());
  EXPECT_TRUE(g.find_district("").empty());
  const auto regions = g.find_region("California");
  ASSERT_FALSE(regions.empty());
  EXPECT_GT(regions[0].region.population, 20000000) << "an admin1 region carries the people of its places";
}
