#include "reports/json_report.hpp"

#include <nlohmann/json.hpp>

#include "core/case_json.hpp"

namespace reports {

std::string render_json_report(const core::Case& c, const ToolInfo& tool) {
  nlohmann::ordered_json out;
  out["schema_version"] = k_schema_version;
  out["tool"] = {{"name", tool.name}, {"version", tool.version}, {"libraries", tool.libraries}};
  const nlohmann::json body = core::case_to_json(c);
  // In the order of the pipeline, as the schema lists them.
  for (const char* key : {"article", "embeds", "posts", "media", "claims", "checks", "errors"}) out[key] = body.at(key);
  // Replace, never throw, on text that is not UTF-8: the report must be written.
  return out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace reports
