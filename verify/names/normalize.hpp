#pragma once
// Names compared across spellings and scripts: "Tadmour", "Tadmur", "تدمر";
// "Sham FM", "شام اف ام". Two forms, for matching only (never for quoting):
//
//   fold("Ḥomṣ Governorate")  == "homs governorate"   case, diacritics, bidi
//                                                      marks and punctuation
//                                                      folded; script kept
//   latin("تدمر")             == "tdmr"               any script to Latin ASCII,
//                                                      lower case
//   skeleton("Tadmur")        == "tdmr"               latin() without vowels,
//   skeleton("تدمر")          == "tdmr"               spaces or punctuation:
//   skeleton("شام اف ام")     == "shmfm" == skeleton("Sham FM")
//
// Arabic script writes no short vowels, so Latin spellings of one name agree
// on their consonants: match on skeletons plus alternate names, not on
// transliteration alone. Thread-safe; the ICU transliterators are built once.

#include <string>
#include <string_view>

namespace verify::names {

std::string fold(std::string_view text);
std::string latin(std::string_view text);
std::string skeleton(std::string_view text);

}  // namespace verify::names
