// ISO 6709 strings from tests/cases/media/iso6709.json: each case gives the
// text and either the point (only the fields given are compared, exactly) or
// a substring of the reason it is refused.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "media/iso6709.hpp"
#include "tests/support/paths.hpp"

namespace {

using nlohmann::json;

json cases() { return json::parse(testing_support::read_file(testing_support::source_dir() / "tests/cases/media/iso6709.json")); }

void expect_point(const json& t, const media::Iso6709Point& p) {
  if (t.contains("lat")) {
    EXPECT_EQ(p.lat, t["lat"].get<double>());
  }
  if (t.contains("lon")) {
    EXPECT_EQ(p.lon, t["lon"].get<double>());
  }
  if (t.contains("altitude_m")) {
    if (t["altitude_m"].is_null()) {
      EXPECT_FALSE(p.altitude_m.has_value());
    } else {
      ASSERT_TRUE(p.altitude_m.has_value());
      EXPECT_EQ(*p.altitude_m, t["altitude_m"].get<double>());
    }
  }
  if (t.contains("crs")) {
    EXPECT_EQ(p.crs, t["crs"].get<std::string>());
  }
  if (t.contains("place")) {
    EXPECT_EQ(p.place, t["place"].get<std::string>());
  }
}

TEST(Iso6709, Table) {
  const json table = cases();
  ASSERT_GE(table.size(), 40u);
  for (const auto& t : table) {
    SCOPED_TRACE(t["name"].get<std::string>() + ": " + t["text"].get<std::string>());
    const auto got = media::parse_iso6709(t["text"].get<std::string>());
    if (t.contains("error_contains")) {
      ASSERT_FALSE(got.has_value()) << "parsed as " << got->lat << ", " << got->lon;
      EXPECT_NE(got.error().find(t["error_contains"].get<std::string>()), std::string::npos) << got.error();
      EXPECT_EQ(got.error().find('\n'), std::string::npos);
    } else {
      ASSERT_TRUE(got.has_value()) << got.error();
      expect_point(t, *got);
    }
  }
}

TEST(Iso6709, OverlongTextIsRefusedNotScanned) {
  const std::string text = "+37.7858-122.4064/" + std::string(5000, 'x');
  const auto got = media::parse_iso6709(text);
  ASSERT_FALSE(got.has_value());
  EXPECT_NE(got.error().find("1024"), std::string::npos);
}

TEST(Iso6709, MinutesAndSecondsAgreeWithDecimalDegrees) {
  const auto dms = media::parse_iso6709("+341336.36+0381601.92/");
  ASSERT_TRUE(dms.has_value()) << dms.error();
  EXPECT_EQ(dms->lat, 34.2267667);
  EXPECT_EQ(dms->lon, 38.2672);
}

}  // namespace
