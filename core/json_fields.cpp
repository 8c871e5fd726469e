#include "core/json_fields.hpp"

namespace core::json_fields {

json text_or_null(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

std::string text_of(const json& j, const char* key) {
  auto it = j.find(key);
  return (it == j.end() || it->is_null()) ? std::string() : it->get<std::string>();
}

json instant_or_null(const std::optional<Instant>& t) {
  return t ? json(format_iso8601(*t)) : json(nullptr);
}

std::optional<Instant> instant_of(const json& j, const char* key) {
  const std::string text = text_of(j, key);
  if (text.empty()) return std::nullopt;
  auto parsed = parse_iso8601(text);
  if (!parsed) throw std::invalid_argument(std::string(key) + " is not an ISO 8601 time: " + text);
  return parsed;
}

json optional_number(const std::optional<double>& v) { return v ? json(*v) : json(nullptr); }

std::optional<double> number_of(const json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return std::nullopt;
  return it->get<double>();
}

json location_json(const std::optional<Location>& l) {
  return l ? json{{"lat", l->lat}, {"lon", l->lon}} : json(nullptr);
}

std::optional<Location> location_of(const json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return std::nullopt;
  return Location{it->at("lat").get<double>(), it->at("lon").get<double>()};
}

json custody_json(const std::optional<Custody>& c) {
  if (!c) return nullptr;
  return {{"url", c->url}, {"final_url", text_or_null(c->final_url)}, {"fetched_at", instant_or_null(c->fetched_at)},
          {"status", c->status}, {"sha256", text_or_null(c->sha256)}, {"size", c->size}, {"via", text_or_null(c->via)}};
}

std::optional<Custody> custody_of(const json& j, const char* key) {
  if (!j.contains(key) || j[key].is_null()) return std::nullopt;
  const json& c = j[key];
  return Custody{text_of(c, "url"),         text_of(c, "final_url"), instant_of(c, "fetched_at"),
                 c.value("status", 0L),     text_of(c, "sha256"),    c.value("size", std::uint64_t{0}),
                 text_of(c, "via")};
}

json place_json(const Place& p) {
  json out{{"name", p.name}, {"type", name_of(p.type)}, {"point", location_json(p.point)},
           {"admin1_code", text_or_null(p.admin1_code)}, {"admin1", text_or_null(p.admin1)},
           {"country", text_or_null(p.country)}, {"country_name", text_or_null(p.country_name)},
           {"timezone", text_or_null(p.timezone)}, {"population", p.population},
           {"source", text_or_null(p.source)}, {"match", text_or_null(p.match)}};
  // Written only when known: reports from gazetteers without districts stay as they were.
  if (!p.admin2_code.empty()) out["admin2_code"] = p.admin2_code;
  if (!p.admin2.empty()) out["admin2"] = p.admin2;
  if (!p.countries.empty()) out["countries"] = p.countries;
  return out;
}

Place place_of(const json& j) {
  Place p;
  p.name = text_of(j, "name");
  p.type = enum_of(j, "type", k_place_type_names);
  p.point = location_of(j, "point");
  p.admin1_code = text_of(j, "admin1_code");
  p.admin1 = text_of(j, "admin1");
  p.country = text_of(j, "country");
  p.country_name = text_of(j, "country_name");
  p.timezone = text_of(j, "timezone");
  p.population = j.value("population", std::int64_t{0});
  p.source = text_of(j, "source");
  p.match = text_of(j, "match");
  p.admin2_code = text_of(j, "admin2_code");
  p.admin2 = text_of(j, "admin2");
  if (j.contains("countries") && j["countries"].is_array()) {
    for (const auto& code : j["countries"]) {
      if (code.is_string()) p.countries.push_back(code.get<std::string>());
    }
  }
  return p;
}

}  // namespace core::json_fields
