#pragma once
#include "reports/json_report.hpp"

namespace cli {

// The tool's name, version and the versions of the libraries it runs with.
reports::ToolInfo tool_info();

}  // namespace cli
