#pragma once
// The state, province and territory abbreviations of data/region_abbreviations.csv
// (abbreviation,admin1_code,admin1_name,form,source; every row cites its
// style guide), compiled into the binary like the outlet table. They are read
// only right after "Place, ": "Scranton, Pa." is Pennsylvania, "Perth, WA"
// Western Australia, but "Pa" alone is no place. Thread-safe: parsed once.
//
//   region_abbreviations("Pa.")  → {US.PA Pennsylvania, style}
//   region_abbreviations("WA")   → {AU.08 Western Australia, code}, {US.WA Washington, code}

#include <string>
#include <string_view>
#include <vector>

namespace verify::claims {

struct RegionAbbreviation {
  std::string abbreviation;  // as written: "Pa.", "N.Y.", "NSW", "WA"
  std::string admin1_code;   // "US.PA"
  std::string admin1_name;   // "Pennsylvania"
  // A style guide's form ("Calif.", "NSW") is read after any place; a postal
  // code ("CA", "OR", "IN") only when the place before it has a namesake in
  // that region, since most postal codes are also words or other abbreviations.
  bool postal_code = false;
  std::string source;
};

// Every row for this exact spelling (case and dots as written), in table order.
std::vector<const RegionAbbreviation*> region_abbreviations(std::string_view written);

}  // namespace verify::claims
