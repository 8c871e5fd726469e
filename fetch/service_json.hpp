#pragma once
// JSON from a service, read defensively: a body that is not JSON, nests
// deeper than any real answer, or is not an object is an Error naming the
// service and the reason, never an exception or a deep recursion.

#include <nlohmann/json_fwd.hpp>

#include <string>
#include <string_view>

#include "core/result.hpp"

namespace fetch {

// Real post JSON nests about 8 deep; this leaves room without inviting stack games.
inline constexpr int k_max_json_depth = 64;

core::Result<nlohmann::json> parse_service_json(std::string_view body, std::string_view service, const std::string& input);

// Readers that never throw: the value at `key` if it has the wanted type, else a default.
std::string string_at(const nlohmann::json& j, std::string_view key);
long long integer_at(const nlohmann::json& j, std::string_view key, long long fallback = 0);

}  // namespace fetch
