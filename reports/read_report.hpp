#pragma once
// report.json read back: the Case and the tool that made it, for rendering
// the other formats (write_reports, `embedcheck report`). Every other format
// is rendered from this, never from the stages' memory, so a saved report
// renders the same later.

#include <string_view>

#include "core/case.hpp"
#include "core/result.hpp"
#include "reports/json_report.hpp"

namespace reports {

struct SavedReport {
  core::Case c;
  ToolInfo tool;
  int schema_version = 0;
};

// Fails with a one-line Error (stage "report", input `source`) when the text
// is not JSON, not a report, or of a schema version this build does not read.
core::Result<SavedReport> read_report_json(std::string_view text, const std::string& source);

}  // namespace reports
