// Tag times from tests/cases/media/tag_time.json: each case gives the text,
// how it is read ("utc": QuickTime creation_time, "local": Apple's key,
// "exif": DateTimeOriginal with "offset") and what must come out.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "media/tag_time.hpp"
#include "tests/support/paths.hpp"

namespace {

using nlohmann::json;

tl::expected<media::TagTime, std::string> read(const json& t) {
  const std::string text = t["text"];
  const std::string form = t["form"];
  if (form == "exif") return media::parse_exif_time(text, t.value("offset", std::string()));
  return media::parse_tag_time(text, form == "utc" ? media::NoOffset::utc : media::NoOffset::local);
}

void expect_time(const json& t, const media::TagTime& got) {
  if (t.contains("utc")) {
    EXPECT_EQ(core::format_iso8601(got.instant), t["utc"].get<std::string>());
  }
  if (t.contains("precision")) {
    EXPECT_EQ(got.instant.precision == core::Precision::millisecond ? "millisecond" : "second", t["precision"].get<std::string>());
  }
  if (t.contains("offset_minutes")) {
    ASSERT_TRUE(got.offset_minutes.has_value());
    EXPECT_EQ(*got.offset_minutes, t["offset_minutes"].get<int>());
  }
  EXPECT_EQ(got.zone_known, t.value("zone_known", true));
  EXPECT_EQ(got.unset, t.value("unset", false));
}

TEST(TagTime, Table) {
  const json table = json::parse(testing_support::read_file(testing_support::source_dir() / "tests/cases/media/tag_time.json"));
  ASSERT_GE(table.size(), 40u);
  for (const auto& t : table) {
    SCOPED_TRACE(t["name"].get<std::string>() + ": " + t["text"].get<std::string>());
    const auto got = read(t);
    if (t.contains("error_contains")) {
      ASSERT_FALSE(got.has_value()) << core::format_iso8601(got->instant);
      EXPECT_NE(got.error().find(t["error_contains"].get<std::string>()), std::string::npos) << got.error();
    } else {
      ASSERT_TRUE(got.has_value()) << got.error();
      expect_time(t, *got);
    }
  }
}

TEST(TagTime, UtcOffsets) {
  EXPECT_EQ(media::parse_utc_offset("+02:00"), 120);
  EXPECT_EQ(media::parse_utc_offset("-0930"), -570);
  EXPECT_EQ(media::parse_utc_offset("Z"), 0);
  EXPECT_EQ(media::parse_utc_offset("+14:00"), 840);
  EXPECT_EQ(media::parse_utc_offset("+14:01"), std::nullopt);
  EXPECT_EQ(media::parse_utc_offset("02:00"), std::nullopt);
  EXPECT_EQ(media::parse_utc_offset("+2:00"), std::nullopt);
  EXPECT_EQ(media::parse_utc_offset(""), std::nullopt);
}

}  // namespace
