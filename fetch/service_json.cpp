#include "fetch/service_json.hpp"

#include <nlohmann/json.hpp>

#include <climits>
#include <cmath>

namespace fetch {
namespace {

// The deepest nesting of arrays and objects, strings skipped; linear, no recursion.
int nesting_depth(std::string_view s) {
  int depth = 0, deepest = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      deepest = std::max(deepest, ++depth);
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return deepest;
}

}  // namespace

core::Result<nlohmann::json> parse_service_json(std::string_view body, std::string_view service, const std::string& input) {
  const std::string who(service);
  if (nesting_depth(body) > k_max_json_depth) {
    return core::fail("fetch", input, who + " answered JSON nested deeper than " + std::to_string(k_max_json_depth) + " levels");
  }
  nlohmann::json parsed = nlohmann::json::parse(body.begin(), body.end(), nullptr, false);
  if (parsed.is_discarded()) return core::fail("fetch", input, who + " answered malformed JSON");
  if (!parsed.is_object()) return core::fail("fetch", input, who + " answered JSON of the wrong shape: not an object");
  return parsed;
}

std::string string_at(const nlohmann::json& j, std::string_view key) {
  if (!j.is_object()) return {};
  const auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

long long integer_at(const nlohmann::json& j, std::string_view key, long long fallback) {
  if (!j.is_object()) return fallback;
  const auto it = j.find(key);
  if (it == j.end()) return fallback;
  if (it->is_number_integer()) return it->get<long long>();
  if (it->is_number_unsigned()) return static_cast<long long>(std::min<std::uint64_t>(it->get<std::uint64_t>(), LLONG_MAX));
  if (it->is_number_float()) {
    const double v = it->get<double>();
    return std::isfinite(v) && std::fabs(v) < 9e18 ? static_cast<long long>(v) : fallback;
  }
  return fallback;
}

}  // namespace fetch
