#include "reports/claims_section.hpp"

#include <fmt/format.h>

#include "core/text.hpp"
#include "reports/markdown_text.hpp"

namespace reports {
namespace {

constexpr std::size_t k_other_candidates = 3;  // enough to show an ambiguity, short enough to read

std::string country_of(const core::Place& p) { return p.country_name.empty() ? p.country : p.country_name; }

// "Tadmur (place, 34.5600, 38.2800, Homs, Syria)".
std::string place_text(const core::Place& p) {
  std::string out = fmt::format("{} ({}", p.name, core::name_of(p.type));
  if (p.point) out += fmt::format(", {:.4f}, {:.4f}", p.point->lat, p.point->lon);
  if (!p.admin1.empty() && p.admin1 != p.name) out += ", " + p.admin1;
  if (p.type != core::PlaceType::country && !country_of(p).empty()) out += ", " + country_of(p);
  return out + ")";
}

// "Palmyra (US, New York)": a candidate told apart by country code and region.
std::string candidate_text(const core::Place& p) {
  std::string where = p.country;
  if (!p.admin1.empty() && p.admin1 != p.name) where += (where.empty() ? "" : ", ") + p.admin1;
  return where.empty() ? p.name : fmt::format("{} ({})", p.name, where);
}

std::string claim_value(const core::Claim& claim) {
  if (const auto* r = std::get_if<core::TimeRange>(&claim.value)) {
    const std::string start = core::format_iso8601(r->start), end = core::format_iso8601(r->end);
    return start == end ? start : start + " – " + end;
  }
  if (const auto* p = std::get_if<core::Place>(&claim.value)) return place_text(*p);
  if (const auto* n = std::get_if<core::Count>(&claim.value)) return fmt::format("{:g} {}", n->value, n->what);
  if (const auto* s = std::get_if<core::SourceRef>(&claim.value)) return s->outlet;
  return "no value";
}

// " · in c7 · from c6 · took c9": the claims this one is read together with.
std::string links(const core::Claim& claim) {
  std::string out;
  if (!claim.within.empty()) out += " · in " + md_inline(claim.within);
  if (!claim.from.empty()) out += " · from " + md_inline(claim.from);
  if (!claim.duration.empty()) out += " · took " + md_inline(claim.duration);
  return out;
}

// The sub-items of a resolved place: why this entity, and which others the name could mean.
std::string resolution_lines(const core::Claim& claim) {
  if (!claim.resolution) return {};
  const auto* chosen = std::get_if<core::Place>(&claim.value);
  std::string out;
  if (!claim.resolution->reason.empty()) out += "  - why: " + md_inline(claim.resolution->reason) + "\n";
  std::string others;
  std::size_t shown = 0;
  for (const auto& cand : claim.resolution->candidates) {
    if ((chosen && cand == *chosen) || shown == k_other_candidates) continue;
    others += (others.empty() ? "" : "; ") + md_inline(candidate_text(cand));
    ++shown;
  }
  if (!others.empty()) out += "  - also: " + others + "\n";
  return out;
}

}  // namespace

void append_claims(std::string& out, const core::Case& c) {
  if (c.claims.empty()) return;
  out += "## Claims\n\n";
  for (const auto& claim : c.claims) {
    // The role adds something only where it differs from the kind ("source" · source does not).
    const bool show_role = !claim.role.empty() && claim.role != core::name_of(claim.kind);
    out += fmt::format("- {} · {}{}{}: \"{}\" → {}{}{} (article bytes {}–{})\n", claim.id, core::name_of(claim.kind),
                       show_role ? " · " + md_inline(claim.role) : "", claim.embed.empty() ? "" : " · " + claim.embed,
                       md_inline(core::shorten(claim.text, 200)), md_inline(claim_value(claim)), links(claim),
                       claim.note.empty() ? "" : " — " + md_inline(claim.note), claim.span.start, claim.span.end);
    out += resolution_lines(claim);
  }
  out += "\n";
}

}  // namespace reports
