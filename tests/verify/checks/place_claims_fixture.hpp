#pragma once
// Place claims built by hand for the place checks' tests: no gazetteer needed.

#include <optional>
#include <string>

#include "core/case.hpp"

namespace place_fixture {

inline core::Place place(std::string name, double lat, double lon, std::string admin1_code, std::string admin1,
                         std::string country = "SY", std::string country_name = "Syria") {
  return core::Place{std::move(name), core::PlaceType::place, core::Location{lat, lon}, std::move(admin1_code),
                     std::move(admin1), std::move(country), std::move(country_name), "Asia/Damascus", 0,
                     "geonames", "exact"};
}

inline core::Place region(std::string name, std::string admin1_code, std::string country = "SY",
                          std::string country_name = "Syria") {
  core::Place p{name, core::PlaceType::region, std::nullopt, std::move(admin1_code), name, std::move(country),
                std::move(country_name), "", 0, "geonames", "alias"};
  return p;
}

// A second-level division: "Tadmur District" (SY.11.SY1103) in Homs.
inline core::Place district(std::string name, std::string admin2_code, std::string admin1_code = "SY.11") {
  core::Place p{name, core::PlaceType::district, std::nullopt, std::move(admin1_code), "Homs", "SY", "Syria", "", 0,
                "geonames admin2", "exact"};
  p.admin2_code = std::move(admin2_code);
  p.admin2 = std::move(name);
  return p;
}

inline core::Place country(std::string name, std::string code) {
  return core::Place{std::move(name), core::PlaceType::country, std::nullopt, "", "", std::move(code), "", "", 0,
                     "naturalearth", "exact"};
}

inline core::Claim claim(std::string id, std::string text, std::string role, core::Place value) {
  core::Claim k;
  k.id = std::move(id);
  k.kind = core::ClaimKind::place;
  k.text = std::move(text);
  k.span = {10, 10 + k.text.size()};
  k.embed = "e1";
  k.role = std::move(role);
  k.value = std::move(value);
  return k;
}

inline core::Claim duration(std::string id, double value, std::string what) {
  core::Claim k;
  k.id = std::move(id);
  k.kind = core::ClaimKind::count;
  k.text = "in " + std::to_string(static_cast<int>(value)) + " " + what;
  k.span = {80, 80 + k.text.size()};
  k.role = "duration";
  k.value = core::Count{value, std::move(what)};
  return k;
}

// The two ends of the worked example: al-Tanf (curated) and Tadmur.
inline core::Place al_tanf() { return place("al-Tanf", 33.50583, 38.61778, "SY.11", "Homs"); }
inline core::Place tadmur() { return place("Tadmur", 34.5600, 38.2800, "SY.11", "Homs"); }

}  // namespace place_fixture
