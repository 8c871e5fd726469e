#include "verify/gazetteer/index_writer.hpp"

#include <algorithm>
#include <thread>

#include "verify/gazetteer/name_keys.hpp"
#include "verify/names/normalize.hpp"

namespace verify::gazetteer {

std::vector<KeyedName> keyed_names(const std::vector<std::pair<std::string, int>>& names) {
  std::vector<KeyedName> out;
  for (const auto& [name, kind] : names) {
    for (NameKey& key : name_keys(name)) {
      auto same = std::find_if(out.begin(), out.end(), [&](const KeyedName& k) { return k.key == key; });
      if (same == out.end()) {
        out.push_back({std::move(key), kind});
      } else {
        same->kind = std::min(same->kind, kind);
      }
    }
  }
  return out;
}

std::vector<std::vector<KeyedName>> keyed_names_parallel(const std::vector<PlaceRecord>& places, unsigned threads) {
  std::vector<std::vector<KeyedName>> out(places.size());
  threads = std::max(1u, threads);
  std::vector<std::jthread> workers;
  for (unsigned t = 0; t < threads; ++t) {
    // Interleaved, so long and short name lists spread evenly.
    workers.emplace_back([&, t] {
      for (std::size_t i = t; i < places.size(); i += threads) out[i] = keyed_names(places[i].names);
    });
  }
  workers.clear();  // joins
  return out;
}

IndexWriter::IndexWriter(core::Database& db)
    : m_place(db.prepare("INSERT INTO places VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?)")),
      m_place_box(db.prepare("INSERT INTO places_rtree VALUES(?,?,?,?,?)")),
      m_name(db.prepare("INSERT INTO names VALUES(?,?,?,?)")),
      m_region(db.prepare("INSERT OR REPLACE INTO regions VALUES(?,?,?,?)")),
      m_region_name(db.prepare("INSERT INTO region_names VALUES(?,?,?,?)")),
      m_district(db.prepare("INSERT OR REPLACE INTO districts VALUES(?,?,?)")),
      m_district_name(db.prepare("INSERT INTO district_names VALUES(?,?)")),
      m_country(db.prepare("INSERT INTO countries VALUES(?,?,?,?,?,?)")),
      m_country_box(db.prepare("INSERT INTO countries_rtree VALUES(?,?,?,?,?)")),
      m_country_name(db.prepare("INSERT INTO country_names VALUES(?,?,?)")),
      m_meta(db.prepare("INSERT OR REPLACE INTO meta VALUES(?,?)")),
      m_demonym(db.prepare("INSERT INTO demonyms VALUES(?,?)")) {}

std::size_t IndexWriter::add_place(const PlaceRecord& p, const std::vector<KeyedName>& keys) {
  m_place.bind(1, p.id).bind(2, p.name).bind(3, p.ascii_name).bind(4, p.lat).bind(5, p.lon);
  m_place.bind(6, p.feature_code).bind(7, p.country).bind(8, p.admin1_code).bind(9, p.admin1_name);
  m_place.bind(10, p.population).bind(11, p.timezone).bind(12, p.source).bind(13, p.admin2_code);
  m_place.bind(14, p.admin2_name).run();
  m_place_box.bind(1, p.id).bind(2, p.lat).bind(3, p.lat).bind(4, p.lon).bind(5, p.lon).run();
  for (const KeyedName& k : keys) {
    m_name.bind(1, p.id).bind(2, k.key.folded).bind(3, k.key.skeleton).bind(4, std::int64_t{k.kind}).run();
  }
  return keys.size();
}

void IndexWriter::add_region(const std::string& code, const std::string& name, std::int64_t population,
                             const std::vector<KeyedName>& keys) {
  const std::string country = code.substr(0, code.find('.'));
  m_region.bind(1, code).bind(2, name).bind(3, country).bind(4, population).run();
  for (const KeyedName& k : keys) {
    m_region_name.bind(1, code).bind(2, k.key.folded).bind(3, k.key.skeleton).bind(4, std::int64_t{k.kind}).run();
  }
}

void IndexWriter::add_district(const std::string& code, const std::string& name, std::int64_t population) {
  m_district.bind(1, code).bind(2, name).bind(3, population).run();
  const std::string folded = names::fold(name);
  m_district_name.bind(1, code).bind(2, folded).run();
  if (auto core = district_core(folded); !core.empty()) m_district_name.bind(1, code).bind(2, core).run();
}

void IndexWriter::add_country(std::int64_t id, const CountryShape& shape, const std::string& name_en) {
  const Bounds b = bounds_of(shape.rings);
  m_country.bind(1, id).bind(2, shape.iso_numeric).bind(3, shape.iso2).bind(4, shape.name).bind(5, name_en);
  m_country.bind_blob(6, encode_rings(shape.rings)).run();
  m_country_box.bind(1, id).bind(2, b.min_lat).bind(3, b.max_lat).bind(4, b.min_lon).bind(5, b.max_lon).run();
}

void IndexWriter::add_demonym(const std::string& name, const std::string& iso2) {
  m_demonym.bind(1, names::fold(name)).bind(2, iso2).run();
}

void IndexWriter::add_country_name(const std::string& iso2, const std::string& folded, int kind) {
  m_country_name.bind(1, iso2).bind(2, folded).bind(3, std::int64_t{kind}).run();
}

void IndexWriter::set_meta(const std::string& key, const std::string& value) {
  m_meta.bind(1, key).bind(2, value).run();
}

}  // namespace verify::gazetteer
