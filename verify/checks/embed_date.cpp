#include "verify/checks/embed_date.hpp"

#include <fmt/format.h>

#include <chrono>
#include <cstdlib>

namespace verify {
namespace {

using namespace std::chrono;
using core::Check;
using core::Embed;
using core::Evidence;
using core::Verdict;

// The platform's own record of when the post was made, with where it comes from.
struct PlatformTime {
  core::Instant time;
  Evidence evidence;
  bool weak = false;
};

std::optional<PlatformTime> platform_time(const core::Case& c, const Embed& e) {
  if (e.id_time) {
    const bool weak = e.id_time_strength == core::IdTimeStrength::weak;
    std::string source = fmt::format("{} post id {} ({})", core::name_of(e.platform), e.post_id,
                                     weak ? "chosen by the posting client: weak evidence" : "assigned by the platform");
    return PlatformTime{*e.id_time, Evidence{"time in post id", core::format_iso8601(*e.id_time), source, {}}, weak};
  }
  for (const auto& post : c.posts) {
    if (post.embed == e.id && post.created_at) {
      return PlatformTime{*post.created_at,
                          Evidence{"post created_at", core::format_iso8601(*post.created_at),
                                   "fetched post via " + post.fetched_via, {}},
                          false};
    }
  }
  return std::nullopt;
}

Evidence byline_evidence(const Embed& e) {
  std::string value = e.byline_date ? core::format_date(*e.byline_date) : std::string("(none)");
  if (!e.byline_date_text.empty()) value += " (printed \"" + e.byline_date_text + "\")";
  return Evidence{"byline date", value, "embed " + e.id + " in the article text", e.span};
}

std::string why_no_platform_time(const Embed& e) {
  if (e.post_id.empty()) {
    std::string why = "the article does not carry this post's id";
    for (const auto& url : e.urls) {
      if (url.find("pic.twitter.com/") != std::string::npos || url.find("pic.x.com/") != std::string::npos ||
          url.find("t.co/") != std::string::npos) {
        return why + "; its link " + url + " leads to the post and its id when fetched";
      }
    }
    return why;
  }
  const std::string why = e.id_time_note.empty() ? fmt::format("a {} post id carries no time", core::name_of(e.platform))
                                                 : "post id " + e.post_id + ": " + e.id_time_note;
  return why + ", and the post has not been fetched";
}

Check compare(const Embed& e, year_month_day byline, const PlatformTime& platform) {
  Check check{"embed-date", Verdict::consistent, e.id, {}, {byline_evidence(e), platform.evidence}, {}};
  const sys_days earliest = floor<days>(platform.time.utc - hours(12));
  const sys_days latest = floor<days>(platform.time.utc + hours(14));
  const sys_days printed = sys_days(byline);
  const std::string utc_day = core::format_date(core::utc_date(platform.time.utc));
  if (printed >= earliest && printed <= latest) {
    check.explanation = fmt::format(
        "The byline date {} matches the platform's time {} (UTC day {}) in some time zone between UTC-12 and UTC+14.",
        core::format_date(byline), core::format_iso8601(platform.time), utc_day);
    if (platform.weak) check.explanation += " The id's time was chosen by the posting client, so this is weak support.";
    return check;
  }
  const long long off = (printed - floor<days>(platform.time.utc)).count();
  check.verdict = Verdict::inconsistent;
  check.explanation = fmt::format(
      "The byline says {} but the platform's time is {} (UTC day {}): {} day{} {}, more than any time zone explains.",
      core::format_date(byline), core::format_iso8601(platform.time), utc_day, std::llabs(off),
      std::llabs(off) == 1 ? "" : "s", off > 0 ? "later" : "earlier");
  if (platform.weak) check.explanation += " The id's time was chosen by the posting client, so it may itself be wrong.";
  return check;
}

std::optional<Check> check_embed(const core::Case& c, const Embed& e) {
  const auto platform = platform_time(c, e);
  if (!e.byline_date && e.byline_date_text.empty() && !platform) return std::nullopt;  // nothing to compare
  if (e.byline_date && platform) return compare(e, *e.byline_date, *platform);
  Check check{"embed-date", Verdict::unverifiable, e.id, {}, {byline_evidence(e)}, {}};
  if (platform) check.evidence.push_back(platform->evidence);
  if (!e.byline_date) {
    check.explanation = e.byline_date_text.empty()
                            ? "The embed prints no date to compare with the platform's time."
                            : "The printed date \"" + e.byline_date_text + "\" is not a complete, existing calendar date.";
  } else {
    check.explanation = "No platform time to compare the byline date with: " + why_no_platform_time(e) + ".";
  }
  return check;
}

}  // namespace

std::vector<Check> check_embed_date(const core::Case& c) {
  std::vector<Check> checks;
  for (const auto& embed : c.embeds) {
    if (auto check = check_embed(c, embed)) checks.push_back(std::move(*check));
  }
  return checks;
}

}  // namespace verify
