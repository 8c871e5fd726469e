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

std::string span_text(milliseconds d) {
  const double h = duration<double, std::ratio<3600>>(d).count();
  if (h >= 48) return fmt::format("{:.0f} days", h / 24);
  if (h >= 1) return fmt::format("{:.1f} hours", h);
  return fmt::format("{:.0f} minutes", h * 60);
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

// The span of UTC time the recording lies in, as the file tells it.
struct Recorded {
  core::Millis earliest;
  core::Millis latest;
  std::string what;        // "captured 2020-04-14T10:00:00Z (exif …)"
  std::string allowance;   // why the span is as wide as it is
};

std::optional<Recorded> recorded(const core::MediaReport& m) {
  if (m.capture_time) {
    const bool inferred = m.capture_zone_from.rfind("inferred", 0) == 0;
    const milliseconds skew = inferred ? milliseconds(k_capture_skew_inferred) : milliseconds(k_capture_skew);
    return Recorded{m.capture_time->utc - skew, m.capture_time->utc + skew,
                    fmt::format("captured {} ({})", core::format_iso8601(*m.capture_time), m.capture_time_from),
                    inferred ? "an hour, as the zone was inferred from the file's GPS position"
                             : "15 minutes for a camera clock's drift"};
  }
  if (!m.capture_local.empty()) {
    if (auto local = core::parse_iso8601(m.capture_local)) {
      return Recorded{local->utc - k_local_earliest, local->utc + k_local_latest,
                      fmt::format("captured at {} local time, zone unknown ({})", m.capture_local, m.capture_time_from),
                      "UTC−12 to UTC+14, as the tag holds a local clock reading with no zone"};
    }
  }
  return std::nullopt;
}

Evidence recorded_evidence(const core::MediaReport& m) {
  if (m.capture_time) {
    std::string label = "capture time in the file (" + m.capture_time_from + ")";
    if (!m.capture_zone_from.empty()) label += "; zone " + m.capture_zone + ": " + m.capture_zone_from;
    return Evidence{label, core::format_iso8601(*m.capture_time), media_source(m), {}};
  }
  return Evidence{"local capture time in the file (" + m.capture_time_from + "), zone unknown", m.capture_local,
                  media_source(m), {}};
}

std::string against_post(const Recorded& r, const PostTime& post) {
  if (post.at.precision == core::Precision::day || r.earliest <= post.at.utc) return {};
  return fmt::format("The file says it was {}: at least {} after the post was made ({}), allowing {}; footage cannot "
                     "be recorded after it was posted.",
                     r.what, span_text(r.earliest - post.at.utc), core::format_iso8601(post.at), r.allowance);
}

std::string against_claim(const Recorded& r, const core::Claim& claim, const core::TimeRange& range) {
  if (r.latest < range.start.utc - k_recycled_after) {
    return fmt::format("The file was {}: at least {} before the event the article dates {} ({}); footage that old "
                       "suggests recycled material, not a recording of this event.",
                       r.what, span_text(range.start.utc - r.latest), range_text(range), claim.id);
  }
  if (r.earliest > range_end(range) + k_captured_after_event) {
    return fmt::format("The file was {}: at least {} after the time the article gives for the event, {} ({}).", r.what,
                       span_text(r.earliest - range_end(range)), range_text(range), claim.id);
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

void judge_recorded(Check& check, const Recorded& r, const std::optional<PostTime>& post,
                    const std::vector<const core::Claim*>& claims) {
  std::vector<std::string> problems;
  if (post) problems.push_back(against_post(r, *post));
  bool compared = post.has_value();
  for (const core::Claim* k : claims) {
    if (const core::TimeRange* range = time_value(*k)) {
      problems.push_back(against_claim(r, *k, *range));
      compared = true;
    }
  }
  std::erase(problems, std::string());
  if (!problems.empty()) {
    check.verdict = Verdict::inconsistent;
    for (const auto& p : problems) check.explanation += (check.explanation.empty() ? "" : " ") + p;
  } else if (compared) {
    check.verdict = Verdict::consistent;
    check.explanation = fmt::format("The file was {} (allowing {}): {}.", r.what, r.allowance,
                                    post && claims.empty() ? "before the post was made"
                                    : post                 ? "before the post and within the claimed time"
                                                           : "within the claimed time");
  } else {
    check.explanation = fmt::format("The file was {}, but there is no post time or claimed time to compare it with.", r.what);
  }
}

// Only a written time: the recording is no later than it.
void judge_written(Check& check, const core::MediaReport& m, const std::optional<PostTime>& post,
                   const std::vector<const core::Claim*>& claims) {
  const core::Instant written = *m.written_time;
  for (const core::Claim* k : claims) {
    const core::TimeRange* range = time_value(*k);
    if (!range || written.utc >= range->start.utc - k_written_before_event) continue;
    check.verdict = Verdict::inconsistent;
    check.explanation = fmt::format(
        "The file was written {} ({}), {} before the event the article dates {} ({}). What it shows was recorded no "
        "later than it was written, so it cannot be a recording of this event: recycled footage — unless the clock of "
        "the device that wrote the file was wrong.",
        core::format_iso8601(written), m.written_time_from, span_text(range->start.utc - written.utc), range_text(*range),
        k->id);
    return;
  }
  const bool after_post = post && written.utc > post->at.utc;
  check.explanation = fmt::format(
      "The file's only time is when it was written, {} ({}): the file is not known to be a camera original, so when it "
      "was recorded is unknown, only that it was no later{}.",
      core::format_iso8601(written), m.written_time_from,
      after_post ? ". That it was written after the post is what a platform's transcode does, not a contradiction" : "");
}

Check judge(const core::Case& c, const core::MediaReport& m) {
  Check check{"media-time", Verdict::unverifiable, m.embed, {}, {}, {}};
  const auto post = post_time(c, m);
  const auto claims = claims_for(c, m, core::ClaimKind::time);
  const auto rec = recorded(m);
  if (rec) {
    check.evidence.push_back(recorded_evidence(m));
  } else if (m.written_time) {
    check.evidence.push_back(Evidence{"time the file was written (" + m.written_time_from + "): an upper bound of the capture",
                                      core::format_iso8601(*m.written_time), media_source(m), {}});
  }
  if (post) check.evidence.push_back(post->evidence);
  add_claims(check, claims);
  if (rec) {
    judge_recorded(check, *rec, post, claims);
  } else if (m.written_time) {
    judge_written(check, m, post, claims);
  } else {
    check.evidence.push_back(Evidence{"capture time in the file", "none", media_source(m), {}});
    check.explanation = "The file carries no capture time (platforms strip or rewrite these tags when they "
                        "re-encode an upload), so when it was recorded cannot be checked.";
  }
  return check;
}

}  // namespace

std::vector<Check> check_media_time(const core::Case& c) {
  std::vector<Check> checks;
  for (const auto& m : c.media) checks.push_back(judge(c, m));
  return checks;
}

}  // namespace verify
