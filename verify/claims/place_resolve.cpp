#include "verify/claims/place_resolve.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "core/text.hpp"
#include "verify/claims/district_choice.hpp"
#include "verify/claims/place_acceptance.hpp"
#include "verify/claims/place_context.hpp"
#include "verify/claims/place_values.hpp"
#include "verify/claims/region_abbreviations.hpp"
#include "verify/claims/region_choice.hpp"
#include "verify/claims/world_regions.hpp"
#include "verify/gazetteer/gazetteer.hpp"

namespace verify::claims::resolve {
namespace {

// Enough candidates that context can find the small namesake: "Paris" is
// first the capital, then its districts, then the towns of Texas and Tennessee.
constexpr std::size_t k_lookup_limit = 60;
// "Northern Province" names a region in a dozen countries.
constexpr std::size_t k_region_lookup_limit = 40;
// Distinct Arabic words joined to bi- ("بحمص") looked up in one article, and such words read.
constexpr std::size_t k_max_attached_names = 1000;
constexpr std::size_t k_max_attached_mentions = 20000;
// "Washington County" names a district in thirty US states.
constexpr std::size_t k_district_lookup_limit = 40;

// Pass 1: countries, so that every region and place after sees them all.
void resolve_country(Looked& l, const Looked* previous, Context& ctx, CountryNames& names) {
  const PlaceMention& m = *l.mention;
  if (const WorldRegion* world = l.found->world_region) {
    l.chosen = world_region_value(*world);
    l.candidates = {*l.chosen};
    l.reason = fmt::format("a {} of {} countries (source: {})", world->kind, world->countries.size(),
                           core::shorten(world->source, 80));
    return;
  }
  if (!l.found->abbreviations.empty()) return;
  if (!l.found->country || m.designator == Designator::site || m.designator == Designator::region) return;
  if (region_holding_previous(l, previous)) return;  // a region of that name fits the place before it
  if (hinted_region(l)) return;
  l.chosen = country_value(*l.found->country, names);
  l.candidates = {*l.chosen};
  l.reason = "a country's name";
  if (l.context) ctx.add(l.sentence, *l.chosen, l.mention->listed);
}

// An exact or curated name always outranks a consonant-skeleton match on
// population alone (3·log10 of ten million people is 21 < 40); only the
// article's context can lift a skeleton match over it.
double match_quality(const gz::Candidate& c) { return c.match == gz::MatchKind::skeleton ? 20 : k_exact_match_quality; }

double score_of(const gz::Candidate& c, const Support& s) {
  return match_quality(c) + s.score + 3.0 * std::log10(static_cast<double>(c.place.population) + 1.0);
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
// Whether the name's first letter is Latin (ASCII, or U+00C0–U+024F: "Côte", "Łódź").
bool written_in_latin(std::string_view name) {
  if (name.empty()) return true;
  const auto lead = static_cast<unsigned char>(name[0]);
  return lead < 0x80 || (lead >= 0xC3 && lead <= 0xC9);
}

std::string place_doubt(const std::vector<Scored>& scored, const std::string& name, CountryNames& names) {
  const Scored& best = scored.front();
  const gz::Candidate& c = *best.candidate;
  // A region of the place named anywhere in the article (20), or its country in the sentence (25), settles it.
  if (c.match == gz::MatchKind::alias || best.support.score >= k_support_region_elsewhere) return {};
  if (c.match == gz::MatchKind::skeleton) return "matched only by a variant spelling (the same consonants)";
  // GeoNames' main names are Latin: "حمص" is how Arabic names Homs, not a second name of another town.
  if (!c.primary_name && written_in_latin(name)) {
    return fmt::format("\"{}\" is an alternate name of {}, not its main name, and no region or country in the same "
                       "sentence confirms it",
                       name, c.place.name);
  }
  const gz::PlaceInfo* rival = nullptr;  // the largest namesake in another region
  for (std::size_t i = 1; i < scored.size(); ++i) {
    const gz::PlaceInfo& other = scored[i].candidate->place;
    if (scored[i].candidate->match != gz::MatchKind::exact) continue;
    // Al Khums, Libya lists "Homs" among its alternate names; it rivals Homs only if larger.
    // A name not written in Latin is an alternate name of every namesake: all rival.
    if (!scored[i].candidate->primary_name && written_in_latin(name) && other.population <= c.place.population) {
      continue;
    }
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
  // "in Suffolk": the English county (760,000 people), not Suffolk, Virginia.
  if (choose_district_over_places(l, scored.empty() ? 0.0 : scored.front().score, ctx, names)) return;
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
  // A city as large as Mariupol is known by name: "Mariupol, in Kharkiv Oblast" is the article's error to show.
  const auto& p = best.candidate->place;
  if (l.doubt.empty() && best.candidate->match != gz::MatchKind::alias && p.population < k_known_city) {
    l.doubt = region_elsewhere_doubt(ctx, l.sentence, p.admin1_code, p.country, p.name);
  }
  if (!l.found->regions.empty() && l.found->regions.front().match != gz::MatchKind::skeleton) {
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

// "NSW", "ACT": a style guide's form of three capitals or more names its
// region anywhere ("in NSW"); shorter ones and postal codes only after "Place, ".
bool standalone_abbreviation(const std::string& name) {
  if (name.size() < 3 || !std::all_of(name.begin(), name.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
    return false;
  }
  const auto rows = region_abbreviations(name);
  return std::any_of(rows.begin(), rows.end(), [](const RegionAbbreviation* r) { return !r->postal_code; });
}

// The name as written with a dot that closes it: "Pa" + "." → "Pa.".
std::string written_with_dot(const ScanInput& in, const PlaceMention& m) {
  const std::size_t next = m.last + 1;
  if (next < in.tokens.size() && in.tokens[next].start == in.tokens[m.last].end && word_at(in, next) == ".") {
    return m.name + ".";
  }
  return m.name;
}

// "Monroe County" is the district's own name in GeoNames; "Fife" is Fife's.
Lookup look_up(const gz::Gazetteer& gaz, const std::string& name, Designator designator,
               const std::string& designator_word = {}) {
  Lookup l;
  // "from Turkish positions": a people, not a place, unless a country bears the name ("Djibouti").
  l.demonyms = gaz.find_demonym(name);
  if (!l.demonyms.empty() && !gaz.find_country(name)) return l;
  l.demonyms.clear();
  if (designator != Designator::site) l.regions = gaz.find_region(name, k_region_lookup_limit);
  if (designator != Designator::region) {
    l.country = gaz.find_country(name);
    l.places = gaz.find(name, k_lookup_limit);
  }
  if (designator != Designator::site) {
    if (!designator_word.empty()) l.districts = gaz.find_district(name + " " + designator_word, k_district_lookup_limit);
    if (l.districts.empty()) l.districts = gaz.find_district(name, k_district_lookup_limit);
  }
  return l;
}

// Whether the lookup found the name itself, not only its consonants.
bool knows_exactly(const Lookup& l) {
  return l.country || !l.districts.empty() || !l.demonyms.empty() ||
         std::any_of(l.places.begin(), l.places.end(), [](const gz::Candidate& c) { return c.match != gz::MatchKind::skeleton; }) ||
         std::any_of(l.regions.begin(), l.regions.end(),
                     [](const gz::RegionCandidate& r) { return r.match != gz::MatchKind::skeleton; });
}

// "في دير الزور أمس" (in Deir ez-Zor yesterday): a caseless name keeps its
// longest beginning the gazetteer knows by that very name; otherwise its
// first word. "ريف حلب" (Aleppo's countryside), which is no name, is the
// governorate named after ريف. Lookups are remembered and bounded like the
// article's place names.
std::vector<PlaceMention> known_beginnings(const ScanInput& in, const std::vector<PlaceMention>& mentions,
                                           const gz::Gazetteer& gaz) {
  std::map<std::string, bool> known;
  auto knows = [&](const PlaceMention& m) {
    auto it = known.find(m.name);
    if (it != known.end()) return it->second;
    if (known.size() >= k_max_place_names) return false;
    return known.emplace(m.name, knows_exactly(look_up(gaz, m.name, m.designator, m.designator_word))).first->second;
  };
  std::vector<PlaceMention> out;
  out.reserve(mentions.size());
  for (const PlaceMention& m : mentions) {
    if (!m.caseless || m.last == m.first) {
      out.push_back(m);
      continue;
    }
    std::optional<PlaceMention> kept;
    for (std::size_t k = m.last; !kept && k > m.first; --k) {
      if (auto cut = shortened(in, m, m.first, k); knows(cut)) kept = std::move(cut);
    }
    if (!kept && is_arabic_countryside(word_at(in, m.first))) {
      for (std::size_t k = m.last; !kept && k > m.first; --k) {
        auto cut = shortened(in, m, m.first + 1, k);
        cut.designator = Designator::region;
        cut.designator_word = "governorate";
        if (knows(cut)) kept = std::move(cut);
      }
    }
    out.push_back(kept ? std::move(*kept) : shortened(in, m, m.first, m.first));
  }
  return out;
}

// Every pass of the choice, from the context `start` (the sentences' demonyms).
void choose_all(std::vector<Looked>& looked, const Context& start, CountryNames& names) {
  Context ctx = start;
  for (std::size_t i = 0; i < looked.size(); ++i) resolve_country(looked[i], i ? &looked[i - 1] : nullptr, ctx, names);
  for (std::size_t i = 0; i < looked.size(); ++i) resolve_region(looked[i], i ? &looked[i - 1] : nullptr, ctx, names);
  // After every region: "Crawford County located in Pennsylvania" sees Pennsylvania.
  for (std::size_t i = 0; i < looked.size(); ++i) {
    resolve_marked_district(looked[i], i ? &looked[i - 1] : nullptr, ctx, names);
  }
  for (auto& l : looked) resolve_place(l, ctx, names);
  for (auto& l : looked) doubt_country(l, ctx, names);
  for (std::size_t i = 0; i + 1 < looked.size(); ++i) doubt_outside_container(looked[i], looked[i + 1]);
}

}  // namespace
}  // namespace verify::claims::resolve

namespace verify::claims {

ResolvedPlaces resolve_places(const ScanInput& in, const Sentences& sentences,
                              const std::vector<PlaceMention>& written, const gazetteer::Gazetteer& gaz) {
  using namespace resolve;
  const std::vector<PlaceMention> mentions = known_beginnings(in, written, gaz);
  ResolvedPlaces out;
  std::vector<Lookup> lookups;  // by (name, designator): an article repeats its places
  lookups.reserve(std::min(mentions.size(), k_max_place_names));
  std::map<std::pair<std::string, Designator>, std::size_t> seen;
  std::vector<std::pair<const PlaceMention*, std::size_t>> resolvable;
  std::size_t attached_names = 0;  // "بحمص" guesses, looked up apart from the cap on names
  std::size_t attached_mentions = 0;
  std::size_t attached_resolvable = 0;
  for (const auto& m : mentions) {
    const WorldRegion* world = find_world_region(m.name);
    if (world != nullptr && world->countries.empty()) continue;  // "in the Gulf": no extent to check against
    // Guesses at names joined to bi- have their own bounds: they never crowd out the article's places.
    if (m.attached && ++attached_mentions > k_max_attached_mentions) continue;
    if (!m.attached && resolvable.size() - attached_resolvable >= k_max_place_mentions) {
      ++out.skipped;
      continue;
    }
    // After "Place, " the name may be an abbreviation, looked up as written ("Pa." is not "Pa").
    const bool after_place = m.frame == PlaceFrame::containing && m.designator == Designator::none;
    const auto key = std::make_pair(after_place ? "after a place: " + written_with_dot(in, m) : m.name, m.designator);
    auto it = seen.find(key);
    if (it == seen.end()) {
      if (m.attached) {
        // Most words joined to bi- are no places: past this many, the rest go unread, unsaid.
        if (attached_names == k_max_attached_names) continue;
        ++attached_names;
      } else if (lookups.size() - attached_names >= k_max_place_names) {
        ++out.skipped;
        continue;
      }
      // "in Africa" is the continent, never a town that lists it among its alternate names.
      Lookup l = world != nullptr ? Lookup{} : look_up(gaz, m.name, m.designator, m.designator_word);
      l.world_region = world;
      if (after_place && world == nullptr) l.abbreviations = abbreviated_regions(gaz, written_with_dot(in, m));
      if (!after_place && world == nullptr && standalone_abbreviation(m.name)) {
        l.abbreviations = abbreviated_regions(gaz, m.name);  // "in NSW"
      }
      if (world == nullptr && l.places.empty() && l.regions.empty() && !l.country) {
        if (auto shorter = without_site_word(m.name)) l = look_up(gaz, *shorter, Designator::site);
      }
      it = seen.emplace(key, lookups.size()).first;
      lookups.push_back(std::move(l));
    }
    resolvable.emplace_back(&m, it->second);
    attached_resolvable += m.attached;
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
  Context demonyms;
  add_demonyms(in, sentences, gaz, demonyms);
  mark_context(looked);
  choose_all(looked, demonyms, names);
  auto kept_lists = unframed_lists_kept(looked);
  // A list found to be one of places guides the others after all ("Rio
  // Grande" beside "Tocantins, and Minas Gerais"): choose again with it.
  if (!kept_lists.empty()) {
    for (auto& l : looked) {
      if (kept_lists.count(l.mention->unframed_list)) l.context = true;
      l.chosen.reset();
      l.candidates.clear();
      l.reason.clear();
      l.doubt.clear();
    }
    choose_all(looked, demonyms, names);
    kept_lists = unframed_lists_kept(looked);
  }
  bool previous_kept = false;
  for (std::size_t i = 0; i < looked.size(); ++i) {
    const Looked& l = looked[i];
    const PlaceMention& m = *l.mention;
    // No frame word vouches for a name in an unframed list or pair: a variant spelling is not enough.
    const bool sure = l.chosen && l.doubt.empty() && l.chosen->match != "skeleton";
    bool keep = (l.chosen || m.designator == Designator::region) && l.found->demonyms.empty();
    if (m.unframed_list != 0) keep = keep && sure && kept_lists.count(m.unframed_list);
    if (m.needs_container) {
      const Looked* next = i + 1 < looked.size() ? &looked[i + 1] : nullptr;
      keep = keep && sure && next && right_after(l, *next) && next->mention->tentative && next->chosen &&
             lies_in(*next->chosen, *l.chosen);
    }
    // "بالفيديو" is "with the video": a joined name must be a country, a region, a curated alias or a city.
    if (m.attached) {
      keep = keep && sure && l.chosen &&
             (l.chosen->type != core::PlaceType::place || l.chosen->match == "alias" || l.chosen->population >= k_known_city);
    }
    if (m.tentative) {
      keep = keep && l.chosen && previous_kept && looked[i - 1].chosen && right_after(looked[i - 1], l) &&
             lies_in(*l.chosen, *looked[i - 1].chosen);
    }
    previous_kept = keep;
    if (!keep) continue;
    out.claims.push_back(claim_of(in, l));
    if (l.mention->listed) out.listed.push_back(out.claims.back().span);
  }
  return out;
}

}  // namespace verify::claims
