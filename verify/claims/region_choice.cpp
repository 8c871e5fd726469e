#include "verify/claims/region_choice.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "core/text.hpp"
#include "verify/claims/place_values.hpp"
#include "verify/claims/region_abbreviations.hpp"
#include "verify/names/normalize.hpp"

namespace verify::claims::resolve {
namespace {

// Whether the region bears the name as written, in full: not by consonants
// alone, not "Western" for "Western District". A curated alias is a full
// name by choice ("ريف دمشق" for Rif-dimashq).
bool named_in_full(const gz::RegionCandidate& r, const std::string& folded_name) {
  return r.match == gz::MatchKind::alias ||
         (r.match != gz::MatchKind::skeleton && names::fold(r.region.name) == folded_name);
}

}  // namespace

bool hinted_region(const Looked& l) {
  if (!l.mention->region_hint) return false;
  const std::string name = names::fold(l.mention->name);
  return std::any_of(l.found->regions.begin(), l.found->regions.end(),
                     [&](const gz::RegionCandidate& r) { return named_in_full(r, name); });
}

namespace {

// The region among `regions` the context favours most, with why; the best match otherwise.
std::pair<std::size_t, std::string> choose_region(const Context& ctx, const Looked& l, CountryNames& names) {
  const auto& regions = l.found->regions;
  std::size_t best = 0;
  Support best_support;
  for (std::size_t i = 0; i < regions.size() && regions.size() > 1; ++i) {
    const auto& r = regions[i].region;
    Support s = support_of(ctx, l.sentence, "", "", r.country, names(r.country));
    if (s.score > best_support.score) {
      best = i;
      best_support = std::move(s);
    }
  }
  if (best_support.score > 0) return {best, "an admin1 region " + best_support.why};
  const auto& r = regions.front().region;
  if (regions.size() == 1) return {0, fmt::format("the admin1 region of {} of this name", names(r.country))};
  // Among those that match as well as the best, the most populous: Maryland
  // the US state (6 million people), not Maryland County, Liberia.
  std::size_t largest = 0;
  for (std::size_t i = 1; i < regions.size(); ++i) {
    if (regions[i].match == regions.front().match && regions[i].region.population > regions[largest].region.population) {
      largest = i;
    }
  }
  return {largest, fmt::format("the most populous of {} admin1 regions of this name; nothing in the article narrows "
                               "it down",
                               regions.size())};
}

// Regions of other countries that match as well as the chosen one, when the
// article's context did not choose among them.
std::string region_doubt(const Looked& l, std::size_t index, const Context& ctx, CountryNames& names) {
  const auto& regions = l.found->regions;
  const auto& chosen = regions[index];
  // Only the sentence settles it: a country named elsewhere is weak support (Maryland, Liberia's county, in an
  // article that names Liberia in another paragraph).
  if (ctx.in(ctx.sentence_countries, l.sentence, chosen.region.country)) return {};
  std::size_t rivals = 0;
  for (const auto& r : regions) {
    if (r.match == chosen.match && r.region.country != chosen.region.country) ++rivals;
  }
  if (rivals == 0) return {};
  return fmt::format("{} other admin1 region{} outside {} match{} this name as well, and the article names none of "
                     "their countries",
                     rivals, rivals == 1 ? "" : "s", names(chosen.region.country), rivals == 1 ? "es" : "");
}

// The chosen region first, then the others, at most k_max_candidates.
void choose_as_region(Looked& l, CountryNames& names, std::size_t index, std::string why) {
  const auto& regions = l.found->regions;
  l.candidates.push_back(region_value(regions[index], names));
  for (std::size_t i = 0; i < regions.size() && l.candidates.size() < k_max_candidates; ++i) {
    if (i != index) l.candidates.push_back(region_value(regions[i], names));
  }
  l.chosen = l.candidates.front();
  l.reason = std::move(why);
}

void choose_as_region(Looked& l, const Context& ctx, CountryNames& names) {
  auto [index, why] = choose_region(ctx, l, names);
  choose_as_region(l, names, index, std::move(why));
  l.doubt = region_doubt(l, index, ctx, names);
}

// A region named without "province" or a compass word must be named in full
// ("Texas"; not "Western" for "Western District") and be the only one so
// named, or one the article's context points to.
bool plain_region_ok(const Looked& l, const Context& ctx) {
  const auto& regions = l.found->regions;
  const std::string name = names::fold(l.mention->name);
  std::size_t full = 0;
  bool supported = false;
  for (const auto& r : regions) {
    if (!named_in_full(r, name)) continue;
    ++full;
    supported = supported || ctx.countries.count(r.region.country) > 0;
  }
  return full == 1 || (full > 1 && supported);
}

// "central California" is the state (39 million people), not California,
// Maryland (12,000): a region named in full outweighs the places that share
// its name when it holds this many times as many people as the largest, and
// the sentence names no country or region for one of them. 12 makes "Quebec"
// the province (13 times its capital's people in the gazetteer) and keeps
// "Washington" the capital (the state holds 10 times as many).
constexpr std::int64_t k_region_outweighs = 12;

bool region_outweighs_places(const Looked& l, const Context& ctx, CountryNames& names) {
  const std::string name = names::fold(l.mention->name);
  std::int64_t region_people = 0;
  std::string region_country;
  for (const auto& r : l.found->regions) {
    if (named_in_full(r, name) && r.region.population > region_people) {
      region_people = r.region.population;
      region_country = r.region.country;
    }
  }
  if (region_people == 0) return false;
  std::int64_t place_people = 0;
  for (const auto& c : l.found->places) {
    if (c.match == gz::MatchKind::skeleton) continue;
    // The sentence may name a country or region for a namesake elsewhere
    // ("California, Maryland"); its naming the region's own country ("in
    // Ontario and in Quebec") says nothing for the town over the region.
    const Support s =
        support_of(ctx, l.sentence, c.place.admin1_code, c.place.admin1_name, c.place.country, names(c.place.country));
    if (s.score >= k_skeleton_support && c.place.country != region_country) return false;
    place_people = std::max(place_people, c.place.population);
  }
  return region_people > k_region_outweighs * place_people;
}

// Whether any candidate of the place before lies in this region.
bool previous_lies_in(const Looked* previous, const std::string& admin1_code) {
  if (previous == nullptr) return false;
  return std::any_of(previous->found->places.begin(), previous->found->places.end(),
                     [&](const gz::Candidate& c) { return c.place.admin1_code == admin1_code; });
}

// "Scranton, Pa.", "Perth, WA": the abbreviation of a region, read only after
// "Place, ". A postal code needs a namesake of the place before it in the
// region ("WA" after Perth is Western Australia, after Seattle Washington).
// Returns whether the name is an abbreviation at all: one that fits nothing
// is no claim, never an ordinary place ("Pa" is also Chongqing's alternate name).
bool resolve_abbreviation(Looked& l, const Looked* previous, Context& ctx, CountryNames& names) {
  const auto& rows = l.found->abbreviations;
  if (rows.empty()) return false;
  const Abbreviated* fit = nullptr;
  for (const auto& a : rows) {
    const bool holds_previous = previous_lies_in(previous, a.row->admin1_code);
    if (holds_previous || (!a.row->postal_code && fit == nullptr)) fit = &a;
    if (holds_previous) break;
  }
  if (fit == nullptr) return true;
  l.chosen = region_value(fit->region, names);
  l.candidates = {*l.chosen};
  l.reason = fmt::format("\"{}\" abbreviates {} ({}) after a place's name; source: {}", fit->row->abbreviation,
                         fit->row->admin1_name, fit->row->admin1_code,
                         core::shorten(fit->row->source, 80));
  if (l.context) ctx.add(l.sentence, *l.chosen, l.mention->listed);
  return true;
}

// "in Arkansas, Colorado, Delaware": a name in a list after an admin1 region
// is the region of that name in the same country, if there is one, not
// Delaware, Ohio.
std::optional<std::size_t> region_beside_listed_region(const Looked& l, const Looked* previous) {
  if (!l.mention->listed || previous == nullptr || !previous->mention->listed || !previous->chosen ||
      previous->chosen->type != core::PlaceType::region) {
    return std::nullopt;
  }
  const std::string name = names::fold(l.mention->name);
  const auto& regions = l.found->regions;
  for (std::size_t i = 0; i < regions.size(); ++i) {
    if (named_in_full(regions[i], name) && regions[i].region.country == previous->chosen->country) {
      return i;
    }
  }
  return std::nullopt;
}

// Designators of regions whose names reach English in many spellings
// ("Hasakeh province", "Deir Ezzor governorate"): a variant spelling is read
// after them. "State" is not one: "the Indian state" is no spelling of Indiana.
bool transliterated_designator(const PlaceMention& m) {
  return m.designator_word != "state" && m.designator_word != "county";
}

}  // namespace

// "Atlanta, Georgia": the container is the region of that name in which a
// candidate of the place before it lies — the US state, not the country.
std::optional<std::size_t> region_holding_previous(const Looked& l, const Looked* previous) {
  // "in Kisumu, Naivasha, Nakuru and Bunyala": a list's names are peers, not containers.
  if (previous == nullptr || (l.mention->listed && l.mention->frame != PlaceFrame::containing)) return std::nullopt;
  // "Atlanta, Georgia", or "Queen Anne's County in Maryland": one word between the two.
  const bool right_after = l.mention->frame == PlaceFrame::containing ||
                           (l.mention->frame == PlaceFrame::at && l.mention->first == previous->mention->claim_last + 2 &&
                            l.sentence == previous->sentence);
  if (!right_after) return std::nullopt;
  const auto& regions = l.found->regions;
  auto holding = [&](const std::string& admin1_code) -> std::optional<std::size_t> {
    for (std::size_t i = 0; i < regions.size(); ++i) {
      if (regions[i].match != gz::MatchKind::skeleton && regions[i].region.code == admin1_code) return i;
    }
    return std::nullopt;
  };
  for (const auto& c : previous->found->places) {
    if (auto i = holding(c.place.admin1_code)) return i;
  }
  for (const auto& d : previous->found->districts) {
    if (auto i = holding(d.admin1_code)) return i;
  }
  return std::nullopt;
}

// Pass 2: regions the words mark as regions ("Homs province", "the Tanf
// region of Homs", "Tadmur, Homs"), or whose name no sure place shares ("in Texas").
void resolve_region(Looked& l, const Looked* previous, Context& ctx, CountryNames& names) {
  if (l.chosen || resolve_abbreviation(l, previous, ctx, names)) return;
  const PlaceMention& m = *l.mention;
  const auto& regions = l.found->regions;
  if (regions.empty()) return;
  const bool no_sure_place = std::none_of(l.found->places.begin(), l.found->places.end(),
                                          [](const gz::Candidate& c) { return confident(c, Support{}); });
  const bool marked = m.designator == Designator::region || m.frame == PlaceFrame::containing || m.region_hint;
  if (auto holding = region_holding_previous(l, previous)) {
    choose_as_region(l, names, *holding,
                     fmt::format("the region in which \"{}\" before it lies", previous->mention->name));
  } else if (auto peer = region_beside_listed_region(l, previous)) {
    choose_as_region(l, names, *peer,
                     fmt::format("an admin1 region of {}, like \"{}\" before it in the same list",
                                 names(regions[*peer].region.country), previous->mention->name));
  } else if (marked && (m.designator == Designator::region || regions.front().match != gz::MatchKind::skeleton) &&
             (regions.front().match != gz::MatchKind::skeleton || transliterated_designator(m))) {
    choose_as_region(l, ctx, names);
  } else if ((no_sure_place || region_outweighs_places(l, ctx, names)) && plain_region_ok(l, ctx)) {
    choose_as_region(l, ctx, names);
  }
  if (l.chosen && l.context) ctx.add(l.sentence, *l.chosen, l.mention->listed);
}

// A country's name that is also the exact name of an admin1 region of
// another country the article names: "Georgia" among US states.
void doubt_country(Looked& l, const Context& ctx, CountryNames& names) {
  if (!l.chosen || l.chosen->type != core::PlaceType::country) return;
  const std::string name = names::fold(l.mention->name);
  for (const auto& r : l.found->regions) {
    if (!named_in_full(r, name) || r.region.country == l.chosen->country || !ctx.countries.count(r.region.country)) {
      continue;
    }
    l.doubt = fmt::format("also the name of {}, an admin1 region of {} ({}), a country the article names", r.region.name,
                          names(r.region.country), r.region.code);
    return;
  }
}

}  // namespace verify::claims::resolve
