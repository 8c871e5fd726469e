#include "verify/checks/daylight.hpp"

#include <libnova/solar.h>
#include <libnova/transform.h>

#include <fmt/format.h>

#include <algorithm>

#include "verify/checks/media_claims.hpp"
#include "verify/checks/media_time.hpp"
#include "verify/checks/place_claims.hpp"

namespace verify {
namespace {

using namespace std::chrono;
using core::Check;
using core::Evidence;
using core::Verdict;

struct When {
  core::Millis at;
  Evidence evidence;
  std::string claim;  // the claim's id, when a claim gave it
};

struct Where {
  core::Location point;
  Evidence evidence;
  std::string claim;
};

bool is_time_of_day(const core::TimeRange& r) {
  return r.start.precision != core::Precision::day && r.end.precision != core::Precision::day &&
         r.end.utc >= r.start.utc && r.end.utc - r.start.utc <= k_max_time_span;
}

// A claimed time of day, else the camera's capture time; `why` says what was missing.
std::optional<When> when_of(const core::Case& c, const core::MediaReport& m, std::string& why) {
  for (const core::Claim* k : claims_for(c, m, core::ClaimKind::time)) {
    const core::TimeRange* r = time_value(*k);
    if (!r || !is_time_of_day(*r)) continue;
    const core::Millis mid = r->start.utc + (r->end.utc - r->start.utc) / 2;
    return When{mid, Evidence{fmt::format("time claimed ({})", k->id), fmt::format("\"{}\" → {}", k->text, range_text(*r)),
                              "article text", k->span}, k->id};
  }
  if (m.capture_time) {
    return When{m.capture_time->utc, Evidence{"capture time in the file (" + m.capture_time_from + ")",
                                              core::format_iso8601(*m.capture_time), media_source(m), {}}, {}};
  }
  why = "the article claims no time of day for it (a date alone spans day and night) and the file carries no "
        "camera capture time";
  return std::nullopt;
}

std::optional<Where> where_of(const core::Case& c, const core::MediaReport& m) {
  for (const core::Claim* k : claims_for(c, m, core::ClaimKind::place)) {
    const core::Place* p = place_value(*k);
    if (p && p->point) return Where{*p->point, place_evidence(*k, "place claimed"), k->id};
  }
  if (m.location) {
    return Where{*m.location, Evidence{"GPS point in the file (" + m.location_from + ")", coordinates(*m.location),
                                       media_source(m), {}}, {}};
  }
  return std::nullopt;
}

double median_luma(const std::vector<core::Keyframe>& frames) {
  std::vector<double> luma;
  for (const auto& f : frames) luma.push_back(f.luma);
  std::sort(luma.begin(), luma.end());
  const std::size_t n = luma.size();
  return n % 2 ? luma[n / 2] : (luma[n / 2 - 1] + luma[n / 2]) / 2;
}

// The verdict for this sun and brightness, and the sentence saying why.
std::pair<Verdict, std::string> judge_light(double sun, double luma) {
  const bool bright = luma >= k_bright_luma;
  const bool dark = luma <= k_dark_luma;
  if (sun >= k_night_sun && sun <= k_twilight_sun) {
    return {Verdict::unverifiable, "the sun was near the horizon (twilight, between −6° and +6°), when light changes "
                                   "fast and both bright and dark frames are plausible"};
  }
  if (bright && sun < k_night_sun) {
    return {Verdict::inconsistent, "the frames are bright but the sun was below the horizon, after civil twilight: "
                                   "this looks like daylight at a time it was night there"};
  }
  if (dark && sun > k_high_sun) {
    return {Verdict::inconsistent, "the frames are very dark while the sun stood high: this looks like night at a "
                                   "time it was day there"};
  }
  if ((bright && sun > k_twilight_sun) || (dark && sun < k_night_sun)) {
    return {Verdict::consistent, bright ? "bright frames with the sun up" : "dark frames with the sun down"};
  }
  return {Verdict::unverifiable, fmt::format("a median luma of {:.0f} is neither clearly daylit (≥ {:.0f}) nor clearly "
                                             "dark (≤ {:.0f}) for this sun", luma, k_bright_luma, k_dark_luma)};
}

Check judge(const core::Case& c, const core::MediaReport& m) {
  Check check{"daylight", Verdict::unverifiable, m.embed, {}, {}, {}};
  const double luma = median_luma(m.keyframes);
  check.evidence.push_back(Evidence{"median keyframe luma", fmt::format("{:.0f} of 255 over {} keyframes", luma,
                                                                        m.keyframes.size()), media_source(m), {}});
  std::string why;
  const auto when = when_of(c, m, why);
  const auto where = where_of(c, m);
  if (!where) why = "neither a claimed place with a point nor a GPS point in the file says where it was recorded";
  if (!when || !where) {
    check.explanation = "The sun's position cannot be worked out: " + why + ".";
    return check;
  }
  for (const auto* id : {&where->claim, &when->claim}) {
    if (!id->empty()) check.claims.push_back(*id);
  }
  check.evidence.push_back(where->evidence);
  check.evidence.push_back(when->evidence);
  const double sun = solar_altitude(where->point, when->at);
  check.evidence.push_back(Evidence{"sun's altitude", fmt::format("{:.1f}°", sun), "libnova solar position", {}});
  auto [verdict, line] = judge_light(sun, luma);
  check.verdict = verdict;
  check.explanation = fmt::format("At {} the sun's altitude was {:.1f}° at {}; the keyframes' median luma is "
                                  "{:.0f}: {}. Indoor scenes, artificial light and camera exposure can make night "
                                  "look bright and day look dark, so this is a hint to look closer, not proof.",
                                  core::format_iso8601(core::Instant{when->at, core::Precision::second}), sun,
                                  coordinates(where->point), luma, line);
  return check;
}

}  // namespace

double solar_altitude(const core::Location& where, core::Millis when) {
  // Julian day from Unix time: the epoch 1970-01-01T00:00Z is JD 2440587.5.
  const double jd = duration<double>(when.time_since_epoch()).count() / 86400.0 + 2440587.5;
  ln_equ_posn sun{};
  ln_get_solar_equ_coords(jd, &sun);
  ln_lnlat_posn observer{where.lon, where.lat};  // libnova: longitude east-positive, first
  ln_hrz_posn sky{};
  ln_get_hrz_from_equ(&sun, &observer, jd, &sky);
  return sky.alt;
}

std::vector<Check> check_daylight(const core::Case& c) {
  std::vector<Check> checks;
  for (const auto& m : c.media) {
    if (!m.keyframes.empty()) checks.push_back(judge(c, m));
  }
  return checks;
}

}  // namespace verify
