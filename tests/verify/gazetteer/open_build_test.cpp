// Opening and building the index: clear errors, atomic writes, rebuilds
// only when the inputs change.
#include <gtest/gtest.h>

#include <fstream>

#include "tests/support/paths.hpp"
#include "tests/verify/gazetteer/subset_index.hpp"
#include "verify/gazetteer/build_index.hpp"
#include "verify/gazetteer/gazetteer.hpp"

namespace gaz = verify::gazetteer;

namespace {

void write(const std::filesystem::path& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }

bool has_temp_files(const std::filesystem::path& dir) {
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().filename().string().find(".tmp-") != std::string::npos) return true;
  }
  return false;
}

TEST(GazetteerOpen, MissingIndexSaysToRunSetup) {
  const auto dir = testing_support::temp_dir("gazetteer");
  auto opened = gaz::Gazetteer::open(dir / "gazetteer.sqlite");
  ASSERT_FALSE(opened);
  EXPECT_EQ(opened.error().stage, "gazetteer");
  EXPECT_NE(opened.error().message.find("scripts/setup"), std::string::npos) << opened.error().message;
  EXPECT_NE(opened.error().input.find("gazetteer.sqlite"), std::string::npos);
}

TEST(GazetteerOpen, CorruptIndexSaysToRunSetup) {
  const auto dir = testing_support::temp_dir("gazetteer");
  for (const std::string& content : {std::string("not a database at all"), std::string(), std::string(8192, '\0')}) {
    write(dir / "gazetteer.sqlite", content);
    auto opened = gaz::Gazetteer::open(dir / "gazetteer.sqlite");
    ASSERT_FALSE(opened);
    EXPECT_NE(opened.error().message.find("scripts/setup"), std::string::npos) << opened.error().message;
  }
  // A folder where the file should be.
  std::filesystem::remove(dir / "gazetteer.sqlite");
  std::filesystem::create_directory(dir / "gazetteer.sqlite");
  EXPECT_FALSE(gaz::Gazetteer::open(dir / "gazetteer.sqlite"));
}

TEST(GazetteerOpen, TruncatedIndexFailsCleanly) {
  const auto dir = testing_support::temp_dir("gazetteer");
  const std::string full = testing_support::read_file(gazetteer_test::subset_index());
  write(dir / "gazetteer.sqlite", full.substr(0, 4096));
  auto opened = gaz::Gazetteer::open(dir / "gazetteer.sqlite");
  if (opened) {
    // The first page may survive; queries must then fail without crashing.
    EXPECT_NO_THROW((void)opened->find("Tadmur"));
  } else {
    EXPECT_NE(opened.error().message.find("scripts/setup"), std::string::npos);
  }
}

TEST(GazetteerBuild, SkipsWhenInputsUnchangedAndRebuildsWhenChanged) {
  const auto dir = testing_support::temp_dir("gazetteer");
  auto inputs = gazetteer_test::subset_inputs();
  const auto out = dir / "gazetteer.sqlite";
  auto first = gaz::build_index(inputs, out, {});
  ASSERT_TRUE(first) << core::to_line(first.error());
  EXPECT_TRUE(first->rebuilt);
  EXPECT_GT(first->places, 400u);
  EXPECT_GT(first->names, first->places);
  EXPECT_EQ(first->countries, 3u);
  auto second = gaz::build_index(inputs, out, {});
  ASSERT_TRUE(second);
  EXPECT_FALSE(second->rebuilt);
  EXPECT_EQ(second->checksum, first->checksum);

  std::filesystem::copy_file(inputs.aliases, dir / "aliases.csv");
  std::ofstream(dir / "aliases.csv", std::ios::app) << "Test Town,en,35.0,38.0,SY,SY.11,place,test row\n";
  inputs.aliases = dir / "aliases.csv";
  auto third = gaz::build_index(inputs, out, {});
  ASSERT_TRUE(third) << core::to_line(third.error());
  EXPECT_TRUE(third->rebuilt);
  EXPECT_NE(third->checksum, first->checksum);
  auto opened = gaz::Gazetteer::open(out);
  ASSERT_TRUE(opened);
  ASSERT_FALSE(opened->find("Test Town").empty());
  EXPECT_FALSE(has_temp_files(dir));
}

TEST(GazetteerBuild, BadInputsGiveOneLineErrorsAndLeaveNothing) {
  const auto dir = testing_support::temp_dir("gazetteer");
  const auto good = gazetteer_test::subset_inputs();
  write(dir / "garbage", "this is not data\nat all\n");
  write(dir / "bad.csv", "name,lang,lat,lon,country,admin1,kind,source\nNowhere,en,99,0,SY,,place,\n");
  write(dir / "bad-country.csv", "name,iso2,source\nNowhere,QQ,a source\n");
  write(dir / "no-code.json", R"([{"demonyms":{"eng":{"m":"Nowherian","f":"Nowherian"}}}])");
  struct Case { const char* what; gaz::BuildInputs inputs; };
  const std::vector<Case> cases = {
      {"missing cities", {dir / "none.txt", good.admin1, good.countries, good.aliases, good.country_aliases}},
      {"garbage cities", {dir / "garbage", good.admin1, good.countries, good.aliases, good.country_aliases}},
      {"garbage admin1", {good.cities, dir / "garbage", good.countries, good.aliases, good.country_aliases}},
      {"garbage countries", {good.cities, good.admin1, dir / "garbage", good.aliases, good.country_aliases}},
      {"garbage aliases", {good.cities, good.admin1, good.countries, dir / "garbage", good.country_aliases}},
      {"bad alias row", {good.cities, good.admin1, good.countries, dir / "bad.csv", good.country_aliases}},
      {"missing country aliases", {good.cities, good.admin1, good.countries, good.aliases, dir / "none.csv"}},
      {"garbage country aliases", {good.cities, good.admin1, good.countries, good.aliases, dir / "garbage"}},
      {"bad country alias row", {good.cities, good.admin1, good.countries, good.aliases, dir / "bad-country.csv"}},
      {"garbage demonyms",
       {good.cities, good.admin1, good.countries, good.aliases, good.country_aliases, {}, dir / "garbage"}},
      {"demonyms without a country code",
       {good.cities, good.admin1, good.countries, good.aliases, good.country_aliases, {}, dir / "no-code.json"}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.what);
    auto built = gaz::build_index(c.inputs, dir / "out" / "gazetteer.sqlite", {});
    ASSERT_FALSE(built);
    EXPECT_EQ(built.error().stage, "gazetteer");
    EXPECT_FALSE(built.error().input.empty());
    EXPECT_EQ(built.error().message.find('\n'), std::string::npos);
    EXPECT_FALSE(std::filesystem::exists(dir / "out" / "gazetteer.sqlite"));
  }
}

}  // namespace
