#include "verify/claims/outlets.hpp"

#include <unordered_map>

#include "verify/claims/table_data.hpp"
#include "verify/claims/tokens.hpp"

namespace verify::claims {
namespace {

// One CSV record from `pos`; quoted fields may hold commas and doubled quotes.
std::vector<std::string> csv_record(std::string_view csv, std::size_t& pos) {
  std::vector<std::string> fields(1);
  bool quoted = false;
  for (; pos < csv.size(); ++pos) {
    const char c = csv[pos];
    if (quoted) {
      if (c == '"' && pos + 1 < csv.size() && csv[pos + 1] == '"') {
        fields.back() += '"';
        ++pos;
      } else if (c == '"') {
        quoted = false;
      } else {
        fields.back() += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      fields.emplace_back();
    } else if (c == '\n') {
      ++pos;
      break;
    } else if (c != '\r') {
      fields.back() += c;
    }
  }
  return fields;
}

struct Table {
  std::vector<OutletAlias> rows;
  std::unordered_map<std::string, std::size_t> by_key;
};

const Table& table() {
  static const Table t = [] {
    Table out;
    out.rows = parse_outlet_csv(k_outlet_aliases_csv);
    for (std::size_t i = 0; i < out.rows.size(); ++i) out.by_key.emplace(alias_key(out.rows[i].alias), i);
    return out;
  }();
  return t;
}

}  // namespace

std::vector<OutletAlias> parse_outlet_csv(std::string_view csv) {
  std::vector<OutletAlias> rows;
  std::size_t pos = 0;
  csv_record(csv, pos);  // header
  while (pos < csv.size()) {
    auto f = csv_record(csv, pos);
    if (f.size() < 4 || f[0].empty() || f[1].empty()) continue;
    rows.push_back(OutletAlias{f[0], f[1], f[2], f[3]});
  }
  return rows;
}

std::string alias_key(std::string_view phrase) {
  std::string out;
  for (char c : lower_ascii(phrase)) {
    if (c == ' ' || c == '-' || c == '\t' || c == '\n') {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

const std::vector<OutletAlias>& outlet_aliases() { return table().rows; }

const OutletAlias* find_outlet_alias(std::string_view phrase) {
  const auto& t = table();
  auto it = t.by_key.find(alias_key(phrase));
  return it == t.by_key.end() ? nullptr : &t.rows[it->second];
}

std::vector<std::string> aliases_of(std::string_view outlet) {
  std::vector<std::string> out{std::string(outlet)};
  for (const auto& row : outlet_aliases()) {
    if (row.outlet == outlet && row.alias != outlet) out.push_back(row.alias);
  }
  return out;
}

}  // namespace verify::claims
