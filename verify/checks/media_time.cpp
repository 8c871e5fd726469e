#include "verify/checks/media_time.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "verify/checks/media_claims.hpp"

namespace verify {
namespace {

using namespace std::chrono;
using core::Check;
using core::Evidence;
using core::Verdict;

// Tags whose value carries its UTC offset; others may hold the camera's local time.
bool has_zone(const std::string& tag) { return tag == "com.apple.quicktime.creationdate" || tag == "exif OffsetTimeOriginal"; }

std::string hours_text(milliseconds d) {
  const double h = duration<double, std::ratio<3600>>(d).count();
  return h >= 48 ? fmt::format("{:.0f} days", h / 24) : fmt::format("{:.1f} hours", h);
}

struct PostTime {
  core::Instant at;
  Evidence evidence;
};

std::optional<PostTime> post_time(const core::Case& c, const core::MediaReport& m) {
  if (const core::Post* p = post_for(c, m); p && p->created_at) {
    return PostTime{*p->created_at, Evidence{"post created_at", core::format_iso8601(*p->created_at),
                                             "fetched post via " + p->fetched_via, {}}};
  }
  for (const auto& e : c.embeds) {
    if (e.id == m.embed && e.id_time && e.id_time_strength != core::IdTimeStrength::weak) {
      return PostTime{*e.id_time, Evidence{"time in post id", core::format_iso8601(*e.id_time),
                                           fmt::format("{} post id {}", core::name_of(e.platform), e.post_id), {}}};
    }
  }
  return std::nullopt;
}

Evidence capture_evidence(const core::MediaReport& m) {
  return Evidence{"capture time in the file (" + m.capture_time_from + ")", core::format_iso8601(*m.capture_time),
                  media_source(m), {}};
}

// A sentence when capture and post disagree, or an empty string.
std::string against_post(const core::MediaReport& m, const PostTime& post) {
  const auto skew = has_zone(m.capture_time_from) ? milliseconds(k_capture_skew) : milliseconds(k_capture_skew_no_zone);
  const auto late = m.capture_time->utc - post.at.utc;
  if (post.at.precision == core::Precision::day || late <= skew) return {};
  return fmt::format("The file says it was captured {} after the post was made ({} vs {}), beyond the {} allowed for "
                     "a wrong camera clock{}; footage cannot be recorded after it was posted.",
                     hours_text(late), core::format_iso8601(*m.capture_time), core::format_iso8601(post.at),
                     has_zone(m.capture_time_from) ? "15 minutes" : "14 hours",
                     has_zone(m.capture_time_from) ? "" : " (the tag has no UTC offset, so it may hold local time)");
}

// A sentence when the capture time falls outside the claimed time, or an empty string.
std::string against_claim(const core::MediaReport& m, const core::Claim& claim, const core::TimeRange& r) {
  const auto at = m.capture_time->utc;
  if (at < r.start.utc - k_recycled_after) {
    return fmt::format("The file was captured {} before the event the article dates {} ({}): footage that old "
                       "suggests recycled material, not a recording of this event.",
                       hours_text(r.start.utc - at), range_text(r), claim.id);
  }
  if (at > range_end(r) + k_captured_after_event) {
    return fmt::format("The file was captured {} after the time the article gives for the event, {} ({}).",
                       hours_text(at - range_end(r)), range_text(r), claim.id);
  }
  return {};
}

void add_claims(Check& check, const std::vector<const core::Claim*>& claims) {
  for (const core::Claim* k : claims) {
    check.claims.push_back(k->id);
    const core::TimeRange* r = time_value(*k);
    check.evidence.push_back(Evidence{fmt::format("event time claimed ({})", k->id),
                                      fmt::format("\"{}\" → {}", k->text, r ? range_text(*r) : "no value"),
                                      "article text", k->span});
  }
}

void judge_platform_time(Check& check, const core::MediaReport& m, const std::optional<PostTime>& post) {
  const bool later = post && m.capture_time->utc > post->at.utc;
  check.explanation = fmt::format(
      "The file's only time is its container creation_time ({}), which the media stage notes is written by the "
      "platform when it transcodes the upload, not by the camera; the capture time is unknown{}.",
      core::format_iso8601(*m.capture_time),
      later ? ". That it is later than the post is what a transcode time does, not a contradiction" : "");
}

void judge_capture(Check& check, const core::MediaReport& m, const std::optional<PostTime>& post,
                   const std::vector<const core::Claim*>& claims) {
  std::vector<std::string> problems;
  if (post) problems.push_back(against_post(m, *post));
  bool compared = post.has_value();
  for (const core::Claim* k : claims) {
    if (const core::TimeRange* r = time_value(*k)) {
      problems.push_back(against_claim(m, *k, *r));
      compared = true;
    }
  }
  std::erase(problems, std::string());
  const std::string capture = core::format_iso8601(*m.capture_time);
  if (!problems.empty()) {
    check.verdict = Verdict::inconsistent;
    for (const auto& p : problems) check.explanation += (check.explanation.empty() ? "" : " ") + p;
  } else if (compared) {
    check.verdict = Verdict::consistent;
    check.explanation = fmt::format("Captured {} ({}): {}.", capture, m.capture_time_from,
                                    post && claims.empty() ? "before the post was made"
                                    : post                 ? "before the post and within the claimed time"
                                                           : "within the claimed time");
  } else {
    check.explanation = fmt::format("Captured {} ({}), but there is no post time or claimed time to compare it with.",
                                    capture, m.capture_time_from);
  }
}

Check judge(const core::Case& c, const core::MediaReport& m) {
  Check check{"media-time", Verdict::unverifiable, m.embed, {}, {}, {}};
  const auto post = post_time(c, m);
  const auto claims = claims_for(c, m, core::ClaimKind::time);
  if (m.capture_time) check.evidence.push_back(capture_evidence(m));
  if (post) check.evidence.push_back(post->evidence);
  add_claims(check, claims);
  if (!m.capture_time) {
    check.evidence.push_back(Evidence{"capture time in the file", "none", media_source(m), {}});
    check.explanation = "The file carries no capture time (platforms strip or rewrite these tags when they "
                        "re-encode an upload), so when it was recorded cannot be checked.";
  } else if (capture_time_is_platform_written(m)) {
    judge_platform_time(check, m, post);
  } else {
    judge_capture(check, m, post, claims);
  }
  return check;
}

}  // namespace

// The probe's rule, read from the typed fields rather than its note's words:
// a container's (or stream's) creation_time in a file that names no camera is
// when the file was written — by a platform's transcoder, for a downloaded
// copy — not when it was recorded.
bool capture_time_is_platform_written(const core::MediaReport& m) {
  const bool container_clock = m.capture_time_from.find("creation_time") != std::string::npos;
  return container_clock && m.make.empty() && m.model.empty();
}

std::vector<Check> check_media_time(const core::Case& c) {
  std::vector<Check> checks;
  for (const auto& m : c.media) checks.push_back(judge(c, m));
  return checks;
}

}  // namespace verify
