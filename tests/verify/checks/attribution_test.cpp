// Check "attribution": consistent, inconsistent and unverifiable, across scripts.
#include <gtest/gtest.h>

#include "verify/checks/attribution.hpp"

namespace {

using core::Verdict;

core::Claim source(std::string outlet, std::string embed = "e1") {
  core::Claim claim;
  claim.id = "c1";
  claim.kind = core::ClaimKind::source;
  claim.text = "according to " + outlet;
  claim.span = {0, claim.text.size()};
  claim.embed = std::move(embed);
  claim.value = core::SourceRef{outlet, outlet};
  return claim;
}

core::Case with_post(std::string text, std::string handle = "someone", std::string name = "Some One") {
  core::Case c;
  core::Embed e;
  e.id = "e1";
  e.text = std::move(text);
  e.handle = std::move(handle);
  e.display_name = std::move(name);
  e.span = {100, 200};
  c.embeds.push_back(e);
  return c;
}

TEST(Attribution, ArabicPostTextNamesTheCreditedOutlet) {
  auto c = with_post("بالفيديو .. قاعدة التنف\nشام اف ام pic.twitter.com/SyPjlzGIZ5");
  c.claims.push_back(source("Sham FM"));
  const auto checks = verify::check_attribution(c);
  ASSERT_EQ(checks.size(), 1u);
  EXPECT_EQ(checks[0].verdict, Verdict::consistent) << checks[0].explanation;
  EXPECT_EQ(checks[0].claims, std::vector<std::string>{"c1"});
}

TEST(Attribution, HamzaSpellingMatchesToo) {
  auto c = with_post("تقرير شام إف إم من البادية");
  c.claims.push_back(source("Sham FM"));
  EXPECT_EQ(verify::check_attribution(c).at(0).verdict, Verdict::consistent);
}

TEST(Attribution, HandleNamesTheOutlet) {
  auto c = with_post("Convoy entering the city", "ShamFM", "Radio");
  c.claims.push_back(source("Sham FM"));
  const auto check = verify::check_attribution(c).at(0);
  EXPECT_EQ(check.verdict, Verdict::consistent);
  EXPECT_NE(check.evidence.at(1).label.find("handle"), std::string::npos);
}

TEST(Attribution, FetchedPostAuthorNamesTheOutlet) {
  auto c = with_post("");
  core::Post post;
  post.embed = "e1";
  post.post_id = "1";
  post.fetched_via = "syndication";
  post.author = "Reuters";
  post.text = "Video";
  c.posts.push_back(post);
  c.claims.push_back(source("Reuters"));
  EXPECT_EQ(verify::check_attribution(c).at(0).verdict, Verdict::consistent);
}

TEST(Attribution, PostCreditsADifferentKnownOutlet) {
  auto c = with_post("Footage of the convoy. Video: Al Jazeera");
  c.claims.push_back(source("Sham FM"));
  const auto check = verify::check_attribution(c).at(0);
  EXPECT_EQ(check.verdict, Verdict::inconsistent) << check.explanation;
  EXPECT_NE(check.explanation.find("Al Jazeera"), std::string::npos);
}

TEST(Attribution, PostNamesNoOutlet) {
  auto c = with_post("Convoy entering the city at dawn");
  c.claims.push_back(source("Sham FM"));
  const auto check = verify::check_attribution(c).at(0);
  EXPECT_EQ(check.verdict, Verdict::unverifiable);
  EXPECT_NE(check.explanation.find("not been fetched"), std::string::npos);
}

// A fetch that failed leaves a Post with status error: the post was still not read.
TEST(Attribution, APostThatCouldNotBeFetchedCountsAsNotFetched) {
  auto c = with_post("Convoy entering the city at dawn");
  core::Post failed;
  failed.embed = "e1";
  failed.status = core::PostStatus::error;
  failed.status_note = "HTTP 403";
  c.posts.push_back(failed);
  c.claims.push_back(source("Sham FM"));
  const auto check = verify::check_attribution(c).at(0);
  EXPECT_EQ(check.verdict, Verdict::unverifiable);
  EXPECT_NE(check.explanation.find("not been fetched"), std::string::npos) << check.explanation;
}

TEST(Attribution, CommonArabicWordIsNotReadAsAnOutlet) {
  auto c = with_post("فيديو باللغة العربية من الجزيرة السورية");
  c.claims.push_back(source("Sham FM"));
  EXPECT_EQ(verify::check_attribution(c).at(0).verdict, Verdict::unverifiable);
}

TEST(Attribution, UnboundSourcesAreCheckedAgainstEveryEmbedWhenNoneIsBound) {
  auto c = with_post("شام اف ام");
  c.claims.push_back(source("Sham FM", ""));
  c.claims.push_back(source("al-Masdar News", ""));
  c.claims.back().id = "c2";
  const auto checks = verify::check_attribution(c);
  ASSERT_EQ(checks.size(), 2u);
  EXPECT_EQ(checks[0].verdict, Verdict::consistent);
  EXPECT_EQ(checks[1].verdict, Verdict::unverifiable);
  EXPECT_NE(checks[1].explanation.find("does not tie"), std::string::npos) << checks[1].explanation;
}

TEST(Attribution, NothingToCheckWithoutEmbedsOrSources) {
  core::Case c;
  c.claims.push_back(source("Sham FM", ""));
  EXPECT_TRUE(verify::check_attribution(c).empty());
  EXPECT_TRUE(verify::check_attribution(with_post("text")).empty());
}

}  // namespace
