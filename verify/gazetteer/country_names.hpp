#pragma once
// The names each country is looked up under, computed once at build time
// (ICU's display names are slow to load and must not be at start-up):
//   - ICU's English name of its ISO 3166 code ("Syria"),
//   - the world-atlas (Natural Earth) name ("Syria", "Marshall Is."),
//   - the curated rows of data/country_aliases.csv ("U.S.", "Ivory Coast"),
//   - ICU's names in the other languages of k_country_languages ("سوريا",
//     "Syrie", "Сирия"…), and ICU's short forms ("UK").
// Keys are country_key(name). Countries without an ISO 3166 alpha-2 code
// (world-atlas features with no id: Kosovo, Somaliland, N. Cyprus…) get none.

#include <string>
#include <vector>

#include "verify/gazetteer/country_aliases.hpp"
#include "verify/gazetteer/topojson.hpp"

namespace verify::gazetteer {

inline constexpr const char* k_country_languages[] = {"en", "ar", "fr", "de", "es", "ru", "uk",
                                                      "tr", "fa", "he", "zh", "it", "pt"};

struct CountryNameRow {
  std::string iso2;
  std::string folded;  // country_key
  int kind = 0;        // k_country_…
};

struct CountryNames {
  // Each key once, naming one country. A key two countries share at their
  // best kind names neither and is left out (listed in `ambiguous`).
  std::vector<CountryNameRow> rows;
  std::vector<std::string> ambiguous;
};

// ICU's English name of the shape's code, or the world-atlas name when ICU has none.
std::string english_country_name(const CountryShape& shape);

// Aliases for codes no shape carries (the test excerpts hold three countries) are skipped.
CountryNames country_names(const std::vector<CountryShape>& shapes, const std::vector<CountryAlias>& aliases);

}  // namespace verify::gazetteer
