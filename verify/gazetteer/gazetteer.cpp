#include "verify/gazetteer/gazetteer.hpp"

#include <algorithm>
#include <map>
#include <tuple>

#include "verify/gazetteer/gazetteer_impl.hpp"
#include "verify/gazetteer/index_schema.hpp"
#include "verify/gazetteer/name_keys.hpp"
#include "verify/names/normalize.hpp"

namespace verify::gazetteer {
namespace {

// A common skeleton ("brln") may name thousands of places; the best few suffice.
constexpr int k_max_rows_per_key = 2000;
// Skeletons shorter than this (e.g. "f" for Ufa) say too little to match on.
constexpr std::size_t k_min_skeleton = 3;

// Lower sorts first: (match kind, -population, name kind). Population before
// name kind: "Palmyra" is first Tadmur (an alternate name, 51,015 people),
// then the small towns called Palmyra.
using Rank = std::tuple<int, std::int64_t, int>;

// A row of SELECT code, name, country, population FROM regions.
Region region_row(const core::Statement& row) {
  return Region{row.text(0), row.text(1), row.text(2), row.integer(3)};
}

MatchKind match_of(int name_kind, bool by_skeleton) {
  if (by_skeleton) return MatchKind::skeleton;
  return name_kind == k_kind_alias ? MatchKind::alias : MatchKind::exact;
}

// Runs `stmt` (id, name kind, population) for `key` and keeps each id's best rank.
void collect(core::Statement& stmt, const std::string& key, bool by_skeleton, std::map<std::string, Rank>& best) {
  stmt.bind(1, key).bind(2, std::int64_t{k_max_rows_per_key});
  while (stmt.step()) {
    const int kind = static_cast<int>(stmt.integer(1));
    const Rank rank{static_cast<int>(match_of(kind, by_skeleton)), -stmt.integer(2), kind};
    auto [it, added] = best.try_emplace(stmt.text(0), rank);
    if (!added) it->second = std::min(it->second, rank);
  }
  stmt.reset();
}

std::vector<std::pair<std::string, Rank>> ranked(std::map<std::string, Rank> best, std::size_t limit) {
  std::vector<std::pair<std::string, Rank>> out(best.begin(), best.end());
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
  if (out.size() > limit) out.resize(limit);
  return out;
}

std::map<std::string, Rank> lookup(core::Statement& by_folded, core::Statement& by_skeleton, const std::vector<NameKey>& keys) {
  std::map<std::string, Rank> best;
  for (const NameKey& key : keys) collect(by_folded, key.folded, false, best);
  for (const NameKey& key : keys) {
    if (key.skeleton.size() >= k_min_skeleton) collect(by_skeleton, key.skeleton, true, best);
  }
  return best;
}

}  // namespace

// Control characters (a NUL, a tab) never occur in a name someone wrote.
bool usable_query(std::string_view name) {
  if (name.empty() || name.size() > k_max_name_bytes || is_mixed_script(name)) return false;
  return std::none_of(name.begin(), name.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20; });
}

std::string_view to_string(MatchKind kind) {
  switch (kind) {
    case MatchKind::exact: return "exact";
    case MatchKind::alias: return "alias";
    case MatchKind::skeleton: return "skeleton";
  }
  return "exact";
}

PlaceInfo place_from(const core::Statement& row, int c) {
  return {row.integer(c),      row.text(c + 1), row.text(c + 2),     row.real(c + 3),
          row.real(c + 4),     row.text(c + 5), row.text(c + 6),     row.text(c + 7),
          row.text(c + 8),     row.integer(c + 9), row.text(c + 10), row.text(c + 11),
          row.text(c + 12),    row.text(c + 13)};
}

Gazetteer::Impl::Impl(core::Database database)
    : db(std::move(database)),
      by_folded(db.prepare("SELECT n.place_id, n.kind, p.population FROM names n JOIN places p ON p.id = n.place_id "
                           "WHERE n.folded = ? LIMIT ?")),
      by_skeleton(db.prepare("SELECT n.place_id, n.kind, p.population FROM names n JOIN places p ON p.id = n.place_id "
                             "WHERE n.skeleton = ? LIMIT ?")),
      region_by_folded(db.prepare("SELECT code, kind, 0 FROM region_names WHERE folded = ? LIMIT ?")),
      region_by_skeleton(db.prepare("SELECT code, kind, 0 FROM region_names WHERE skeleton = ? LIMIT ?")),
      place(db.prepare(std::string("SELECT ") + k_place_columns + " FROM places p WHERE p.id = ?")),
      region(db.prepare("SELECT code, name, country, population FROM regions WHERE code = ?")),
      districts_by_folded(db.prepare("SELECT d.code, d.name, d.population FROM district_names n"
                                     " JOIN districts d ON d.code = n.code"
                                     " WHERE n.folded = ? ORDER BY d.population DESC LIMIT ?")),
      in_box(db.prepare(std::string("SELECT ") + k_place_columns +
                        " FROM places_rtree r JOIN places p ON p.id = r.id"
                        " WHERE r.min_lat >= ? AND r.max_lat <= ? AND r.min_lon >= ? AND r.max_lon <= ?")),
      countries_at(db.prepare("SELECT c.iso_numeric, c.iso2, c.name, c.rings FROM countries_rtree r"
                              " JOIN countries c ON c.id = r.id"
                              " WHERE r.min_lat <= ?1 AND r.max_lat >= ?1 AND r.min_lon <= ?2 AND r.max_lon >= ?2")),
      // A code may have several shapes (AU: Australia, Ashmore and Cartier Is.):
      // the one whose own name is the English name stands for the country.
      country_by_folded(db.prepare("SELECT c.iso_numeric, c.iso2, c.name FROM country_names n"
                                   " JOIN countries c ON c.iso2 = n.iso2 WHERE n.folded = ?"
                                   " ORDER BY n.kind, c.name = c.name_en DESC, c.id LIMIT 1")),
      country_english(db.prepare("SELECT name_en FROM countries WHERE iso2 = ? ORDER BY id LIMIT 1")),
      demonym(db.prepare("SELECT DISTINCT iso2 FROM demonyms WHERE folded = ? ORDER BY iso2")),
      outlines(db.prepare("SELECT c.rings FROM countries_rtree r JOIN countries c ON c.id = r.id"
                          " WHERE r.max_lat >= ?1 AND r.min_lat <= ?2 AND r.max_lon >= ?3 AND r.min_lon <= ?4")) {}

Gazetteer::Gazetteer(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
Gazetteer::~Gazetteer() = default;
Gazetteer::Gazetteer(Gazetteer&&) noexcept = default;
Gazetteer& Gazetteer::operator=(Gazetteer&&) noexcept = default;

std::filesystem::path Gazetteer::default_path(const core::Config& config) { return config.data_dir / "gazetteer.sqlite"; }

core::Result<Gazetteer> Gazetteer::open(const std::filesystem::path& path) {
  if (!std::filesystem::is_regular_file(path)) {
    return core::fail("gazetteer", path.string(), "gazetteer index missing: run scripts/setup to build it");
  }
  try {
    core::Database db(path, core::Database::Mode::read_only);
    auto version = db.prepare("SELECT value FROM meta WHERE key = 'schema_version'");
    if (!version.step() || version.text(0) != k_schema_version) throw core::SqliteError("built by another version");
    return Gazetteer(std::make_unique<Impl>(std::move(db)));
  } catch (const core::SqliteError& e) {
    return core::fail("gazetteer", path.string(),
                      std::string("gazetteer index unreadable (") + e.what() + "): run scripts/setup to rebuild it");
  }
}

std::vector<Candidate> Gazetteer::find(std::string_view name, std::size_t limit) const {
  std::vector<Candidate> out;
  if (!usable_query(name)) return out;
  const auto keys = name_keys(name);
  for (const auto& [id, rank] : ranked(lookup(m_impl->by_folded, m_impl->by_skeleton, keys), limit)) {
    m_impl->place.bind(1, static_cast<std::int64_t>(std::stoll(id)));
    if (m_impl->place.step()) {
      out.push_back({place_from(m_impl->place, 0), static_cast<MatchKind>(std::get<0>(rank)),
                     std::get<2>(rank) == k_kind_primary});
    }
    m_impl->place.reset();
  }
  return out;
}

std::vector<RegionCandidate> Gazetteer::find_region(std::string_view name, std::size_t limit) const {
  std::vector<RegionCandidate> out;
  if (!usable_query(name)) return out;
  auto keys = name_keys(name);
  for (NameKey& key : name_keys(region_core(names::fold(name)))) {
    if (std::find(keys.begin(), keys.end(), key) == keys.end()) keys.push_back(std::move(key));
  }
  for (const auto& [code, rank] : ranked(lookup(m_impl->region_by_folded, m_impl->region_by_skeleton, keys), limit)) {
    m_impl->region.bind(1, code);
    if (m_impl->region.step()) {
      out.push_back({region_row(m_impl->region), static_cast<MatchKind>(std::get<0>(rank))});
    }
    m_impl->region.reset();
  }
  return out;
}

std::vector<District> Gazetteer::find_district(std::string_view name, std::size_t limit) const {
  std::vector<District> out;
  if (!usable_query(name)) return out;
  auto& stmt = m_impl->districts_by_folded;
  stmt.bind(1, names::fold(name)).bind(2, static_cast<std::int64_t>(limit));
  while (stmt.step()) {
    District d{stmt.text(0), stmt.text(1), "", "", "", stmt.integer(2)};
    // A district's country and admin1 region are the first parts of its code: "GB", "GB.ENG" of "GB.ENG.N5".
    const auto first_dot = d.code.find('.');
    const auto second_dot = first_dot == std::string::npos ? first_dot : d.code.find('.', first_dot + 1);
    d.country = d.code.substr(0, first_dot);
    if (second_dot != std::string::npos) d.admin1_code = d.code.substr(0, second_dot);
    out.push_back(std::move(d));
  }
  stmt.reset();
  for (District& d : out) {
    m_impl->region.bind(1, d.admin1_code);
    if (m_impl->region.step()) d.admin1_name = m_impl->region.text(1);
    m_impl->region.reset();
  }
  return out;
}

std::optional<Region> Gazetteer::region_of(const PlaceInfo& place) const {
  m_impl->region.bind(1, place.admin1_code);
  std::optional<Region> out;
  if (m_impl->region.step()) out = region_row(m_impl->region);
  m_impl->region.reset();
  return out;
}

}  // namespace verify::gazetteer
