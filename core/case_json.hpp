#pragma once
// JSON form of the Case, as report.json carries it (see reports/schema/).
// Reading is strict about types and lenient about missing optional fields.

#include <nlohmann/json_fwd.hpp>

#include "core/case.hpp"
#include "core/result.hpp"

namespace core {

nlohmann::json case_to_json(const Case& c);
Result<Case> case_from_json(const nlohmann::json& j);
// One post as report.json's posts[] holds it (what `embedcheck post` prints).
nlohmann::json post_to_json(const Post& p);

}  // namespace core
