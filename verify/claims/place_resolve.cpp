#include "verify/claims/place_resolve.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <set>

#include "core/text.hpp"
#include "verify/claims/place_values.hpp"
#include "verify/claims/region_abbreviations.hpp"
#include "verify/claims/world_regions.hpp"
#include "verify/gazetteer/gazetteer.hpp"
#include "verify/names/normalize.hpp"

namespace verify::claims {
namespace {

namespace gz = verify::gazetteer;

constexpr std::size_t k_max_candidates = 5;
// Below these, a name with nothing in the article pointing to it is too weak to be a claim.
constexpr std::int64_t k_min_population_primary = 5000;
constexpr std::int64_t k_min_population_alternate = 20000;
constexpr int k_skeleton_support = 25;  // a country (25) or region (40) named in the same sentence
// Enough candidates that context can find the small namesake: "Paris" is
// first the capital, then its districts, then the towns of Texas and Tennessee.
constexpr std::size_t k_lookup_limit = 60;
// "Northern Province" names a region in a dozen countries.
constexpr std::size_t k_region_lookup_limit = 40;

// A state or province abbreviation after "Place, " and the region it stands for.
struct Abbreviated {
  const RegionAbbreviation* row = nullptr;
  gz::RegionCandidate region;
};

// What the gazetteer has for one name; shared by every mention of it.
struct Lookup {
  std::optional<gz::Country> country;
  std::vector<gz::RegionCandidate> regions;
  std::vector<gz::Candidate> places;
  std::vector<Abbreviated> abbreviations;  // set only for a name right after "Place, "
};

struct Looked {
  const PlaceMention* mention = nullptr;
  std::size_t sentence = 0;
  const Lookup* found = nullptr;
  std::optional<core::Place> chosen;
  std::vector<core::Place> candidates;
  std::string reason;
  std::string doubt;  // why the choice may be wrong; empty when confident
};

// What the article names, by sentence and as a whole, for choosing among candidates.
struct Context {
  std::map<std::size_t, std::set<std::string>> sentence_countries;
  std::map<std::size_t, std::set<std::string>> sentence_regions;
  std::set<std::string> countries;
  std::set<std::string> regions;

  void add(std::size_t sentence, const core::Place& p) {
    if (!p.country.empty()) {
      sentence_countries[sentence].insert(p.country);
      countries.insert(p.country);
    }
    if (p.type == core::PlaceType::region) {
      sentence_regions[sentence].insert(p.admin1_code);
      regions.insert(p.admin1_code);
    }
  }
  bool in(const std::map<std::size_t, std::set<std::string>>& by_sentence, std::size_t s, const std::string& key) const {
    auto it = by_sentence.find(s);
    return it != by_sentence.end() && it->second.count(key) > 0;
  }
};

// How much the article's context supports a candidate, and the words for why.
struct Support {
  int score = 0;
  std::string why;
};

Support support_of(const Context& ctx, std::size_t sentence, const std::string& admin1_code, const std::string& admin1,
                   const std::string& country, const std::string& country_name) {
  if (!admin1_code.empty() && ctx.in(ctx.sentence_regions, sentence, admin1_code)) {
    return {40, fmt::format("in {} ({}), the region named in the same sentence", admin1, admin1_code)};
  }
  if (ctx.in(ctx.sentence_countries, sentence, country)) return {25, fmt::format("in {}, named in the same sentence", country_name)};
  if (!admin1_code.empty() && ctx.regions.count(admin1_code)) {
    return {20, fmt::format("in {} ({}), a region named elsewhere in the article", admin1, admin1_code)};
  }
  if (ctx.countries.count(country)) return {6, fmt::format("in {}, named elsewhere in the article", country_name)};
  return {};
}

// An exact or curated name always outranks a consonant-skeleton match on
// population alone (3·log10 of ten million people is 21 < 40); only the
// article's context can lift a skeleton match over it.
int match_quality(const gz::Candidate& c) { return c.match == gz::MatchKind::skeleton ? 20 : 60; }

double score_of(const gz::Candidate& c, const Support& s) {
  return match_quality(c) + s.score + 3.0 * std::log10(static_cast<double>(c.place.population) + 1.0);
}

// Whether a candidate is sure enough to be a claim with nothing in the article
// pointing to it: alternate names and skeletons of small towns are too often
// ordinary words ("Western" is an alternate name of Cuba City, Wisconsin).
// A consonant skeleton alone is never enough, however large the town: on real
// news it chose right 5 times in 121 ("Turkish" → Târgu Jiu, "Kansas" →
// Kinshasa); it needs its region or country named in the same sentence.
bool confident(const gz::Candidate& c, const Support& s) {
  if (c.match == gz::MatchKind::alias) return true;
  if (c.match == gz::MatchKind::skeleton) return s.score >= k_skeleton_support;
  if (s.score > 0) return true;
  return c.place.population >= (c.primary_name ? k_min_population_primary : k_min_population_alternate);
}

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
  return {0, fmt::format("the best-matching of {} admin1 regions of this name; nothing in the article narrows it down",
                         regions.size())};
}

// Regions of other countries that match as well as the chosen one, when the
// article's context did not choose among them.
std::string region_doubt(const Looked& l, std::size_t index, const Context& ctx, CountryNames& names) {
  const auto& regions = l.found->regions;
  const auto& chosen = regions[index];
  if (ctx.countries.count(chosen.region.country)) return {};
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
    if (r.match == gz::MatchKind::skeleton || names::fold(r.region.name) != name) continue;
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
    if (r.match != gz::MatchKind::skeleton && names::fold(r.region.name) == name &&
        r.region.population > region_people) {
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

// "Atlanta, Georgia": the container is the region of that name in which a
// candidate of the place before it lies — the US state, not the country.
std::optional<std::size_t> region_holding_previous(const Looked& l, const Looked* previous) {
  if (l.mention->frame != PlaceFrame::containing || previous == nullptr) return std::nullopt;
  const auto& regions = l.found->regions;
  for (const auto& c : previous->found->places) {
    for (std::size_t i = 0; i < regions.size(); ++i) {
      if (regions[i].match != gz::MatchKind::skeleton && regions[i].region.code == c.place.admin1_code) return i;
    }
  }
  return std::nullopt;
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
  ctx.add(l.sentence, *l.chosen);
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
    if (regions[i].match != gz::MatchKind::skeleton && regions[i].region.country == previous->chosen->country &&
        names::fold(regions[i].region.name) == name) {
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

// Pass 1: countries, so that every region and place after sees them all.
void resolve_country(Looked& l, const Looked* previous, Context& ctx, CountryNames& names) {
  const PlaceMention& m = *l.mention;
  if (!l.found->abbreviations.empty()) return;
  if (!l.found->country || m.designator == Designator::site || m.designator == Designator::region) return;
  if (region_holding_previous(l, previous)) return;  // a region of that name fits the place before it
  l.chosen = country_value(*l.found->country, names);
  l.candidates = {*l.chosen};
  l.reason = "a country's name";
  ctx.add(l.sentence, *l.chosen);
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
  const bool marked = m.designator == Designator::region || m.frame == PlaceFrame::containing;
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
  if (l.chosen) ctx.add(l.sentence, *l.chosen);
}

struct Scored {
  const gz::Candidate* candidate;
  Support support;
  double score;
};

// Why the best-scored place may not be the one meant; empty when the name,
// the article's sentence or a curated alias makes it sure. A namesake at
// least a tenth as large elsewhere, with nothing in the same sentence to
// choose between them, is a doubt: "Birmingham" alone may be either.
std::string place_doubt(const std::vector<Scored>& scored, const std::string& name, CountryNames& names) {
  const Scored& best = scored.front();
  const gz::Candidate& c = *best.candidate;
  if (c.match == gz::MatchKind::alias || best.support.score >= k_skeleton_support) return {};
  if (c.match == gz::MatchKind::skeleton) return "matched only by a variant spelling (the same consonants)";
  if (!c.primary_name) {
    return fmt::format("\"{}\" is an alternate name of {}, not its main name, and no region or country in the same "
                       "sentence confirms it",
                       name, c.place.name);
  }
  const gz::PlaceInfo* rival = nullptr;  // the largest namesake in another region
  for (std::size_t i = 1; i < scored.size(); ++i) {
    const gz::PlaceInfo& other = scored[i].candidate->place;
    if (scored[i].candidate->match != gz::MatchKind::exact) continue;
    if (other.country == c.place.country && other.admin1_code == c.place.admin1_code) continue;
    if (rival == nullptr || other.population > rival->population) rival = &other;
  }
  if (rival == nullptr || rival->population * 10 < c.place.population) return {};
  return fmt::format("{} in {} (population {}) shares the name and is {}; nothing in the same sentence chooses "
                     "between them",
                     rival->name, names(rival->country), rival->population,
                     rival->population > c.place.population ? "larger" : "at least a tenth as large");
}

void resolve_place(Looked& l, const Context& ctx, CountryNames& names) {
  if (l.chosen || l.mention->designator == Designator::region || !l.found->abbreviations.empty()) return;
  std::vector<Scored> scored;
  for (const auto& c : l.found->places) {
    Support s = support_of(ctx, l.sentence, c.place.admin1_code, c.place.admin1_name, c.place.country,
                           names(c.place.country));
    scored.push_back({&c, s, score_of(c, s)});
  }
  std::stable_sort(scored.begin(), scored.end(), [](const Scored& a, const Scored& b) { return a.score > b.score; });
  if (scored.empty() || !confident(*scored.front().candidate, scored.front().support)) return;
  // The candidates shown are those matched as well as the chosen one: a
  // skeleton namesake in China says nothing about an exact match in Syria.
  const bool chosen_by_skeleton = scored.front().candidate->match == gz::MatchKind::skeleton;
  for (const auto& s : scored) {
    if (l.candidates.size() == k_max_candidates) break;
    if (!chosen_by_skeleton && s.candidate->match == gz::MatchKind::skeleton) continue;
    l.candidates.push_back(place_value(*s.candidate, names));
  }
  l.chosen = l.candidates.front();
  const auto& best = scored.front();
  if (best.candidate->match == gz::MatchKind::alias) {
    const std::string& source = best.candidate->place.source;
    l.reason = "curated alias in data/place_aliases.csv (source: " + core::shorten(source.substr(0, source.find(';')), 80) + ")";
  } else if (!best.support.why.empty()) {
    l.reason = best.support.why;
  } else if (scored.size() == 1) {
    l.reason = "the only place of this name in the gazetteer";
  } else {
    l.reason = fmt::format("the most populous of {} places of this name; nothing in the article narrows it down",
                           scored.size());
  }
  if (best.candidate->match == gz::MatchKind::skeleton) l.reason = "a variant spelling (same consonants); " + l.reason;
  l.doubt = place_doubt(scored, l.mention->name, names);
  if (!l.found->regions.empty() && l.found->regions.front().match != gz::MatchKind::skeleton) {
    const auto& r = l.found->regions.front().region;
    l.reason += fmt::format("; also the name of a region ({}, {}): without \"province\" the place is meant", r.name, r.code);
  }
}

// A country's name that is also the exact name of an admin1 region of
// another country the article names: "Georgia" among US states.
void doubt_country(Looked& l, const Context& ctx, CountryNames& names) {
  if (!l.chosen || l.chosen->type != core::PlaceType::country) return;
  const std::string name = names::fold(l.mention->name);
  for (const auto& r : l.found->regions) {
    if (r.match == gz::MatchKind::skeleton || r.region.country == l.chosen->country) continue;
    if (names::fold(r.region.name) != name || !ctx.countries.count(r.region.country)) continue;
    l.doubt = fmt::format("also the name of {}, an admin1 region of {} ({}), a country the article names", r.region.name,
                          names(r.region.country), r.region.code);
    return;
  }
}

core::Claim claim_of(const ScanInput& in, const Looked& l) {
  const PlaceMention& m = *l.mention;
  core::Claim claim = claim_over(in, core::ClaimKind::place, m.first, m.claim_last);
  claim.role = role_of(m.frame, l.chosen ? l.chosen->type : core::PlaceType::place);
  if (l.chosen) {
    claim.value = *l.chosen;
    claim.resolution = core::Resolution{l.candidates, l.reason, l.doubt.empty(), l.doubt};
  } else {
    claim.note = "no region of this name in the gazetteer";
  }
  if (!m.qualifier.empty()) {
    const std::string given = m.qualifier + " this place";
    claim.note = claim.note.empty() ? given : claim.note + "; " + given;
  }
  return claim;
}

// The regions an abbreviation after "Place, " may stand for, found in the gazetteer by their names.
std::vector<Abbreviated> abbreviated_regions(const gz::Gazetteer& gaz, const std::string& written) {
  std::vector<Abbreviated> out;
  for (const RegionAbbreviation* row : region_abbreviations(written)) {
    for (auto& r : gaz.find_region(row->admin1_name, k_region_lookup_limit)) {
      if (r.region.code == row->admin1_code) {
        out.push_back({row, std::move(r)});
        break;
      }
    }
  }
  return out;
}

// The name as written with a dot that closes it: "Pa" + "." → "Pa.".
std::string written_with_dot(const ScanInput& in, const PlaceMention& m) {
  const std::size_t next = m.last + 1;
  if (next < in.tokens.size() && in.tokens[next].start == in.tokens[m.last].end && word_at(in, next) == ".") {
    return m.name + ".";
  }
  return m.name;
}

Lookup look_up(const gz::Gazetteer& gaz, const std::string& name, Designator designator) {
  Lookup l;
  if (designator != Designator::site) l.regions = gaz.find_region(name, k_region_lookup_limit);
  if (designator != Designator::region) {
    l.country = gaz.find_country(name);
    l.places = gaz.find(name, k_lookup_limit);
  }
  return l;
}

}  // namespace

ResolvedPlaces resolve_places(const ScanInput& in, const Sentences& sentences, const std::vector<PlaceMention>& mentions,
                              const gz::Gazetteer& gaz) {
  ResolvedPlaces out;
  std::vector<Lookup> lookups;  // by (name, designator): an article repeats its places
  lookups.reserve(std::min(mentions.size(), k_max_place_names));
  std::map<std::pair<std::string, Designator>, std::size_t> seen;
  std::vector<std::pair<const PlaceMention*, std::size_t>> resolvable;
  for (const auto& m : mentions) {
    if (is_world_region(m.name)) continue;  // "in Africa": no town or country, and no extent to check against
    if (resolvable.size() >= k_max_place_mentions) {
      ++out.skipped;
      continue;
    }
    // After "Place, " the name may be an abbreviation, looked up as written ("Pa." is not "Pa").
    const bool after_place = m.frame == PlaceFrame::containing && m.designator == Designator::none;
    const auto key = std::make_pair(after_place ? "after a place: " + written_with_dot(in, m) : m.name, m.designator);
    auto it = seen.find(key);
    if (it == seen.end()) {
      if (lookups.size() >= k_max_place_names) {
        ++out.skipped;
        continue;
      }
      Lookup l = look_up(gaz, m.name, m.designator);
      if (after_place) l.abbreviations = abbreviated_regions(gaz, written_with_dot(in, m));
      if (l.places.empty() && l.regions.empty() && !l.country) {
        if (auto shorter = without_site_word(m.name)) l = look_up(gaz, *shorter, Designator::site);
      }
      it = seen.emplace(key, lookups.size()).first;
      lookups.push_back(std::move(l));
    }
    resolvable.emplace_back(&m, it->second);
  }
  std::vector<Looked> looked;
  looked.reserve(resolvable.size());
  for (const auto& [m, index] : resolvable) {
    Looked l;
    l.mention = m;
    l.sentence = sentences.of(in.tokens[m->first].start);
    l.found = &lookups[index];
    looked.push_back(std::move(l));
  }
  CountryNames names(gaz);
  Context ctx;
  for (std::size_t i = 0; i < looked.size(); ++i) resolve_country(looked[i], i ? &looked[i - 1] : nullptr, ctx, names);
  for (std::size_t i = 0; i < looked.size(); ++i) resolve_region(looked[i], i ? &looked[i - 1] : nullptr, ctx, names);
  for (auto& l : looked) resolve_place(l, ctx, names);
  for (auto& l : looked) doubt_country(l, ctx, names);
  for (const auto& l : looked) {
    if (!l.chosen && l.mention->designator != Designator::region) continue;
    out.claims.push_back(claim_of(in, l));
    if (l.mention->listed) out.listed.push_back(out.claims.back().span);
  }
  return out;
}

}  // namespace verify::claims
