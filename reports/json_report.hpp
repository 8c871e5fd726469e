#pragma once
// report.json: the Case as the machine-readable record, with schema_version and
// the tool that made it. Described by reports/schema/report.schema.json.

#include <map>
#include <string>

#include "core/case.hpp"

namespace reports {

inline constexpr int k_schema_version = 1;

struct ToolInfo {
  std::string name = "embedcheck";
  std::string version;
  std::map<std::string, std::string> libraries;  // name → version, for repeatability
};

std::string render_json_report(const core::Case& c, const ToolInfo& tool);

}  // namespace reports
