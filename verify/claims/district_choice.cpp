#include "verify/claims/district_choice.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "verify/claims/place_values.hpp"
#include "verify/names/normalize.hpp"

namespace verify::claims::resolve {
namespace {

struct Weighed {
  const gz::District* district = nullptr;
  Support support;
  double score = 0;
};

std::vector<Weighed> weigh(const std::vector<gz::District>& districts, const Looked& l, const Context& ctx,
                           CountryNames& names) {
  std::vector<Weighed> out;
  for (const auto& d : districts) {
    Support s = support_of(ctx, l.sentence, d.admin1_code, d.admin1_name, d.country, names(d.country));
    const double score = k_exact_match_quality + s.score + 3.0 * std::log10(static_cast<double>(d.population) + 1.0);
    out.push_back({&d, std::move(s), score});
  }
  std::stable_sort(out.begin(), out.end(), [](const Weighed& a, const Weighed& b) { return a.score > b.score; });
  return out;
}

// Districts of the same name in other regions, when nothing in the sentence
// chose among them: "Monroe County" is in seventeen US states.
std::string district_doubt(const std::vector<Weighed>& weighed, CountryNames& names) {
  const Weighed& best = weighed.front();
  if (best.support.score >= k_skeleton_support) return {};
  std::size_t rivals = 0;
  for (std::size_t i = 1; i < weighed.size(); ++i) {
    const auto& d = *weighed[i].district;
    if (d.admin1_code != best.district->admin1_code && d.population * 10 >= best.district->population) ++rivals;
  }
  if (rivals == 0) return {};
  return fmt::format("{} other district{} of this name, at least a tenth as large, lie outside {}, {}; nothing in "
                     "the same sentence chooses between them",
                     rivals, rivals == 1 ? "" : "s", best.district->admin1_name, names(best.district->country));
}

void choose(Looked& l, const std::vector<Weighed>& weighed, std::string reason, const Context& ctx,
            CountryNames& names) {
  for (const auto& w : weighed) {
    if (l.candidates.size() == k_max_candidates) break;
    l.candidates.push_back(district_value(*w.district, names));
  }
  l.chosen = l.candidates.front();
  l.reason = std::move(reason);
  l.doubt = district_doubt(weighed, names);
  const gz::District& d = *weighed.front().district;
  if (l.doubt.empty()) l.doubt = region_elsewhere_doubt(ctx, l.sentence, d.admin1_code, d.country, d.name);
}

std::string reason_of(const Weighed& best, std::size_t count) {
  if (!best.support.why.empty()) return "a district " + best.support.why;
  if (count == 1) return fmt::format("the only district of this name ({}, {})", best.district->admin1_name, best.district->country);
  return fmt::format("the most populous of {} districts of this name; nothing in the article narrows it down", count);
}

bool marked_as_district(const PlaceMention& m) {
  return m.designator == Designator::region && m.designator_word != "province" && m.designator_word != "governorate" &&
         m.designator_word != "state" && m.designator_word != "prefecture";
}

}  // namespace

std::vector<gz::District> districts_to_weigh(const Lookup& found) {
  std::vector<gz::District> out;
  for (const auto& d : found.districts) {
    const bool holds_namesake = std::any_of(found.places.begin(), found.places.end(), [&](const gz::Candidate& c) {
      return c.match != gz::MatchKind::skeleton && c.place.admin2_code == d.code;
    });
    if (!holds_namesake) out.push_back(d);
  }
  return out;
}

void resolve_marked_district(Looked& l, const Looked* previous, Context& ctx, CountryNames& names) {
  if (l.chosen || l.found->districts.empty()) return;
  const PlaceMention& m = *l.mention;
  if (m.frame == PlaceFrame::containing && previous != nullptr) {
    // "Ipswich, Suffolk": the district in which a candidate of the place before it lies.
    for (const auto& d : l.found->districts) {
      const bool holds = std::any_of(previous->found->places.begin(), previous->found->places.end(),
                                     [&](const gz::Candidate& c) { return c.place.admin2_code == d.code; });
      if (!holds) continue;
      const std::vector<gz::District> one{d};
      choose(l, weigh(one, l, ctx, names),
             fmt::format("the district in which \"{}\" before it lies", previous->mention->name), ctx, names);
      if (l.context) ctx.add(l.sentence, *l.chosen, l.mention->listed);
      return;
    }
  }
  if (!marked_as_district(m)) return;
  const auto weighed = weigh(l.found->districts, l, ctx, names);
  choose(l, weighed, reason_of(weighed.front(), weighed.size()), ctx, names);
  if (l.context) ctx.add(l.sentence, *l.chosen, l.mention->listed);
}

bool choose_district_over_places(Looked& l, double best_place_score, const Context& ctx, CountryNames& names) {
  const auto districts = districts_to_weigh(*l.found);
  if (districts.empty()) return false;
  const auto weighed = weigh(districts, l, ctx, names);
  if (weighed.front().score <= best_place_score) return false;
  choose(l, weighed, reason_of(weighed.front(), weighed.size()), ctx, names);  // pass 3 adds nothing to the context
  return true;
}

}  // namespace verify::claims::resolve
