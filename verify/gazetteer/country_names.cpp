#include "verify/gazetteer/country_names.hpp"

#include <unicode/locdspnm.h>
#include <unicode/unistr.h>

#include <map>
#include <memory>
#include <set>

#include "verify/gazetteer/index_schema.hpp"
#include "verify/gazetteer/name_keys.hpp"

namespace verify::gazetteer {
namespace {

using DisplayNames = std::unique_ptr<icu::LocaleDisplayNames>;

// NO_SUBSTITUTE: a code ICU has no name for gives "", never the code itself
// (which would make "SY" a key, and two-letter codes are often words: "IN", "IS").
DisplayNames display_names(const char* language, UDisplayContext length) {
  UDisplayContext contexts[] = {length, UDISPCTX_NO_SUBSTITUTE};
  return DisplayNames(icu::LocaleDisplayNames::createInstance(icu::Locale(language), contexts, 2));
}

std::string region_name(const DisplayNames& names, const std::string& iso2) {
  if (!names || iso2.empty()) return {};
  icu::UnicodeString text;
  names->regionDisplayName(iso2.c_str(), text);
  std::string out;
  if (!text.isBogus()) text.toUTF8String(out);
  return out == iso2 ? std::string() : out;
}

// (iso2, key) → best kind.
using Keys = std::map<std::pair<std::string, std::string>, int>;

void add(Keys& keys, const std::string& iso2, const std::string& name, int kind) {
  std::string key = country_key(name);
  if (iso2.empty() || key.empty()) return;
  auto [it, added] = keys.try_emplace({iso2, std::move(key)}, kind);
  if (!added) it->second = std::min(it->second, kind);
}

CountryNames resolve(const Keys& keys) {
  std::map<std::string, std::pair<int, std::set<std::string>>> best;  // key → (kind, codes)
  for (const auto& [id, kind] : keys) {
    auto [it, added] = best.try_emplace(id.second, kind, std::set<std::string>{id.first});
    if (added || kind > it->second.first) continue;
    if (kind < it->second.first) it->second = {kind, {}};
    it->second.second.insert(id.first);
  }
  CountryNames out;
  for (const auto& [key, found] : best) {
    if (found.second.size() == 1) {
      out.rows.push_back({*found.second.begin(), key, found.first});
    } else {
      out.ambiguous.push_back(key);
    }
  }
  return out;
}

}  // namespace

std::string english_country_name(const CountryShape& shape) {
  static const DisplayNames english = display_names("en", UDISPCTX_LENGTH_FULL);
  std::string name = region_name(english, shape.iso2);
  return name.empty() ? shape.name : name;
}

CountryNames country_names(const std::vector<CountryShape>& shapes, const std::vector<CountryAlias>& aliases) {
  std::vector<std::pair<DisplayNames, DisplayNames>> languages;  // (full, short)
  for (const char* language : k_country_languages) {
    languages.emplace_back(display_names(language, UDISPCTX_LENGTH_FULL), display_names(language, UDISPCTX_LENGTH_SHORT));
  }
  Keys keys;
  std::set<std::string> codes;
  for (const CountryShape& shape : shapes) {
    if (shape.iso2.empty()) continue;
    codes.insert(shape.iso2);
    add(keys, shape.iso2, english_country_name(shape), k_country_english);
    add(keys, shape.iso2, shape.name, k_country_atlas);
    for (const auto& [full, brief] : languages) {
      add(keys, shape.iso2, region_name(full, shape.iso2), k_country_translated);
      add(keys, shape.iso2, region_name(brief, shape.iso2), k_country_translated);
    }
  }
  for (const CountryAlias& alias : aliases) {
    if (codes.count(alias.iso2)) add(keys, alias.iso2, alias.name, k_country_alias);
  }
  return resolve(keys);
}

}  // namespace verify::gazetteer
