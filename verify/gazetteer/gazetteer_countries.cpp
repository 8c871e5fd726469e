// Gazetteer lookups of countries by name and by ISO 3166 alpha-2 code. The
// keys were computed at build time (country_names.hpp); a lookup folds the
// query the same way and reads one indexed row.
#include <cctype>

#include "verify/gazetteer/gazetteer.hpp"
#include "verify/gazetteer/gazetteer_impl.hpp"
#include "verify/gazetteer/name_keys.hpp"
#include "verify/names/normalize.hpp"

namespace verify::gazetteer {

std::optional<Country> Gazetteer::find_country(std::string_view name) const {
  if (!usable_query(name)) return std::nullopt;
  const std::string key = country_key(name);
  if (key.empty()) return std::nullopt;
  auto& stmt = m_impl->country_by_folded;
  stmt.bind(1, key);
  std::optional<Country> found;
  if (stmt.step()) found = Country{stmt.text(0), stmt.text(1), stmt.text(2)};
  stmt.reset();
  return found;
}

std::vector<std::string> Gazetteer::find_demonym(std::string_view name) const {
  std::vector<std::string> out;
  if (!usable_query(name)) return out;
  auto& stmt = m_impl->demonym;
  stmt.bind(1, names::fold(name));
  while (stmt.step()) out.push_back(stmt.text(0));
  stmt.reset();
  return out;
}

std::string Gazetteer::country_name(std::string_view iso2) const {
  // Shapes without a code are stored with iso2 "": only a real code may match.
  if (iso2.size() != 2 || !std::isalpha(static_cast<unsigned char>(iso2[0])) ||
      !std::isalpha(static_cast<unsigned char>(iso2[1]))) {
    return {};
  }
  std::string code(iso2);
  for (char& c : code) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  auto& stmt = m_impl->country_english;
  stmt.bind(1, code);
  std::string name = stmt.step() ? stmt.text(0) : std::string();
  stmt.reset();
  return name;
}

}  // namespace verify::gazetteer
