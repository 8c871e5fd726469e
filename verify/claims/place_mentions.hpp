#pragma once
// Where the prose names a place, read from the words around it, before any
// lookup: "in X", "from X to Y", "entering X", "X province", "the X region of
// southeastern Y", "southeast of X". Only capitalised (or non-Latin) words in
// such a frame are mentions: a capitalised word alone ("Damascus has
// pursued…") is not read as a claim of place.
//
//   "entering Tadmour from al-Tanf in southeast Homs province"
//     → Tadmour (destination), al-Tanf (origin), Homs + "province" (region frame)

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "verify/claims/found.hpp"

namespace verify::claims {

// What the words around a mention say it is.
enum class PlaceFrame {
  at,           // "in X", "near X", "the town of X": where something is or happened
  origin,       // "from X", "leaving X"
  destination,  // "into X", "entering X", "drove to X"
  containing,   // "the X region of [southeastern] Y": Y contains what precedes it
  reference,    // "southeast of X": a point the place is given from
};

enum class Designator { none, region, area, site };

struct PlaceMention {
  std::size_t first = 0;   // name tokens [first, last]
  std::size_t last = 0;
  std::size_t claim_last = 0;  // last token of the claim: the name, or its designator
  std::string name;        // the name as written, possessive stripped
  PlaceFrame frame = PlaceFrame::at;
  Designator designator = Designator::none;  // region: "province"; area: "region"; site: "camp"
  std::string designator_word;             // the designator as written, lower case: "province", "state"
  // "the states of Texas and Georgia", "30 states, including Delaware": a
  // plural region word before the frame makes the names regions if they are
  // (designator_word holds its singular), but a country stays a country.
  bool region_hint = false;
  bool compass = false;    // a compass word before the name ("southeast Homs")
  std::string qualifier;   // "southeast of", for reference frames
  bool listed = false;     // one of several names sharing a frame: "in Homs, Hama and Idlib"
  // "A woman in Paris, France has…": a name after a comma that does not end
  // its phrase may be a container or a new subject ("In Kyiv, Russia
  // launched…"); it is kept only if the place before it lies in it.
  bool tentative = false;
  // A list of three or more names that no frame word opens ("Benin, Ghana,
  // Niger and Togo"): its group, from 1; 0 for names a frame word opens.
  // The enumeration is the frame, so its names are kept only when most of
  // them are places.
  std::size_t unframed_list = 0;
  // "A Dallas, Texas man": a name no frame word opens, followed by a comma
  // and a name; kept only if that name resolves to a place containing it.
  bool needs_container = false;
  // A name in a caseless script ("في دير الزور أمس"): every word reads as a
  // name word, so the name may run on; the resolver keeps its longest
  // beginning the gazetteer knows.
  bool caseless = false;
  // "بحمص": the name joined to the Arabic preposition bi- ("in"); the claim
  // is the whole word, kept only for a well-known place.
  bool attached = false;
};

// Mentions in article order, not overlapping.
std::vector<PlaceMention> find_place_mentions(const ScanInput& in);

// Whether the word is in a script without capitals (Arabic).
bool is_caseless(std::string_view word);

// The mention cut to tokens [first, last] (m.first <= first <= last <= m.last), its name re-read.
PlaceMention shortened(const ScanInput& in, const PlaceMention& m, std::size_t first, std::size_t last);

// ريف, "the countryside of": a word that may begin a governorate's name or stand before one.
bool is_arabic_countryside(std::string_view word);

// "Kansas City" is looked up whole; when nothing has that name, "al-Tanf
// Camp" is looked up as "al-Tanf": the name without its last word when that
// word is "City", "Camp", "Base"…; nullopt when it is not.
std::optional<std::string> without_site_word(std::string_view name);

// Words the linker lets stand between a place and the region it lies in:
// "in", "of", "the", compass words, designators.
bool is_place_glue_word(std::string_view lower_word);

}  // namespace verify::claims
