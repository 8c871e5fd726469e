#pragma once
// The field helpers the JSON form of the Case is written with
// (core/case_json.cpp, core/media_json.cpp): how an absent value is written
// (null), how it is read back, and the parts several records share
// (times, points, custody, places). Internal to core/.

#include <nlohmann/json.hpp>

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/case.hpp"
#include "core/case_names.hpp"

namespace core::json_fields {

using nlohmann::json;

// Empty strings are written as null: a consumer can tell "absent" at a glance.
json text_or_null(const std::string& s);
std::string text_of(const json& j, const char* key);

json instant_or_null(const std::optional<Instant>& t);
// Throws std::invalid_argument naming the key when the text is no ISO 8601 time.
std::optional<Instant> instant_of(const json& j, const char* key);

json optional_number(const std::optional<double>& v);
std::optional<double> number_of(const json& j, const char* key);

// {"lat", "lon"}, or null.
json location_json(const std::optional<Location>& l);
std::optional<Location> location_of(const json& j, const char* key);

json custody_json(const std::optional<Custody>& c);
std::optional<Custody> custody_of(const json& j, const char* key);

json place_json(const Place& p);
Place place_of(const json& j);

template <class Enum, std::size_t N>
Enum enum_of(const json& j, const char* key, const NameTable<Enum, N>& table) {
  const std::string name = j.at(key).get<std::string>();
  auto value = lookup_value(table, name);
  if (!value) throw std::invalid_argument(std::string(key) + " has an unknown value: " + name);
  return *value;
}

template <class T, class F>
json array_of(const std::vector<T>& items, F&& to) {
  json out = json::array();
  for (const auto& item : items) out.push_back(to(item));
  return out;
}

template <class T, class F>
std::vector<T> vector_of(const json& j, const char* key, F&& from) {
  std::vector<T> out;
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return out;
  for (const auto& item : *it) out.push_back(from(item));
  return out;
}

}  // namespace core::json_fields
