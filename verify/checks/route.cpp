#include "verify/checks/route.hpp"

#include <fmt/format.h>

#include <optional>
#include <string>

#include "verify/checks/place_claims.hpp"

namespace verify {
namespace {

using core::Check;
using core::Claim;
using core::Place;
using core::Verdict;

// The claimed time span in hours; nullopt when the unit is not one the
// claims stage states durations in.
std::optional<double> hours_of(const core::Count& n) {
  if (n.what == "minutes") return n.value / 60.0;
  if (n.what == "hours") return n.value;
  if (n.what == "days") return n.value * 24.0;
  return std::nullopt;
}

std::string duration_text(const core::Count& n) { return fmt::format("{:g} {}", n.value, n.what); }

// Why an end has no point, or an empty string when it has one.
std::string why_no_point(const Claim& claim) {
  const Place* p = place_value(claim);
  if (!p) return fmt::format("{} was not resolved to a place", quoted(claim));
  if (!p->point) return fmt::format("{} resolved to {}, a {} with no single point", quoted(claim), p->name,
                                    core::name_of(p->type));
  return {};
}

// The claimed time span, added to the check's claims and evidence; nullptr
// when none is claimed or the claim holds no count.
const core::Count* add_duration(Check& check, const core::Case& c, const Claim& to) {
  const Claim* span = find_claim(c, to.duration);
  if (!span) return nullptr;
  check.claims.push_back(span->id);
  const auto* count = std::get_if<core::Count>(&span->value);
  check.evidence.push_back(core::Evidence{fmt::format("time span claimed ({})", span->id),
                                          fmt::format("\"{}\" → {}", span->text,
                                                      count ? duration_text(*count) : std::string("no value")),
                                          "article text", span->span});
  return count;
}

void judge_speed(Check& check, const Claim& from, const Claim& to, const core::Count* count, const std::string& line,
                 double km) {
  const auto hours = count ? hours_of(*count) : std::nullopt;
  if (!hours || *hours <= 0) {
    check.explanation = line + fmt::format("; the time span (claim {}) is not a positive duration in minutes, hours "
                                           "or days, so the route cannot be checked.", to.duration);
    return;
  }
  const double speed = km / *hours;
  const bool too_fast = speed > k_ground_speed_ceiling_kmh;
  const std::string doubts = too_fast ? doubts_about({&from, &to}) : std::string();
  check.verdict = !too_fast ? Verdict::consistent : doubts.empty() ? Verdict::inconsistent : Verdict::unverifiable;
  check.explanation =
      line + fmt::format(" in {} ({}) means an average of at least {:.0f} km/h, {} the {:.0f} km/h ceiling for ground "
                         "travel; a road is never shorter than the straight line{}.",
                         duration_text(*count), to.duration, speed, too_fast ? "above" : "within",
                         k_ground_speed_ceiling_kmh,
                         too_fast ? ", so no road journey takes this little time"
                                  : ", so this rules out only the impossible, not a slow or roundabout route") +
      doubts;
}

Check judge(const core::Case& c, const Claim& to) {
  Check check{"route", Verdict::unverifiable, to.embed, {to.from, to.id}, {}, {}};
  const Claim* from = find_claim(c, to.from);
  if (!from) {
    check.evidence.push_back(place_evidence(to, "destination claimed"));
    add_duration(check, c, to);
    check.explanation = fmt::format("{} names its origin as claim {}, which the article's claims do not hold.",
                                    quoted(to), to.from);
    return check;
  }
  check.evidence = {place_evidence(*from, "origin claimed"), place_evidence(to, "destination claimed")};
  const core::Count* count = add_duration(check, c, to);
  std::string missing = why_no_point(*from);
  if (missing.empty()) missing = why_no_point(to);
  if (!missing.empty()) {
    check.explanation = missing + ", so no distance can be measured and the route cannot be checked.";
    return check;
  }
  const Place& a = *place_value(*from);
  const Place& b = *place_value(to);
  const double km = geodesic_km(*a.point, *b.point);
  check.evidence.push_back(core::Evidence{"straight-line distance", fmt::format("{:.0f} km", km),
                                          "WGS84 geodesic between the two points (GeographicLib)", {}});
  const std::string line = fmt::format("{} → {}: {:.0f} km in a straight line", a.name, b.name, km);
  if (to.duration.empty()) {
    check.explanation = line + "; the article claims no time span, so the route cannot be checked.";
    return check;
  }
  judge_speed(check, *from, to, count, line, km);
  return check;
}

}  // namespace

std::vector<Check> check_route(const core::Case& c) {
  std::vector<Check> checks;
  for (const auto& claim : c.claims) {
    if (claim.kind == core::ClaimKind::place && claim.role == "destination" && !claim.from.empty()) {
      checks.push_back(judge(c, claim));
    }
  }
  return checks;
}

}  // namespace verify
