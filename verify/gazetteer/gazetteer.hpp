#pragma once
// Looking up places, admin1 regions and countries in the prebuilt index
// (see build_index.hpp; scripts/setup builds it into the data folder).
//
//   auto gaz = Gazetteer::open(Gazetteer::default_path(config));
//   if (!gaz) … gaz.error().message says to run scripts/setup …
//   gaz->find("Tadmour")              → Tadmur (SY, Homs), by skeleton
//   gaz->find("التنف")                → al-Tanf, from data/place_aliases.csv
//   gaz->find_region("Homs province") → SY.11 Homs
//   gaz->find_district("Suffolk")     → GB.ENG.N5 Suffolk (England)
//   gaz->nearest(34.56, 38.28)        → Tadmur, 0.2 km
//   gaz->country_at(34.56, 38.28)     → Syria (760, SY)
//   gaz->find_country("the U.S.")     → United States of America (840, US)
//   gaz->country_name("SY")           → "Syria"
//
// Names are matched by their folded form (case, diacritics, punctuation), by
// their consonant skeleton (any script), with and without an Arabic article,
// and for regions without designators ("Governorate", "Oblast", "محافظة"…).
// Country names match only exactly, on country_key (name_keys.hpp).
// Queries that are empty, longer than k_max_name_bytes or mix scripts in one
// name find nothing. Every query is an indexed lookup.
//
// open() checks that the file is an index of this version; an index damaged
// after that makes a query throw core::SqliteError (a std::runtime_error).
// Movable, not copyable. Not thread-safe: open one Gazetteer per thread.

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/config.hpp"
#include "core/result.hpp"
#include "verify/gazetteer/place.hpp"

namespace verify::gazetteer {

// How a name matched, best first.
enum class MatchKind { exact, alias, skeleton };
std::string_view to_string(MatchKind kind);

struct Candidate {
  PlaceInfo place;
  MatchKind match = MatchKind::exact;
  bool primary_name = false;  // matched the place's own name, not an alternate
};

struct Region {
  std::string code;     // "SY.11"
  std::string name;     // "Homs"
  std::string country;  // "SY"
  std::int64_t population = 0;  // the sum of its places in the gazetteer
};

// A second-level division that holds at least one place of the gazetteer.
struct District {
  std::string code;         // "GB.ENG.N5"
  std::string name;         // "Suffolk"
  std::string country;      // "GB"
  std::string admin1_code;  // "GB.ENG"
  std::string admin1_name;  // "England"
  std::int64_t population = 0;  // the sum of its places
};

struct RegionCandidate {
  Region region;
  MatchKind match = MatchKind::exact;
};

struct Nearby {
  PlaceInfo place;
  double km = 0;  // great-circle distance on a sphere; for ranking, not for reports
};

struct Country {
  std::string iso_numeric;  // "760"
  std::string iso2;         // "SY"; empty when ICU knows no code
  std::string name;         // "Syria"
};

class Gazetteer {
public:
  // Opens the index read-only. Missing or unreadable → an Error (stage
  // "gazetteer") naming the file and saying to run scripts/setup.
  static core::Result<Gazetteer> open(const std::filesystem::path& path);
  static std::filesystem::path default_path(const core::Config& config);

  ~Gazetteer();
  Gazetteer(Gazetteer&&) noexcept;
  Gazetteer& operator=(Gazetteer&&) noexcept;

  // Places the name may denote, best match first, then by population.
  std::vector<Candidate> find(std::string_view name, std::size_t limit = 20) const;
  // Admin1 regions the name may denote, best match first.
  std::vector<RegionCandidate> find_region(std::string_view name, std::size_t limit = 10) const;
  // Districts (counties, districts, raions) of exactly this name (case and
  // accents folded; "Monroe County" as written), most populous first.
  std::vector<District> find_district(std::string_view name, std::size_t limit = 20) const;
  // The country a name denotes, in English or another major language or a
  // common short form ("Syria", "سوريا", "U.S.", "the United Kingdom"), or none.
  std::optional<Country> find_country(std::string_view name) const;
  // The countries whose people the word names ("Turkish" → TR; "Congolese"
  // → CG and CD), by ISO 3166 alpha-2 code; empty when it names none.
  std::vector<std::string> find_demonym(std::string_view name) const;
  // The country's English name for an ISO 3166 alpha-2 code ("SY" → "Syria"), or "".
  std::string country_name(std::string_view iso2) const;
  std::optional<Nearby> nearest(double lat, double lon) const;
  std::optional<Country> country_at(double lat, double lon) const;
  // The outlines (lon, lat rings) of every country whose bounds meet the box: for drawing maps.
  std::vector<std::vector<std::pair<double, double>>> outlines_in(double min_lat, double max_lat, double min_lon,
                                                                  double max_lon) const;
  std::optional<Region> region_of(const PlaceInfo& place) const;

private:
  struct Impl;
  explicit Gazetteer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> m_impl;
};

}  // namespace verify::gazetteer
