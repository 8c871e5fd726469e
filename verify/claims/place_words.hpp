#pragma once
// Private to the place-mention finder (place_mentions.cpp): the words that
// open a place frame, end a name or mark a name as something else, in
// English and Arabic, and the bounds of a mention.

#include <algorithm>
#include <array>
#include <cstddef>
#include <string_view>

#include "verify/claims/place_mentions.hpp"

namespace verify::claims::words {

inline constexpr std::size_t k_max_name_words = 4;
// How far back a motion verb makes "to X" a destination: "drove across the desert to X".
inline constexpr std::size_t k_motion_reach = 6;

template <std::size_t N>
bool one_of(std::string_view w, const std::array<std::string_view, N>& words) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

inline constexpr std::array<std::string_view, 12> k_at_words{"in",     "inside",     "near",   "at",      "across", "around",
                                                       "outside", "throughout", "within", "nearby", "over",   "between"};
// Verbs of attack and capture name where they struck: "Strikes hit Mariupol".
inline constexpr std::array<std::string_view, 16> k_strike_words{
    "hit",      "struck",   "shelled", "bombed",   "bombarded", "attacked", "targeted", "raided",
    "captured", "seized",   "besieged", "recaptured", "liberated", "shelling", "bombing", "pounded"};
inline constexpr std::array<std::string_view, 9> k_origin_words{"from",     "leaving", "left",  "leave",  "leaves",
                                                          "departed", "fled",    "fleeing", "departing"};
inline constexpr std::array<std::string_view, 14> k_destination_words{
    "into",    "entering", "entered", "enter",   "enters", "reached",  "reaching",
    "reaches", "invade",   "invaded", "invading", "towards", "toward", "stormed"};
// Verbs and nouns of travel and spread: "a trip to X", "flights to X", "spread to X".
inline constexpr std::array<std::string_view, 46> k_motion_words{
    "drove",      "drive",      "driving",    "moved",     "moving",    "went",       "going",     "headed",
    "heading",    "travelled",  "traveled",   "fled",      "returned",  "returning",  "marched",   "sent",
    "flew",       "withdrew",   "evacuated",  "deployed",  "transferred", "relocated", "trip",     "trips",
    "flight",     "flights",    "pilgrimage", "deployment", "visit",    "journey",    "travel",    "travelling",
    "traveling",  "spread",     "spreading",  "brought",   "shipped",   "exported",   "migrating", "route",
    "return",     "taken",      "defected",   "export",    "shipment",  "personnel"};
inline constexpr std::array<std::string_view, 9> k_arrival_words{"arrived", "arriving", "arrive", "arrives", "landed",
                                                           "landing", "reached", "came",   "returned"};
inline constexpr std::array<std::string_view, 22> k_compass_words{
    "north",     "south",      "east",       "west",       "northeast",  "northwest",  "southeast",  "southwest",
    "northern",  "southern",   "eastern",    "western",    "northeastern", "northwestern", "southeastern",
    "southwestern", "north-east", "north-west", "south-east", "south-west", "central",  "north-eastern"};
inline constexpr std::array<std::string_view, 10> k_region_designators{"province",   "governorate", "oblast", "district",
                                                                 "county",     "prefecture",  "state",  "provinces",
                                                                 "governorates", "muhafazah"};
inline constexpr std::array<std::string_view, 2> k_area_designators{"region", "area"};
inline constexpr std::array<std::string_view, 10> k_site_designators{"camp", "base", "garrison", "crossing", "city",
                                                               "town", "village", "airport", "border", "outpost"};
inline constexpr std::array<std::string_view, 6> k_settlement_words{"town", "city", "village", "capital", "outskirts", "suburbs"};
// Nouns after which "of X" names a place: "the villages of X", "the mayor of X", "the people of X".
// "most of X", "all of X": the extent of a place.
inline constexpr std::array<std::string_view, 40> k_of_place_nouns{
    "villages", "towns",     "cities",  "country",   "island",    "islands",      "mayor",      "governor",
    "residents", "resident", "people",  "citizens",  "streets",   "parts",        "municipality", "republic",
    "kingdom",  "emirate",   "vicinity", "part",     "areas",     "portions",     "portion",    "states",
    "counties", "districts", "regions", "nation",    "nations",   "coast",        "shores",     "community",
    "communities", "outside", "most",   "all",       "much",      "neighbourhood", "neighborhood", "hills"};
// Region kinds whose plural before "of"/"such as"/"including" marks the names after as regions.
inline constexpr std::array<std::string_view, 7> k_plural_region_kinds{"state",    "province",   "region", "district",
                                                                "governorate", "prefecture", "oblast"};
// Plural place nouns after which "such as X", "like X" or "including X" names examples: "countries such as Chad".
inline constexpr std::array<std::string_view, 18> k_place_kinds{
    "countries", "nations", "cities",      "towns",    "villages",     "states",    "provinces",
    "regions",   "areas",   "places",      "capitals", "territories",  "islands",   "counties",
    "districts", "governorates", "prefectures", "oblasts"};
// At most this many names share one frame in a list: "in Zambia, Malawi and Mozambique".
inline constexpr std::size_t k_max_list_items = 60;
// Names a list needs to be a frame of its own: two ("Smith and Jones") may be anything.
inline constexpr std::size_t k_min_unframed_list = 3;
// Containers read after one place: "Midland, Michigan, USA".
inline constexpr std::size_t k_max_containers = 2;
// Capitalised words that follow "in"/"from" without naming a place.
inline constexpr std::array<std::string_view, 14> k_not_names{"The",     "A",       "An",      "English", "Arabic", "French",
                                                        "Russian", "Spanish", "Congress", "Parliament", "Court",
                                                        "January", "God",     "Twitter"};
// Words that may follow a place phrase without making its last name a subject.
inline constexpr std::array<std::string_view, 14> k_phrase_followers{"on",     "in",    "at",     "last",  "this",
                                                               "yesterday", "today", "earlier", "during", "when",
                                                               "where", "after", "before", "near"};
inline constexpr std::array<std::string_view, 6> k_name_particles{"al", "el", "ad", "ar", "as", "ash"};
// Words that make a capitalised name an organisation or a building, not a
// place: "the University of Georgia", "Women's College Hospital", "St.
// Francis Preparatory School". The place inside such a name is no claim.
// Not "Bank" or "Temple": the West Bank and Temple Mount are places.
inline constexpr std::array<std::string_view, 39> k_organisation_words{
    "University", "College",    "School",      "Academy",   "Institute", "Hospital",   "Clinic",    "Church",
    "Cathedral",  "Mosque",     "Synagogue",   "Stadium",   "Arena",     "Museum",     "Hotel",     "Prison",
    "Company",    "Corporation", "Inc",        "Ltd",       "Party",     "Council",    "Ministry",  "Department",
    "Agency",     "Court",      "Club",        "Foundation", "Association", "Society",  "Committee", "Commission",
    "Institution", "Seminary",  "Zoo",         "Library",   "Theatre",   "Theater",   "Elementary"};
// Words that name no place when they stand alone after "in" ("in Spring",
// "in Earth's orbit", "in the EU"), though towns bear them as alternate names.
inline constexpr std::array<std::string_view, 11> k_not_single_names{"Spring", "Summer", "Autumn", "Winter", "Fall",
                                                               "Earth",  "EU",     "UN",     "NATO",   "Center",
                                                               "Centre"};
// Adjectives of continents and world regions, which name no place alone:
// "spread to European nations", "from African countries". The demonyms of
// countries come from the gazetteer (world-countries).
inline constexpr std::array<std::string_view, 9> k_region_adjectives{"European", "African",  "Asian",    "Arab",  "Oceanian",
                                                               "Nordic",   "Scandinavian", "Balkan", "Caucasian"};
// Words a name continues after with "of [the]": "Democratic Republic of the
// Congo", "Isle of Man", "Gulf of Aden".
inline constexpr std::array<std::string_view, 14> k_of_name_heads{"Republic", "Kingdom",  "Isle",  "Islands", "Emirate",
                                                            "Federation", "Commonwealth", "Principality", "Gulf",
                                                            "Bay",      "Sea",      "Strait", "Cape",   "Lake"};
// Arabic prepositions, written as separate words: في (in), داخل (inside),
// قرب (near), من (from), إلى / الى (to), نحو (towards).
inline constexpr std::array<std::string_view, 3> k_arabic_at{"\u0641\u064a", "\u062f\u0627\u062e\u0644", "\u0642\u0631\u0628"};
inline constexpr std::string_view k_arabic_from = "\u0645\u0646";
inline constexpr std::array<std::string_view, 3> k_arabic_to{"\u0625\u0644\u0649", "\u0627\u0644\u0649", "\u0646\u062d\u0648"};
// Arabic words that end a name: prepositions, "and" written apart, and
// words of time: "إلى تدمر من التنف" is two names.
inline constexpr std::array<std::string_view, 14> k_arabic_name_ends{
    "\u0641\u064a", "\u0645\u0646", "\u0625\u0644\u0649", "\u0627\u0644\u0649", "\u0639\u0644\u0649",
    "\u0639\u0646", "\u0645\u0639", "\u0642\u0631\u0628", "\u062f\u0627\u062e\u0644", "\u0646\u062d\u0648",
    "\u0648", "\u0623\u0645\u0633", "\u0627\u0644\u064a\u0648\u0645", "\u0628\u0639\u062f"};
inline constexpr std::string_view k_arabic_and = "\u0648";  // و
// "بحمص" (in Homs): the preposition bi- joined to the name.
inline constexpr std::string_view k_arabic_bi = "\u0628";  // ب
// Letters a name joined to bi- needs (two bytes each): "بحلب" is three.
inline constexpr std::size_t k_min_attached_letters = 3;
inline constexpr std::string_view k_arabic_near = "\u0628\u0627\u0644\u0642\u0631\u0628";  // بالقرب (من): near
// Arabic designators come before the name: "في مدينة حلب" (in the city of
// Aleppo), "في محافظة حمص" (in Homs governorate), "في قاعدة التنف" (at the al-Tanf base).
struct ArabicDesignator {
  std::string_view word;
  Designator designator;
  std::string_view english;  // the designator_word the resolver knows
};
inline constexpr std::array<ArabicDesignator, 9> k_arabic_designators{{
    {"\u0645\u062f\u064a\u0646\u0629", Designator::site, "city"},          // مدينة
    {"\u0628\u0644\u062f\u0629", Designator::site, "town"},                 // بلدة
    {"\u0642\u0631\u064a\u0629", Designator::site, "village"},              // قرية
    {"\u0645\u062e\u064a\u0645", Designator::site, "camp"},                 // مخيم
    {"\u0642\u0627\u0639\u062f\u0629", Designator::site, "base"},          // قاعدة
    {"\u0645\u0637\u0627\u0631", Designator::site, "airport"},              // مطار
    {"\u0645\u062d\u0627\u0641\u0638\u0629", Designator::region, "governorate"},  // محافظة
    {"\u0648\u0644\u0627\u064a\u0629", Designator::region, "state"},       // ولاية
    {"\u0645\u0646\u0637\u0642\u0629", Designator::area, "area"},          // منطقة
}};
// ريف: "the countryside of". "ريف دمشق" is a governorate's own name (Rif
// Dimashq); "ريف حلب" is Aleppo's governorate outside its city. The resolver
// looks the whole name up first.
inline constexpr std::string_view k_arabic_countryside = "\u0631\u064a\u0641";

// Abbreviated words that begin a name: "St. Louis", "Mt. Hood", "Ft. Worth".
inline constexpr std::array<std::string_view, 3> k_name_abbreviations{"St", "Mt", "Ft"};

// "في", or "وفي" with "and" joined: a word that ends an Arabic name.
inline bool arabic_name_end(std::string_view word) {
  if (one_of(word, k_arabic_name_ends)) return true;
  return word.size() > k_arabic_and.size() + 2 && word.starts_with(k_arabic_and) &&
         one_of(word.substr(k_arabic_and.size()), k_arabic_name_ends);
}

}  // namespace verify::claims::words
