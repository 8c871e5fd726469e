// Check "post-vs-article": consistent, inconsistent and unverifiable.
#include <gtest/gtest.h>

#include "verify/checks/post_vs_article.hpp"
#include "verify/claims/extract.hpp"

namespace {

using core::Verdict;

// An article with `prose` and one embed whose byline date is `byline`.
core::Case article(const char* published, std::string prose, const char* byline) {
  core::Case c;
  if (published) c.article.published = core::parse_iso8601(published);
  c.article.text = prose + "\n— Someone (@someone) " + byline;
  core::Embed e;
  e.id = "e1";
  e.span = {prose.size() + 1, c.article.text.size()};
  e.byline_date = core::parse_date(byline);
  c.embeds.push_back(e);
  verify::extract_claims(c);
  return c;
}

core::Check only_check(const core::Case& c) {
  const auto checks = verify::check_post_vs_article(c);
  EXPECT_EQ(checks.size(), 1u);
  return checks.empty() ? core::Check{} : checks[0];
}

TEST(PostVsArticle, PostInsideThisWeekIsConsistent) {
  const auto check = only_check(article("2020-04-16", "Fighters defected this week.", "2020-04-14"));
  EXPECT_EQ(check.verdict, Verdict::consistent) << check.explanation;
  EXPECT_EQ(check.claims, std::vector<std::string>{"c1"});
}

TEST(PostVsArticle, PostAfterTheArticleIsInconsistent) {
  const auto check = only_check(article("2020-04-16", "Fighters defected.", "2020-04-20"));
  EXPECT_EQ(check.verdict, Verdict::inconsistent) << check.explanation;
  EXPECT_NE(check.explanation.find("after"), std::string::npos);
}

TEST(PostVsArticle, BylineOneDayAfterIsWithinTheTimeZoneAllowance) {
  EXPECT_EQ(only_check(article("2020-04-16", "Fighters defected.", "2020-04-17")).verdict, Verdict::consistent);
}

TEST(PostVsArticle, PostBeforeThisWeekIsInconsistent) {
  const auto check = only_check(article("2020-04-16", "Fighters defected this week.", "2020-03-01"));
  EXPECT_EQ(check.verdict, Verdict::inconsistent) << check.explanation;
  EXPECT_NE(check.explanation.find("falls outside"), std::string::npos);
}

TEST(PostVsArticle, SaysWhichWeekDefinitionDecided) {
  // Published Monday 2020-04-13: the 7 days reach back to 2020-04-06, the calendar week starts on the 13th.
  const auto check = only_check(article("2020-04-13", "Fighters defected this week.", "2020-04-08"));
  EXPECT_EQ(check.verdict, Verdict::consistent) << check.explanation;
  EXPECT_NE(check.explanation.find("the 7-day definition decided"), std::string::npos) << check.explanation;
}

TEST(PostVsArticle, YesterdayOutsideIsInconsistent) {
  EXPECT_EQ(only_check(article("2020-04-16", "The video was filmed yesterday.", "2020-04-10")).verdict,
            Verdict::inconsistent);
}

TEST(PostVsArticle, IdTimeWinsOverTheByline) {
  auto c = article("2020-04-16", "Fighters defected this week.", "2020-04-14");
  c.embeds[0].id_time = core::parse_iso8601("2020-04-14T10:00:00Z");
  const auto check = only_check(c);
  EXPECT_EQ(check.verdict, Verdict::consistent);
  EXPECT_NE(check.evidence.at(0).label.find("post id"), std::string::npos);
}

TEST(PostVsArticle, NoPublishedTimeIsUnverifiable) {
  const auto check = only_check(article(nullptr, "Fighters defected this week.", "2020-04-14"));
  EXPECT_EQ(check.verdict, Verdict::unverifiable);
  EXPECT_NE(check.explanation.find("no published time"), std::string::npos);
  EXPECT_NE(check.explanation.find("this week"), std::string::npos);
}

TEST(PostVsArticle, NoPostTimeIsUnverifiable) {
  auto c = article("2020-04-16", "Fighters defected.", "2020-04-14");
  c.embeds[0].byline_date.reset();
  EXPECT_EQ(only_check(c).verdict, Verdict::unverifiable);
}

}  // namespace
