#include "core/time.hpp"

#include <gtest/gtest.h>

namespace {

using core::Precision;

struct TimeCase {
  const char* text;
  const char* formatted;  // nullptr: must not parse
};

void PrintTo(const TimeCase& c, std::ostream* os) { *os << '"' << c.text << '"'; }

class ParseIso8601 : public ::testing::TestWithParam<TimeCase> {};

TEST_P(ParseIso8601, ParsesOrRefuses) {
  const auto& c = GetParam();
  auto parsed = core::parse_iso8601(c.text);
  if (c.formatted == nullptr) {
    EXPECT_FALSE(parsed.has_value()) << c.text;
  } else {
    ASSERT_TRUE(parsed.has_value()) << c.text;
    EXPECT_EQ(core::format_iso8601(*parsed), c.formatted);
  }
}

INSTANTIATE_TEST_SUITE_P(
    Forms, ParseIso8601,
    ::testing::Values(TimeCase{"2020-04-16", "2020-04-16"},
                      TimeCase{"2020-04-16T10:00Z", "2020-04-16T10:00:00Z"},
                      TimeCase{"2020-04-16T10:00:00+03:00", "2020-04-16T07:00:00Z"},
                      TimeCase{"2024-06-10T05:01:58+0200", "2024-06-10T03:01:58Z"},
                      TimeCase{"2020-04-16 10:00:00", "2020-04-16T10:00:00Z"},
                      TimeCase{"2023-06-17T01:55:30.000Z", "2023-06-17T01:55:30.000Z"},
                      TimeCase{" 2020-04-16T23:59:59Z\n", "2020-04-16T23:59:59Z"},
                      TimeCase{"2020-02-30", nullptr}, TimeCase{"2020-13-01", nullptr},
                      TimeCase{"2020-04-16T25:00:00Z", nullptr}, TimeCase{"April 16", nullptr},
                      TimeCase{"", nullptr}, TimeCase{"2020-04-16Tjunk", nullptr}));

TEST(ParseDate, RejectsImpossibleDays) {
  EXPECT_TRUE(core::parse_date("2020-02-29").has_value());
  EXPECT_FALSE(core::parse_date("2019-02-29").has_value());
  EXPECT_FALSE(core::parse_date("2020/02/20").has_value());
}

TEST(FromUnixMillis, KeepsMilliseconds) {
  auto t = core::from_unix_millis(1717988417039);
  EXPECT_EQ(core::format_iso8601(t), "2024-06-10T03:00:17.039Z");
  EXPECT_EQ(core::format_date(core::utc_date(t.utc)), "2024-06-10");
}

}  // namespace
