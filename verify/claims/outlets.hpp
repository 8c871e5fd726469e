#pragma once
// The outlet alias table, data/outlet_aliases.csv (outlet,alias,lang,source;
// every row cites where the alias comes from). It is compiled into the
// binary at build time (verify/CMakeLists.txt), so embedcheck finds it from
// any folder. Thread-safe: parsed once on first use.
//
//   find_outlet_alias("al-masdar news")->outlet == "al-Masdar News"
//   find_outlet_alias("شام اف ام")->outlet      == "Sham FM"

#include <string>
#include <string_view>
#include <vector>

namespace verify::claims {

struct OutletAlias {
  std::string outlet;
  std::string alias;
  std::string lang;
  std::string source;
};

const std::vector<OutletAlias>& outlet_aliases();

// The row whose alias matches `phrase` (ASCII case, hyphens and spaces folded), or nullptr.
const OutletAlias* find_outlet_alias(std::string_view phrase);

// Every alias of `outlet` (the outlet's own name first); just the name when unknown.
std::vector<std::string> aliases_of(std::string_view outlet);

// The key aliases are looked up by: ASCII lower case, runs of spaces and hyphens as one space.
std::string alias_key(std::string_view phrase);

// Parses the CSV text (header line first); rows with fewer than four fields are skipped.
std::vector<OutletAlias> parse_outlet_csv(std::string_view csv);

}  // namespace verify::claims
