#include "verify/gazetteer/build_index.hpp"

#include <map>
#include <fmt/format.h>

#include <chrono>
#include <fstream>
#include <unistd.h>

#include "verify/gazetteer/index_schema.hpp"
#include "core/sqlite.hpp"

namespace verify::gazetteer {
namespace {

constexpr std::uint64_t k_fnv_offset = 14695981039346656037ull;
constexpr std::uint64_t k_fnv_prime = 1099511628211ull;

std::uint64_t fnv1a(std::uint64_t hash, const char* data, std::size_t size) {
  for (std::size_t i = 0; i < size; ++i) {
    hash ^= static_cast<unsigned char>(data[i]);
    hash *= k_fnv_prime;
  }
  return hash;
}

// The checksum the index at `path` was built from, or "" when it has none.
std::string stored_checksum(const std::filesystem::path& path) {
  try {
    if (!std::filesystem::exists(path)) return {};
    core::Database db(path, core::Database::Mode::read_only);
    auto stmt = db.prepare("SELECT value FROM meta WHERE key = 'checksum'");
    return stmt.step() ? stmt.text(0) : std::string();
  } catch (const core::SqliteError&) {
    return {};
  }
}

std::size_t write_sources(core::Database& db, const Sources& sources, const BuildOptions& options) {
  IndexWriter writer(db);
  const auto keys = keyed_names_parallel(sources.places, options.threads);
  std::size_t names = 0;
  for (std::size_t i = 0; i < sources.places.size(); ++i) names += writer.add_place(sources.places[i], keys[i]);
  std::map<std::string, std::int64_t> region_population;
  for (const PlaceRecord& p : sources.places) region_population[p.admin1_code] += p.population;
  for (const RegionRecord& r : sources.regions) {
    writer.add_region(r.code, r.name, region_population[r.code], keyed_names(r.names));
  }
  for (const DistrictRecord& d : sources.districts) writer.add_district(d.code, d.name, d.population);
  for (std::size_t i = 0; i < sources.countries.size(); ++i) {
    writer.add_country(static_cast<std::int64_t>(i + 1), sources.countries[i],
                       english_country_name(sources.countries[i]));
  }
  for (const CountryNameRow& row : sources.country_names.rows) writer.add_country_name(row.iso2, row.folded, row.kind);
  for (const auto& [name, iso2] : sources.demonyms) writer.add_demonym(name, iso2);
  return names;
}

void write_index(const std::filesystem::path& temp, const Sources& sources, BuildStats& stats,
                 const BuildOptions& options) {
  core::Database db(temp, core::Database::Mode::create);
  // A crash mid-build leaves only the temporary file, which the next build replaces.
  db.exec("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA page_size=4096;");
  db.exec("BEGIN");
  db.exec(k_schema_sql);
  stats.names = write_sources(db, sources, options);
  IndexWriter(db).set_meta("checksum", stats.checksum);
  IndexWriter(db).set_meta("schema_version", std::string(k_schema_version));
  db.exec(k_index_sql);
  db.exec("COMMIT");
  db.exec("ANALYZE");
}

}  // namespace

core::Result<std::string> inputs_checksum(const BuildInputs& inputs) {
  std::uint64_t hash = fnv1a(k_fnv_offset, k_schema_version.data(), k_schema_version.size());
  for (const auto& path :
       {inputs.cities, inputs.admin1, inputs.countries, inputs.aliases, inputs.country_aliases, inputs.admin2,
        inputs.demonyms}) {
    if (path.empty()) continue;  // admin2 and demonyms are optional: an index without them
    std::ifstream in(path, std::ios::binary);
    if (!in) return core::fail("gazetteer", path.string(), "missing or unreadable input (run scripts/setup)");
    std::vector<char> buffer(1 << 16);
    while (in.read(buffer.data(), static_cast<std::streamsize>(buffer.size())) || in.gcount() > 0) {
      hash = fnv1a(hash, buffer.data(), static_cast<std::size_t>(in.gcount()));
    }
  }
  return fmt::format("fnv1a64:{:016x}", hash);
}

core::Result<BuildStats> build_index(const BuildInputs& inputs, const std::filesystem::path& out,
                                     const BuildOptions& options) {
  const auto started = std::chrono::steady_clock::now();
  BuildStats stats;
  auto checksum = inputs_checksum(inputs);
  if (!checksum) return tl::unexpected(checksum.error());
  stats.checksum = *checksum;
  if (!options.force && stored_checksum(out) == stats.checksum) return stats;

  auto sources = load_sources(inputs);
  if (!sources) return tl::unexpected(sources.error());
  stats.places = sources->places.size();
  stats.regions = sources->regions.size();
  stats.countries = sources->countries.size();
  stats.country_names = sources->country_names.rows.size();
  stats.ambiguous_country_names = sources->country_names.ambiguous.size();

  std::error_code ec;
  if (out.has_parent_path()) std::filesystem::create_directories(out.parent_path(), ec);
  const auto temp = std::filesystem::path(out.string() + ".tmp-" + std::to_string(::getpid()));
  std::filesystem::remove(temp, ec);
  try {
    write_index(temp, *sources, stats, options);
  } catch (const std::exception& e) {  // SQLite, ICU or memory: nothing is left behind
    std::filesystem::remove(temp, ec);
    return core::fail("gazetteer", out.string(), std::string("cannot write the index: ") + e.what());
  }
  std::filesystem::rename(temp, out, ec);
  if (ec) {
    const std::string reason = ec.message();
    std::filesystem::remove(temp, ec);
    return core::fail("gazetteer", out.string(), "cannot move the index into place: " + reason);
  }
  stats.rebuilt = true;
  stats.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return stats;
}

}  // namespace verify::gazetteer
