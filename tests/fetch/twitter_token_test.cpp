// The syndication token against values computed by node (V8) for these ids.
#include <gtest/gtest.h>

#include "fetch/platforms/twitter_token.hpp"

namespace {

using fetch::twitter::js_number_to_radix;
using fetch::twitter::syndication_token;

TEST(TwitterToken, MatchesTheWidgetsTokenForKnownIds) {
  EXPECT_EQ(syndication_token("20"), "6dq1a2xwd93");
  EXPECT_EQ(syndication_token("1206624510306390016"), "2xaqm5tamu");
  EXPECT_EQ(syndication_token("1256192516094939136"), "31mgybjrbw");
  EXPECT_EQ(syndication_token("1610638557118349317"), "3wjyxgdx6c5");
  EXPECT_EQ(syndication_token("1800000000000000000"), "4d2v7cbm2xj");
}

TEST(TwitterToken, RefusesWhatIsNotAnId) {
  EXPECT_FALSE(syndication_token(""));
  EXPECT_FALSE(syndication_token("12a4"));
  EXPECT_FALSE(syndication_token("-5"));
  EXPECT_FALSE(syndication_token(std::string(30, '9')));
}

TEST(TwitterToken, RadixFormattingAgreesWithJavaScript) {
  // What node prints for (255).toString(16), (0.5).toString(2), … (1e21).toString(36), (123.456).toString(36).
  EXPECT_EQ(js_number_to_radix(255, 16), "ff");
  EXPECT_EQ(js_number_to_radix(0.5, 2), "0.1");
  EXPECT_EQ(js_number_to_radix(35, 36), "z");
  EXPECT_EQ(js_number_to_radix(0.1, 3), "0.0022002200220022002200220022002201");
  EXPECT_EQ(js_number_to_radix(1e21, 36), "5v1j4f4ds7c000");
  EXPECT_EQ(js_number_to_radix(123.456, 36), "3f.gez4w97ry");
  EXPECT_EQ(js_number_to_radix(0, 36), "0");
}

}  // namespace
