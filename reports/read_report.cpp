#include "reports/read_report.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "core/case_json.hpp"

namespace reports {

core::Result<SavedReport> read_report_json(std::string_view text, const std::string& source) {
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    return core::fail("report", source, fmt::format("not a report.json: not valid JSON (byte {})", e.byte));
  } catch (const nlohmann::json::exception& e) {  // a number out of range, …
    return core::fail("report", source, std::string("not a report.json: ") + e.what());
  }
  if (!j.is_object() || !j.contains("schema_version") || !j.contains("article")) {
    return core::fail("report", source, "not a report.json: no schema_version and article");
  }
  if (!j["schema_version"].is_number_integer()) return core::fail("report", source, "schema_version is not a number");
  SavedReport out;
  out.schema_version = j["schema_version"].get<int>();
  if (out.schema_version != k_schema_version) {
    return core::fail("report", source,
                      fmt::format("report.json has schema_version {}; this embedcheck reads version {} (render it "
                                  "with the embedcheck that wrote it)",
                                  out.schema_version, k_schema_version));
  }
  core::Result<core::Case> c = core::fail("report", source, "unread");
  try {
    c = core::case_from_json(j);
  } catch (const std::exception& e) {
    return core::fail("report", source, std::string("not a report.json this version can read: ") + e.what());
  }
  if (!c) return core::fail("report", source, "not a report.json this version can read: " + c.error().message);
  out.c = std::move(*c);
  if (const auto tool = j.find("tool"); tool != j.end() && tool->is_object()) {
    if (const auto name = tool->find("name"); name != tool->end() && name->is_string()) out.tool.name = *name;
    if (const auto version = tool->find("version"); version != tool->end() && version->is_string()) {
      out.tool.version = *version;
    }
    if (const auto libs = tool->find("libraries"); libs != tool->end() && libs->is_object()) {
      for (const auto& [name, version] : libs->items()) {
        if (version.is_string()) out.tool.libraries[name] = version.get<std::string>();
      }
    }
  }
  return out;
}

}  // namespace reports
