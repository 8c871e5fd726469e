#include "verify/checks/post_vs_article.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "verify/claims/relative_dates.hpp"

namespace verify {
namespace {

using namespace std::chrono;
using core::Check;
using core::Claim;
using core::Embed;
using core::Evidence;
using core::Verdict;

// A time as an interval [from, to) of the moments it may stand for.
struct Interval {
  core::Millis from;
  core::Millis to;
};

struct PostTime {
  Interval when;
  std::string shown;  // "2020-04-14 (byline date, time zone unknown: ±1 day)"
  Evidence evidence;
};

Interval interval_of(const core::Instant& t) {
  if (t.precision == core::Precision::day) return {t.utc, t.utc + days(1)};
  return {t.utc, t.utc + milliseconds(1)};
}

std::optional<PostTime> post_time(const core::Case& c, const Embed& e) {
  if (e.id_time) {
    const std::string v = core::format_iso8601(*e.id_time);
    return PostTime{interval_of(*e.id_time), v + " (from the post id)",
                    Evidence{"post time (from the post id)", v, core::name_of(e.platform) + std::string(" post id ") + e.post_id, {}}};
  }
  for (const auto& post : c.posts) {
    if (post.embed == e.id && post.created_at) {
      const std::string v = core::format_iso8601(*post.created_at);
      return PostTime{interval_of(*post.created_at), v + " (the fetched post's created_at)",
                      Evidence{"post time (fetched created_at)", v, "fetched post via " + post.fetched_via, {}}};
    }
  }
  if (!e.byline_date) return std::nullopt;
  const sys_days day{*e.byline_date};
  const std::string v = core::format_date(*e.byline_date);
  return PostTime{Interval{core::Millis(day - days(1)), core::Millis(day + days(2))},
                  v + " (the byline date; its time zone is unknown, so ±1 day)",
                  Evidence{"post time (byline date, ±1 day)", v, "embed " + e.id + " in the article text", e.span}};
}

// Relative claims bound to this embed; of the unbound ones only "this week",
// the article's frame for recent events ("last year" elsewhere in the text
// is background, not a claim about this post).
bool related(const Claim& claim, const Embed& e) {
  if (claim.kind != core::ClaimKind::time || !claims::is_relative_phrase(claim.text)) return false;
  return claim.embed == e.id || (claim.embed.empty() && claims::is_this_week(claim.text));
}

std::string range_text(const core::TimeRange& r) {
  return core::format_iso8601(r.start) + " – " + core::format_iso8601(r.end);
}

Interval range_interval(const core::TimeRange& r) { return {r.start.utc, r.end.utc + days(1)}; }

bool overlaps(const Interval& a, const Interval& b) { return a.from < b.to && b.from < a.to; }

Evidence claim_evidence(const Claim& claim) {
  const auto* range = std::get_if<core::TimeRange>(&claim.value);
  return Evidence{fmt::format("claim {} \"{}\"", claim.id, claim.text), range ? range_text(*range) : claim.note,
                  "article text", claim.span};
}

// One sentence on a relative claim; sets `outside` when the post cannot fall in it.
std::string judge_claim(const core::Case& c, const Claim& claim, const PostTime& post, bool& outside) {
  const auto& range = std::get<core::TimeRange>(claim.value);
  const bool inside = overlaps(post.when, range_interval(range));
  outside = outside || !inside;
  std::string line = fmt::format("\"{}\" ({}) is {}: the post {} it.", claim.text, claim.id, range_text(range),
                                 inside ? "falls in" : "falls outside");
  if (claims::is_this_week(claim.text)) {
    const auto week = claims::calendar_week(*c.article.published);
    const bool in_week = overlaps(post.when, range_interval(week));
    line = fmt::format("\"{}\" ({}) read as the 7 days ending at publication, {}: the post {} it; the calendar week "
                       "{} {}, so {}.",
                       claim.text, claim.id, range_text(range), inside ? "falls in" : "falls outside",
                       range_text(week), in_week ? "contains it too" : "does not",
                       in_week == inside ? "both definitions agree" : "the 7-day definition decided");
  }
  return line;
}

Check judge(const core::Case& c, const Embed& e, const PostTime& post, const std::vector<const Claim*>& claims) {
  Check check{"post-vs-article", Verdict::consistent, e.id, {}, {post.evidence}, {}};
  const core::Instant published = *c.article.published;
  check.evidence.push_back(Evidence{"article published", core::format_iso8601(published),
                                    c.article.published_from.empty() ? "the article" : c.article.published_from, {}});
  std::string why;
  const bool after = post.when.from >= interval_of(published).to;
  why = fmt::format("The post time {} is {} the article's publication ({}).", post.shown,
                    after ? "after" : "not after", core::format_iso8601(published));
  bool outside = false;
  for (const Claim* claim : claims) {
    check.claims.push_back(claim->id);
    check.evidence.push_back(claim_evidence(*claim));
    if (std::holds_alternative<core::TimeRange>(claim->value)) why += " " + judge_claim(c, *claim, post, outside);
  }
  if (after || outside) check.verdict = Verdict::inconsistent;
  check.explanation = why;
  return check;
}

Check unpublished(const Embed& e, const std::optional<PostTime>& post, const std::vector<const Claim*>& claims) {
  Check check{"post-vs-article", Verdict::unverifiable, e.id, {}, {}, {}};
  if (post) check.evidence.push_back(post->evidence);
  std::string phrases;
  for (const Claim* claim : claims) {
    check.claims.push_back(claim->id);
    check.evidence.push_back(claim_evidence(*claim));
    phrases += fmt::format("{}\"{}\" ({})", phrases.empty() ? "" : ", ", claim->text, claim->id);
  }
  check.explanation = "The article states no published time, so the post cannot be placed against it" +
                      (phrases.empty() ? std::string(".") : "; " + phrases + " stay unresolved, not guessed.");
  return check;
}

}  // namespace

std::vector<Check> check_post_vs_article(const core::Case& c) {
  std::vector<Check> checks;
  for (const auto& e : c.embeds) {
    std::vector<const Claim*> claims;
    for (const auto& claim : c.claims) {
      if (related(claim, e)) claims.push_back(&claim);
    }
    const auto post = post_time(c, e);
    if (!c.article.published) {
      if (post || !claims.empty()) checks.push_back(unpublished(e, post, claims));
      continue;
    }
    if (post) {
      checks.push_back(judge(c, e, *post, claims));
    } else {
      checks.push_back(Check{"post-vs-article", Verdict::unverifiable, e.id, {}, {},
                             "The post's time is unknown: no time in its id, no fetched post and no byline date."});
    }
  }
  return checks;
}

}  // namespace verify
