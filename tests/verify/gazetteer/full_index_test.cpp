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
