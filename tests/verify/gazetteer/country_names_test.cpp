// Countries by name and by code, against the subset index (Syria, Iraq and
// Jordan only) and the full index scripts/setup builds.
#include <gtest/gtest.h>

#include <fstream>
#include <string>
#include <vector>

#include "tests/support/paths.hpp"
#include "tests/verify/gazetteer/subset_index.hpp"
#include "verify/gazetteer/build_index.hpp"
#include "verify/gazetteer/country_aliases.hpp"
#include "verify/gazetteer/gazetteer.hpp"
#include "verify/gazetteer/name_keys.hpp"
#include "core/sqlite.hpp"

namespace gaz = verify::gazetteer;

namespace {

void expect_country(const gaz::Gazetteer& g, const std::string& name, const char* iso2) {
  SCOPED_TRACE(name);
  const auto found = g.find_country(name);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->iso2, iso2);
}

// Names no country goes by, and queries refused by rule.
void expect_no_country(const gaz::Gazetteer& g) {
  const std::vector<std::string> inputs = {"Western", "Homs", "Tadmur", "", " ", "the", ".", std::string(10240, 'a'),
                                           "Syriaسوريا", "Syria\tx", std::string("Syr\0ia", 6), "\xff\xfe"};
  for (const std::string& input : inputs) {
    SCOPED_TRACE(input.substr(0, 20));
    EXPECT_FALSE(g.find_country(input));
  }
}

gaz::Gazetteer open_or_fail(const std::filesystem::path& path) {
  auto opened = gaz::Gazetteer::open(path);
  if (!opened) throw std::runtime_error(core::to_line(opened.error()));
  return std::move(*opened);
}

TEST(GazetteerCountryKeys, FoldDotsAndTheEnglishArticle) {
  EXPECT_EQ(gaz::country_key("U.S."), "us");
  EXPECT_EQ(gaz::country_key("US"), "us");
  EXPECT_EQ(gaz::country_key("the United Kingdom"), "united kingdom");
  EXPECT_EQ(gaz::country_key("THE U.K."), "uk");
  EXPECT_EQ(gaz::country_key("Marshall Is."), "marshall is");
  EXPECT_EQ(gaz::country_key("Türkiye"), "turkiye");
  EXPECT_EQ(gaz::country_key("Côte d’Ivoire"), gaz::country_key("Cote d'Ivoire"));
  EXPECT_EQ(gaz::country_key("Bosnia & Herzegovina"), "bosnia and herzegovina");
  EXPECT_EQ(gaz::country_key("سوريا"), "سوريا");
  EXPECT_EQ(gaz::country_key("Theodore"), "theodore");  // "the" only as a word
  EXPECT_EQ(gaz::country_key("the"), "the");
  EXPECT_EQ(gaz::country_key(""), "");
  EXPECT_EQ(gaz::country_key(std::string(10240, 'a')), "");
}

TEST(GazetteerCountryKeys, CuratedTableParses) {
  const std::string header = "name,iso2,source\n";
  auto ok = gaz::parse_country_aliases(header + "\"U.S.\",US,\"AP Stylebook, usage\"\n# a comment\n", "t");
  ASSERT_TRUE(ok) << ok.error().message;
  ASSERT_EQ(ok->size(), 1u);
  EXPECT_EQ((*ok)[0].name, "U.S.");
  EXPECT_EQ((*ok)[0].iso2, "US");
  EXPECT_EQ((*ok)[0].source, "AP Stylebook, usage");
  EXPECT_FALSE(gaz::parse_country_aliases("", "t"));
  EXPECT_FALSE(gaz::parse_country_aliases("name,source\n", "t"));
  EXPECT_FALSE(gaz::parse_country_aliases(header + "UK,GB,\n", "t"));       // no source
  EXPECT_FALSE(gaz::parse_country_aliases(header + "UK,gb,src\n", "t"));    // not a code
  EXPECT_FALSE(gaz::parse_country_aliases(header + "UK,QQ,src\n", "t"));    // no such country
  EXPECT_FALSE(gaz::parse_country_aliases(header + "Europe,150,src\n", "t"));
  EXPECT_FALSE(gaz::parse_country_aliases(header + "UK,GB\n", "t"));
  const auto real = testing_support::read_file(testing_support::source_dir() / "data" / "country_aliases.csv");
  EXPECT_TRUE(gaz::parse_country_aliases(real, "data/country_aliases.csv"));
}

TEST(GazetteerCountryNames, SubsetIndex) {
  const auto g = open_or_fail(gazetteer_test::subset_index());
  for (const char* name : {"Syria", "syria", "SYRIA", "سوريا", "Syrian Arab Republic", "the Syrian Arab Republic",
                           "Syrie", "Syrien", "Сирия", "Suriye", "سوریه"}) {
    expect_country(g, name, "SY");
  }
  expect_country(g, "Iraq", "IQ");
  expect_country(g, "العراق", "IQ");
  expect_country(g, "Jordan", "JO");
  const auto syria = g.find_country("Syria");
  ASSERT_TRUE(syria);
  EXPECT_EQ(syria->iso_numeric, "760");
  EXPECT_EQ(syria->name, "Syria");
  // The curated table names countries the excerpt lacks: they find nothing.
  EXPECT_FALSE(g.find_country("U.S."));
  expect_no_country(g);
  EXPECT_EQ(g.country_name("SY"), "Syria");
  EXPECT_EQ(g.country_name("sy"), "Syria");
  EXPECT_EQ(g.country_name("IQ"), "Iraq");
  for (const char* code : {"ZZ", "US", "", "S", "SYR", "760", "\xd8\xb3"}) {
    SCOPED_TRACE(code);
    EXPECT_EQ(g.country_name(code), "");
  }
}

TEST(GazetteerCountryNames, EditingTheCuratedTableRebuilds) {
  const auto dir = testing_support::temp_dir("gazetteer");
  auto inputs = gazetteer_test::subset_inputs();
  const auto out = dir / "gazetteer.sqlite";
  auto first = gaz::build_index(inputs, out, {});
  ASSERT_TRUE(first) << core::to_line(first.error());
  EXPECT_GT(first->country_names, 20u);
  std::filesystem::copy_file(inputs.country_aliases, dir / "countries.csv");
  std::ofstream(dir / "countries.csv", std::ios::app) << "Sham,SY,test row\n";
  inputs.country_aliases = dir / "countries.csv";
  auto second = gaz::build_index(inputs, out, {});
  ASSERT_TRUE(second) << core::to_line(second.error());
  EXPECT_TRUE(second->rebuilt);
  EXPECT_EQ(second->country_names, first->country_names + 1);
  const auto g = open_or_fail(out);
  expect_country(g, "Sham", "SY");
}

TEST(GazetteerCountryNames, IndexOfAnotherVersionIsRefused) {
  const auto dir = testing_support::temp_dir("gazetteer");
  const auto out = dir / "gazetteer.sqlite";
  std::filesystem::copy_file(gazetteer_test::subset_index(), out);
  {
    core::Database db(out, core::Database::Mode::create);
    db.exec("UPDATE meta SET value = '1' WHERE key = 'schema_version'");
  }
  auto opened = gaz::Gazetteer::open(out);
  ASSERT_FALSE(opened);
  EXPECT_NE(opened.error().message.find("scripts/setup"), std::string::npos) << opened.error().message;
}

TEST(GazetteerCountryNames, FullIndex) {
  auto opened = gaz::Gazetteer::open(gazetteer_test::full_index_path());
  ASSERT_TRUE(opened) << core::to_line(opened.error()) << "\nthe full gazetteer index is built by scripts/setup";
  const gaz::Gazetteer& g = *opened;
  for (const char* name : {"Syria", "syria", "سوريا", "Syrian Arab Republic"}) expect_country(g, name, "SY");
  for (const char* name : {"Iraq", "العراق"}) expect_country(g, name, "IQ");
  for (const char* name : {"U.S.", "US", "USA", "the United States", "United States of America", "America",
                           "Соединенные Штаты"}) {
    expect_country(g, name, "US");
  }
  for (const char* name : {"UK", "U.K.", "the United Kingdom", "Britain", "Royaume-Uni"}) expect_country(g, name, "GB");
  for (const char* name : {"Turkey", "Türkiye", "Turkiye", "Türkei"}) expect_country(g, name, "TR");
  for (const char* name : {"Russia", "Russian Federation", "Россия"}) expect_country(g, name, "RU");
  for (const char* name : {"Ivory Coast", "Côte d'Ivoire"}) expect_country(g, name, "CI");
  for (const char* name : {"DRC", "DR Congo"}) expect_country(g, name, "CD");
  for (const char* name : {"Czechia", "Czech Republic"}) expect_country(g, name, "CZ");
  for (const char* name : {"South Korea", "Republic of Korea"}) expect_country(g, name, "KR");
  expect_country(g, "North Korea", "KP");
  expect_country(g, "Iran", "IR");
  expect_country(g, "UAE", "AE");
  expect_country(g, "Ukraine", "UA");
  expect_country(g, "Antigua and Barbuda", "AG");  // ICU writes "Antigua & Barbuda"
  expect_country(g, "Україна", "UA");
  const auto australia = g.find_country("Australia");  // two shapes share AU
  ASSERT_TRUE(australia);
  EXPECT_EQ(australia->name, "Australia");
  const auto us = g.find_country("U.S.");
  ASSERT_TRUE(us);
  EXPECT_EQ(us->iso_numeric, "840");
  EXPECT_EQ(us->name, "United States of America");
  expect_no_country(g);
  EXPECT_EQ(g.country_name("SY"), "Syria");
  EXPECT_EQ(g.country_name("US"), "United States");
  EXPECT_EQ(g.country_name("GB"), "United Kingdom");
  EXPECT_EQ(g.country_name("ZZ"), "");
  EXPECT_EQ(g.country_name(""), "");
}

}  // namespace
