#pragma once
// Private to the place resolver: what the gazetteer has for a mention, what
// the article names around it, and how much that supports a candidate.
// Shared by place_resolve.cpp (passes, places) and region_choice.cpp (regions).

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/case.hpp"
#include "verify/claims/place_mentions.hpp"
#include "verify/claims/sentences.hpp"
#include "verify/gazetteer/gazetteer.hpp"

namespace verify::claims {
struct RegionAbbreviation;
struct WorldRegion;
}

namespace verify::claims::resolve {

namespace gz = verify::gazetteer;

inline constexpr std::size_t k_max_candidates = 5;
// A place this large is the one the name means even when the sentence puts
// it in another region of its country; a smaller one may be an unlisted namesake.
inline constexpr std::int64_t k_known_city = 100000;
// How much the article's context supports a candidate (support_of).
inline constexpr int k_support_region_in_sentence = 40;
inline constexpr int k_support_country_in_sentence = 25;
inline constexpr int k_support_region_elsewhere = 20;
inline constexpr int k_support_country_elsewhere = 6;
// "Turkish troops entered Afrin": the people of a country named in the
// sentence only break a tie between namesakes of nearly one size; an
// "American reporter" says little of where "Paris" is.
inline constexpr int k_support_demonym = 2;
// A consonant-skeleton match needs its country or region named in the same sentence.
inline constexpr int k_skeleton_support = k_support_country_in_sentence;
// An exact or curated name's weight in a score (a skeleton match weighs 20).
inline constexpr double k_exact_match_quality = 60;

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
  std::vector<gz::District> districts;     // counties, districts, raions of this name
  std::vector<std::string> demonyms;       // "Turkish" → TR: the people of a country, never a place claim
  const WorldRegion* world_region = nullptr;  // "Africa", "West Africa": nothing else is looked up
};

struct Looked {
  const PlaceMention* mention = nullptr;
  std::size_t sentence = 0;
  const Lookup* found = nullptr;
  std::optional<core::Place> chosen;
  std::vector<core::Place> candidates;
  std::string reason;
  std::string doubt;  // why the choice may be wrong; empty when confident
  // Whether its choice may guide the others' ("In Kyiv, Russia launched…":
  // a tentative container that can hold nothing before it must not pull a
  // later "Pokrovsk" into Russia).
  bool context = true;
};

// What the article names, by sentence and as a whole, for choosing among candidates.
struct Context {
  std::map<std::size_t, std::set<std::string>> sentence_countries;
  std::map<std::size_t, std::set<std::string>> sentence_regions;
  // The sentence's regions named outside lists: "in Kisumu, Naivasha and
  // Nakuru County" names Nakuru County as a peer, not as where the others lie.
  std::map<std::size_t, std::set<std::string>> sentence_containers;
  std::set<std::string> countries;
  std::set<std::string> regions;
  // Countries whose people the sentence names: "Turkish troops", "a Kenyan official".
  std::map<std::size_t, std::set<std::string>> sentence_demonyms;

  void add(std::size_t sentence, const core::Place& p, bool listed) {
    if (!p.country.empty()) {
      sentence_countries[sentence].insert(p.country);
      countries.insert(p.country);
    }
    // A district names its admin1 region too: "Fulton County" is in Illinois.
    if ((p.type == core::PlaceType::region || p.type == core::PlaceType::district) && !p.admin1_code.empty()) {
      sentence_regions[sentence].insert(p.admin1_code);
      if (!listed) sentence_containers[sentence].insert(p.admin1_code);
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

// A region named in the same sentence (40), a country (25), a region elsewhere
// in the article (20), a country elsewhere (6), the country's people in the
// same sentence (2); nothing (0).
Support support_of(const Context& ctx, std::size_t sentence, const std::string& admin1_code, const std::string& admin1,
                   const std::string& country, const std::string& country_name);

// "the Rice Lake area of Fulton County, Illinois": a doubt when the sentence
// names an admin1 region of the chosen entity's country that does not hold it
// (the gazetteer knows only Rice Lake, Wisconsin; the article likely means a
// place it does not list); empty otherwise.
std::string region_elsewhere_doubt(const Context& ctx, std::size_t sentence, const std::string& admin1_code,
                                   const std::string& country, const std::string& name);

// Whether a candidate is sure enough to be a claim with the given support.
bool confident(const gz::Candidate& c, const Support& s);

// "Turkish troops", "a South Korean official": the countries whose people
// each sentence names (Context::sentence_demonyms).
void add_demonyms(const ScanInput& in, const Sentences& sentences, const gz::Gazetteer& gaz, Context& ctx);

}  // namespace verify::claims::resolve
