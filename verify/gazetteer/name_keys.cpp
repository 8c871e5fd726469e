#include "verify/gazetteer/name_keys.hpp"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>

#include "verify/names/normalize.hpp"

namespace verify::gazetteer {
namespace {

// Latin spellings of the Arabic article, assimilated forms included (at-Tanf, ash-Sham).
constexpr std::array<std::string_view, 12> k_latin_articles = {
    "al ", "el ", "at ", "ad ", "ar ", "as ", "an ", "az ", "ash ", "ath ", "adh ", "ul "};
constexpr std::string_view k_arabic_article = "\u0627\u0644";  // ال

// Folded designator words; GeoNames and the curated rows write these around region names.
constexpr std::array<std::string_view, 16> k_region_words = {
    "governorate", "province", "oblast", "oblast'", "region", "state", "district", "prefecture",
    "county", "muhafazah", "muhafazat", "mohafazat", "raion", "\u0645\u062d\u0627\u0641\u0638\u0629",  // محافظة
    "\u043e\u0431\u043b\u0430\u0441\u0442\u044c",  // область
    "of"};

// ICU writes "Côte d’Ivoire" with a typographic apostrophe where people type
// "Côte d'Ivoire"; fold() keeps the first and spaces the second.
constexpr std::array<std::string_view, 3> k_apostrophes = {"\u2019", "\u2018", "\u02bc"};

// Folded words GeoNames puts before a district's own name in its local
// language ("Province of Nueva Ecija", "Departamento de Cusco", "Powiat
// krakowski"), longest first; writers name the district without them.
constexpr std::array<std::string_view, 44> k_district_prefixes = {
    "city and borough of ", "metropolitan borough of ", "london borough of ", "royal borough of ",
    "politischer bezirk ", "departamento del ", "departamento de ", "arrondissement de ", "municipality of ",
    "provincia del ", "provincia de ", "provincia di ", "province of ", "province du ", "province de ",
    "partido del ", "partido de ", "municipio de ", "municipiul ", "district of ", "borough of ", "commune de ",
    "canton de ", "county of ", "city of ", "municipio ", "kabupaten ", "komuna e ", "obshtina ", "gemeente ",
    "arrondissement ", "commune ", "canton ", "comuna ", "powiat ", "bezirk ", "amphoe ", "opcina ", "okres ",
    "nomos ", "oras ", "grad ", "kota ", "ilce "};

bool is_region_word(std::string_view word) {
  return std::find(k_region_words.begin(), k_region_words.end(), word) != k_region_words.end();
}

std::vector<std::string_view> words_of(std::string_view text) {
  std::vector<std::string_view> words;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = std::min(text.find(' ', start), text.size());
    if (end > start) words.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

int script_group(UChar32 c) {
  UErrorCode status = U_ZERO_ERROR;
  const UScriptCode script = uscript_getScript(c, &status);
  if (U_FAILURE(status) || script == USCRIPT_COMMON || script == USCRIPT_INHERITED) return -1;
  if (script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA) return USCRIPT_HAN;
  return script;
}

void add_key(std::vector<NameKey>& keys, std::string folded) {
  if (folded.empty()) return;
  NameKey key{folded, names::skeleton(folded)};
  if (std::find(keys.begin(), keys.end(), key) == keys.end()) keys.push_back(std::move(key));
}

}  // namespace

std::string strip_article(std::string_view folded) {
  for (std::string_view article : k_latin_articles) {
    if (folded.size() > article.size() && folded.starts_with(article)) return std::string(folded.substr(article.size()));
  }
  // Arabic writes the article joined to the word: التنف. Two letters must remain.
  if (folded.starts_with(k_arabic_article) && folded.size() >= k_arabic_article.size() + 4) {
    return std::string(folded.substr(k_arabic_article.size()));
  }
  return {};
}

std::string region_core(std::string_view folded) {
  auto words = words_of(folded);
  while (words.size() > 1 && is_region_word(words.back())) words.pop_back();
  while (words.size() > 1 && is_region_word(words.front())) words.erase(words.begin());
  std::string out;
  for (std::string_view word : words) {
    if (!out.empty()) out += ' ';
    out += word;
  }
  return out;
}

std::string district_core(std::string_view folded) {
  for (std::string_view prefix : k_district_prefixes) {
    if (!folded.starts_with(prefix)) continue;
    const std::string_view rest = folded.substr(prefix.size());
    // "Comuna 1" is a number, not a name a writer uses alone.
    if (rest.empty() || (rest.front() >= '0' && rest.front() <= '9')) return {};
    return std::string(rest);
  }
  return {};
}

std::vector<NameKey> name_keys(std::string_view name) {
  std::vector<NameKey> keys;
  if (name.empty() || name.size() > k_max_name_bytes) return keys;
  std::string folded = names::fold(name);
  std::string bare = strip_article(folded);
  add_key(keys, std::move(folded));
  add_key(keys, std::move(bare));
  return keys;
}

std::string country_key(std::string_view name) {
  if (name.size() > k_max_name_bytes) return {};
  std::string plain;
  for (std::size_t i = 0; i < name.size(); ++i) {
    const auto apostrophe = std::find_if(k_apostrophes.begin(), k_apostrophes.end(),
                                         [&](std::string_view a) { return name.substr(i).starts_with(a); });
    if (apostrophe != k_apostrophes.end()) {
      plain += '\'';
      i += apostrophe->size() - 1;
    } else if (name[i] == '&') {
      plain += " and ";
    } else if (name[i] != '.') {
      plain += name[i];
    }
  }
  std::string folded = names::fold(plain);
  constexpr std::string_view article = "the ";
  if (folded.size() > article.size() && folded.starts_with(article)) folded.erase(0, article.size());
  return folded;
}

bool is_mixed_script(std::string_view text) {
  int seen = -1;
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) continue;  // invalid UTF-8: fold() drops it
    const int group = script_group(c);
    if (group < 0) continue;
    if (seen >= 0 && group != seen) return true;
    seen = group;
  }
  return false;
}

}  // namespace verify::gazetteer
