#pragma once
// The JSON form of one MediaReport (report.json's media[] item). Internal to core/.

#include <nlohmann/json_fwd.hpp>

#include "core/case.hpp"

namespace core {

nlohmann::json media_json(const MediaReport& m);
MediaReport media_of(const nlohmann::json& j);

}  // namespace core
