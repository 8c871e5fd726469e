#include "verify/gazetteer/name_keys.hpp"

#include <gtest/gtest.h>

#include "verify/gazetteer/geonames.hpp"
#include "verify/gazetteer/place_aliases.hpp"
#include "verify/gazetteer/polygon.hpp"

namespace gaz = verify::gazetteer;

TEST(GazetteerNameKeys, ArticlesAreStripped) {
  EXPECT_EQ(gaz::strip_article("al tanf"), "tanf");
  EXPECT_EQ(gaz::strip_article("ash sham"), "sham");
  EXPECT_EQ(gaz::strip_article("التنف"), "تنف");
  EXPECT_EQ(gaz::strip_article("tadmur"), "");
  EXPECT_EQ(gaz::strip_article("al"), "");
  EXPECT_EQ(gaz::strip_article("ال"), "");
  const auto keys = gaz::name_keys("al-Tanf");
  ASSERT_EQ(keys.size(), 2u);
  EXPECT_EQ(keys[0], (gaz::NameKey{"al tanf", "ltnf"}));
  EXPECT_EQ(keys[1], (gaz::NameKey{"tanf", "tnf"}));
  EXPECT_EQ(gaz::name_keys("التنف")[0].skeleton, "ltnf");
  EXPECT_TRUE(gaz::name_keys("").empty());
  EXPECT_TRUE(gaz::name_keys(std::string(10000, 'a')).empty());
}

TEST(GazetteerNameKeys, RegionDesignatorsAreStripped) {
  EXPECT_EQ(gaz::region_core("homs governorate"), "homs");
  EXPECT_EQ(gaz::region_core("homs province"), "homs");
  EXPECT_EQ(gaz::region_core("محافظة حمص"), "حمص");
  EXPECT_EQ(gaz::region_core("rivne oblast"), "rivne");
  EXPECT_EQ(gaz::region_core("київська область"), "київська");
  EXPECT_EQ(gaz::region_core("governorate of homs"), "homs");
  EXPECT_EQ(gaz::region_core("province"), "province");  // nothing would remain
}

TEST(GazetteerNameKeys, DistrictPrefixesAreStripped) {
  EXPECT_EQ(gaz::district_core("province of nueva ecija"), "nueva ecija");
  EXPECT_EQ(gaz::district_core("departamento de cusco"), "cusco");
  EXPECT_EQ(gaz::district_core("municipio de caroni"), "caroni");  // not "de caroni"
  EXPECT_EQ(gaz::district_core("city and borough of birmingham"), "birmingham");
  EXPECT_EQ(gaz::district_core("borough of bolton"), "bolton");
  EXPECT_EQ(gaz::district_core("politischer bezirk bludenz"), "bludenz");
  EXPECT_EQ(gaz::district_core("comuna 13"), "");  // only a number would remain
  EXPECT_EQ(gaz::district_core("washington county"), "");
  EXPECT_EQ(gaz::district_core("cityville"), "");  // a prefix is a whole word
}

TEST(GazetteerNameKeys, MixedScripts) {
  EXPECT_TRUE(gaz::is_mixed_script("Tadمر"));
  EXPECT_TRUE(gaz::is_mixed_script("Kyiv Київ"));
  EXPECT_FALSE(gaz::is_mixed_script("al-Tanf 2020"));
  EXPECT_FALSE(gaz::is_mixed_script("محافظة حمص"));
  EXPECT_FALSE(gaz::is_mixed_script("東京とうきょうトウキョウ"));
  EXPECT_FALSE(gaz::is_mixed_script("\xff\xfe"));
}

TEST(GazetteerParsers, GeoNamesLines) {
  const std::string tadmur =
      "163808\tTadmur\tTadmur\tPalmyra,تدمر\t34.5624\t38.28402\tP\tPPLA2\tSY\t\t11\t\t\t\t51015\t\t418\tAsia/Damascus\t2017-02-09";
  const auto row = gaz::parse_geonames_line(tadmur);
  ASSERT_TRUE(row);
  EXPECT_EQ(row->id, 163808);
  EXPECT_EQ(row->alternate_names, (std::vector<std::string>{"Palmyra", "تدمر"}));
  EXPECT_EQ(row->admin1_code, "11");
  EXPECT_EQ(row->population, 51015);
  EXPECT_FALSE(gaz::parse_geonames_line(""));
  EXPECT_FALSE(gaz::parse_geonames_line("163808\tTadmur"));
  std::string bad_lat = tadmur;
  bad_lat.replace(bad_lat.find("34.5624"), 7, "134.562");
  EXPECT_FALSE(gaz::parse_geonames_line(bad_lat));
}

TEST(GazetteerParsers, PlaceAliases) {
  const std::string header = "name,lang,lat,lon,country,admin1,kind,source\n";
  auto ok = gaz::parse_place_aliases(header + "\"Tanf, al\",en,33.5,38.6,SY,SY.11,place,\"a \"\"quoted\"\" source\"\n", "t");
  ASSERT_TRUE(ok) << ok.error().message;
  ASSERT_EQ(ok->size(), 1u);
  EXPECT_EQ((*ok)[0].name, "Tanf, al");
  EXPECT_EQ((*ok)[0].source, "a \"quoted\" source");
  EXPECT_FALSE(gaz::parse_place_aliases("", "t"));
  EXPECT_FALSE(gaz::parse_place_aliases("wrong header\n", "t"));
  EXPECT_FALSE(gaz::parse_place_aliases(header + "X,en,33.5,38.6,SY,SY.11,place,\n", "t"));  // no source
  EXPECT_FALSE(gaz::parse_place_aliases(header + "X,en,,,SY,,region,src\n", "t"));           // no admin1
  EXPECT_FALSE(gaz::parse_place_aliases(header + "X,en,abc,38,SY,,place,src\n", "t"));
  EXPECT_FALSE(gaz::parse_place_aliases(header + "\"X,en,33,38,SY,,place,src\n", "t"));
}

TEST(GazetteerPolygon, EvenOddContainment) {
  const gaz::Ring square = {{0, 0}, {10, 0}, {10, 10}, {0, 10}};
  const gaz::Ring hole = {{4, 4}, {6, 4}, {6, 6}, {4, 6}};
  const std::string blob = gaz::encode_rings({square, hole});
  EXPECT_TRUE(gaz::rings_contain(blob, 2, 2));
  EXPECT_FALSE(gaz::rings_contain(blob, 5, 5));
  EXPECT_FALSE(gaz::rings_contain(blob, 20, 5));
  EXPECT_FALSE(gaz::rings_contain(blob.substr(0, 10), 2, 2));  // truncated
  EXPECT_FALSE(gaz::rings_contain("", 2, 2));
  const auto b = gaz::bounds_of({square});
  EXPECT_EQ(b.max_lat, 10);
  EXPECT_EQ(b.min_lon, 0);
}
