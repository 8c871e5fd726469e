#include "verify/checks/embed_date.hpp"

#include <gtest/gtest.h>

namespace {

using namespace core;

Embed twitter_embed(const char* post_id, long long id_ms, const char* byline) {
  Embed e;
  e.id = "e1";
  e.platform = Platform::twitter;
  e.post_id = post_id;
  if (id_ms) {
    e.id_time = from_unix_millis(id_ms);
    e.id_time_strength = IdTimeStrength::strong;
  }
  if (byline) {
    e.byline_date = parse_date(byline);
    e.byline_date_text = byline;
  }
  e.span = {0, 10};
  return e;
}

Check only_check(const Case& c) {
  auto checks = verify::check_embed_date(c);
  EXPECT_EQ(checks.size(), 1u);
  return checks.empty() ? Check{} : checks.front();
}

// 1256192516094939136 is 2020-05-01T12:03:29Z; its real embed says "May 1, 2020".
constexpr long long k_may_first_ms = 1588334609000;

TEST(EmbedDateCheck, ConsistentWhenTheDaysAgree) {
  Case c;
  c.embeds.push_back(twitter_embed("1256192516094939136", k_may_first_ms, "2020-05-01"));
  const Check check = only_check(c);
  EXPECT_EQ(check.kind, "embed-date");
  EXPECT_EQ(check.verdict, Verdict::consistent);
  ASSERT_EQ(check.evidence.size(), 2u);
  EXPECT_EQ(check.evidence[1].value, "2020-05-01T12:03:29.000Z");
  EXPECT_NE(check.evidence[1].source.find("1256192516094939136"), std::string::npos);
}

TEST(EmbedDateCheck, AllowsTheTimeZoneDayBoundary) {
  // 12:03Z on May 1 is already May 2 at UTC+14, and never April 30 (00:03 at UTC-12).
  struct Day {
    const char* byline;
    Verdict verdict;
  };
  for (const Day& day : {Day{"2020-05-02", Verdict::consistent}, Day{"2020-04-30", Verdict::inconsistent},
                         Day{"2020-05-03", Verdict::inconsistent}}) {
    Case c;
    c.embeds.push_back(twitter_embed("1256192516094939136", k_may_first_ms, day.byline));
    EXPECT_EQ(only_check(c).verdict, day.verdict) << day.byline;
  }
  // 05:00Z on May 1 is still April 30 at UTC-12.
  Case c;
  c.embeds.push_back(twitter_embed("x", k_may_first_ms - 7 * 3600 * 1000LL - 3 * 60 * 1000LL, "2020-04-30"));
  EXPECT_EQ(only_check(c).verdict, Verdict::consistent);
}

TEST(EmbedDateCheck, InconsistentWhenTheBylineIsFabricated) {
  Case c;
  c.embeds.push_back(twitter_embed("1256192516094939136", k_may_first_ms, "2020-04-14"));
  const Check check = only_check(c);
  EXPECT_EQ(check.verdict, Verdict::inconsistent);
  EXPECT_NE(check.explanation.find("17 days earlier"), std::string::npos) << check.explanation;
}

TEST(EmbedDateCheck, UnverifiableWithoutAnIdTime) {
  Case c;
  Embed e = twitter_embed("", 0, "2020-04-14");
  e.urls = {"https://pic.twitter.com/SyPjlzGIZ5"};
  c.embeds.push_back(e);
  const Check check = only_check(c);
  EXPECT_EQ(check.verdict, Verdict::unverifiable);
  EXPECT_NE(check.explanation.find("pic.twitter.com/SyPjlzGIZ5"), std::string::npos) << check.explanation;
}

TEST(EmbedDateCheck, UnverifiableForADateThatDoesNotExist) {
  Case c;
  Embed e = twitter_embed("1256192516094939136", k_may_first_ms, nullptr);
  e.byline_date_text = "February 30, 2020";
  c.embeds.push_back(e);
  const Check check = only_check(c);
  EXPECT_EQ(check.verdict, Verdict::unverifiable);
  EXPECT_NE(check.explanation.find("February 30, 2020"), std::string::npos);
}

TEST(EmbedDateCheck, UsesAFetchedPostWhenTheIdHasNoTime) {
  Case c;
  c.embeds.push_back(twitter_embed("20", 0, "2006-03-21"));
  Post p;
  p.embed = "e1";
  p.fetched_via = "syndication";
  p.created_at = parse_iso8601("2006-03-21T20:50:14Z");
  c.posts.push_back(p);
  EXPECT_EQ(only_check(c).verdict, Verdict::consistent);
}

TEST(EmbedDateCheck, SaysWhyAnIdHasNoTime) {
  Case c;
  Embed e = twitter_embed("20", 0, "2006-03-21");
  e.id_time_note = "ids before 29700859247 predate snowflakes and carry no time";
  c.embeds.push_back(e);
  const Check check = only_check(c);
  EXPECT_EQ(check.verdict, Verdict::unverifiable);
  EXPECT_NE(check.explanation.find("post id 20: ids before 29700859247"), std::string::npos) << check.explanation;
}

TEST(EmbedDateCheck, WeakIdsSaySo) {
  Case c;
  Embed e = twitter_embed("3jzfcijpj2z2a", k_may_first_ms, "2020-05-01");
  e.platform = Platform::bluesky;
  e.id_time_strength = IdTimeStrength::weak;
  c.embeds.push_back(e);
  const Check check = only_check(c);
  EXPECT_EQ(check.verdict, Verdict::consistent);
  EXPECT_NE(check.explanation.find("weak"), std::string::npos);
}

TEST(EmbedDateCheck, SkipsEmbedsWithNothingToCompare) {
  Case c;
  Embed e;
  e.id = "e1";
  e.platform = Platform::youtube;
  e.post_id = "HNGjifVvlF0";
  c.embeds.push_back(e);
  EXPECT_TRUE(verify::check_embed_date(c).empty());
}

}  // namespace
