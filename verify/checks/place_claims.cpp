#include "verify/checks/place_claims.hpp"

#include <GeographicLib/Geodesic.hpp>

#include <charconv>

#include <fmt/format.h>

#include <algorithm>

namespace verify {

double geodesic_km(const core::Location& a, const core::Location& b) {
  double metres = 0;
  GeographicLib::Geodesic::WGS84().Inverse(a.lat, a.lon, b.lat, b.lon, metres);
  return metres / 1000.0;
}


const core::Claim* find_claim(const core::Case& c, std::string_view id) {
  if (id.empty()) return nullptr;
  // Ids are "c1", "c2", … in order, so "cN" is usually claims[N-1]: constant
  // time for the thousands of links a long article may hold.
  std::size_t n = 0;
  const char* first = id.data() + 1;
  const char* last = id.data() + id.size();
  if (id.size() > 1 && id[0] == 'c' && std::from_chars(first, last, n).ptr == last && n >= 1 && n <= c.claims.size() &&
      c.claims[n - 1].id == id) {
    return &c.claims[n - 1];
  }
  auto it = std::find_if(c.claims.begin(), c.claims.end(), [&](const core::Claim& k) { return k.id == id; });
  return it == c.claims.end() ? nullptr : &*it;
}

const core::Place* place_value(const core::Claim& claim) { return std::get_if<core::Place>(&claim.value); }

std::string coordinates(const core::Location& point) { return fmt::format("{:.4f}, {:.4f}", point.lat, point.lon); }

std::string describe_place(const core::Place& p) {
  std::string out = fmt::format("{} ({}", p.name, core::name_of(p.type));
  if (p.type == core::PlaceType::district) out += " " + p.admin2_code;
  if (p.point) out += "; " + coordinates(*p.point);
  if (p.type != core::PlaceType::country && (!p.admin1.empty() || !p.admin1_code.empty())) {
    out += "; admin1 " + (p.admin1.empty() ? p.admin1_code : p.admin1);
    if (!p.admin1.empty() && !p.admin1_code.empty()) out += " " + p.admin1_code;
  }
  if (!p.country_name.empty() || !p.country.empty()) {
    out += "; " + (p.country_name.empty() ? p.country : p.country_name);
    if (!p.country_name.empty() && !p.country.empty()) out += " " + p.country;
  }
  return out + ")";
}

std::string quoted(const core::Claim& claim) { return fmt::format("\"{}\" ({})", claim.text, claim.id); }

core::Evidence place_evidence(const core::Claim& claim, std::string_view what) {
  const core::Place* p = place_value(claim);
  std::string value = fmt::format("\"{}\" → {}", claim.text, p ? describe_place(*p) : "not resolved");
  if (!p && !claim.note.empty()) value += ": " + claim.note;
  std::string source = "article text";
  if (p && !p->source.empty()) source += "; gazetteer record from " + p->source;
  return core::Evidence{fmt::format("{} ({})", what, claim.id), std::move(value), std::move(source), claim.span};
}

std::string doubts_about(const std::vector<const core::Claim*>& claims) {
  constexpr std::size_t k_others_shown = 3;
  std::string out;
  for (const core::Claim* claim : claims) {
    if (!claim || !claim->resolution || claim->resolution->confident) continue;
    const core::Place* chosen = place_value(*claim);
    std::string others;
    std::size_t shown = 0;
    for (const auto& cand : claim->resolution->candidates) {
      if ((chosen && cand == *chosen) || shown == k_others_shown) continue;
      others += (others.empty() ? "" : "; ") + describe_place(cand);
      ++shown;
    }
    out += fmt::format(" {} is not a confident resolution: {}{}.", quoted(*claim), claim->resolution->doubt,
                       others.empty() ? "" : "; it may mean " + others);
  }
  if (!out.empty()) out += " So this is not called inconsistent; a reader should settle which place is meant.";
  return out;
}

}  // namespace verify
