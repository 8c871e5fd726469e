#include "verify/claims/place_resolve.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <set>

#include "core/text.hpp"
#include "verify/claims/place_values.hpp"
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

// What the gazetteer has for one name; shared by every mention of it.
struct Lookup {
  std::optional<gz::Country> country;
  std::vector<gz::RegionCandidate> regions;
  std::vector<gz::Candidate> places;
};

struct Looked {
  const PlaceMention* mention = nullptr;
  std::size_t sentence = 0;
  const Lookup* found = nullptr;
  std::optional<core::Place> chosen;
  std::vector<core::Place> candidates;
  std::string reason;
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
  if (ctx.countries.count(country)) return {12, fmt::format("in {}, named elsewhere in the article", country_name)};
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

// Pass 1: countries, so that every region and place after sees them all.
void resolve_country(Looked& l, const Looked* previous, Context& ctx, CountryNames& names) {
  const PlaceMention& m = *l.mention;
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
  if (l.chosen) return;
  const PlaceMention& m = *l.mention;
  const auto& regions = l.found->regions;
  if (regions.empty()) return;
  const bool no_sure_place = std::none_of(l.found->places.begin(), l.found->places.end(),
                                          [](const gz::Candidate& c) { return confident(c, Support{}); });
  const bool marked = m.designator == Designator::region || m.frame == PlaceFrame::containing;
  if (auto holding = region_holding_previous(l, previous)) {
    choose_as_region(l, names, *holding,
                     fmt::format("the region in which \"{}\" before it lies", previous->mention->name));
  } else if (marked && (m.designator == Designator::region || regions.front().match != gz::MatchKind::skeleton)) {
    choose_as_region(l, ctx, names);
  } else if (no_sure_place && plain_region_ok(l, ctx)) {
    choose_as_region(l, ctx, names);
  }
  if (l.chosen) ctx.add(l.sentence, *l.chosen);
}

void resolve_place(Looked& l, const Context& ctx, CountryNames& names) {
  if (l.chosen || l.mention->designator == Designator::region) return;
  struct Scored {
    const gz::Candidate* candidate;
    Support support;
    double score;
  };
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
  if (!l.found->regions.empty()) {
    const auto& r = l.found->regions.front().region;
    l.reason += fmt::format("; also the name of a region ({}, {}): without \"province\" the place is meant", r.name, r.code);
  }
}

core::Claim claim_of(const ScanInput& in, const Looked& l) {
  const PlaceMention& m = *l.mention;
  core::Claim claim = claim_over(in, core::ClaimKind::place, m.first, m.claim_last);
  claim.role = role_of(m.frame, l.chosen ? l.chosen->type : core::PlaceType::place);
  if (l.chosen) {
    claim.value = *l.chosen;
    claim.resolution = core::Resolution{l.candidates, l.reason};
  } else {
    claim.note = "no region of this name in the gazetteer";
  }
  if (!m.qualifier.empty()) {
    const std::string given = m.qualifier + " this place";
    claim.note = claim.note.empty() ? given : claim.note + "; " + given;
  }
  return claim;
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
    if (resolvable.size() >= k_max_place_mentions) {
      ++out.skipped;
      continue;
    }
    const auto key = std::make_pair(m.name, m.designator);
    auto it = seen.find(key);
    if (it == seen.end()) {
      if (lookups.size() >= k_max_place_names) {
        ++out.skipped;
        continue;
      }
      Lookup l = look_up(gaz, m.name, m.designator);
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
  for (const auto& l : looked) {
    if (l.chosen || l.mention->designator == Designator::region) out.claims.push_back(claim_of(in, l));
  }
  return out;
}

}  // namespace verify::claims
