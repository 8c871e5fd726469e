#include "cli/report_output.hpp"

#include <fmt/format.h>

#include "cli/messages.hpp"
#include "cli/tool_info.hpp"
#include "reports/markdown_report.hpp"
#include "reports/write_reports.hpp"

namespace cli {

bool write_and_tell(const core::Case& c, const std::filesystem::path& out, bool quiet) {
  auto written = reports::write_reports(c, tool_info(), out);
  for (const auto& error : c.errors) print_error(error);
  if (!written) {
    print_error(written.error());
    return false;
  }
  if (!quiet) {
    for (const auto& line : reports::summary_lines(c)) fmt::print("{}\n", line);
    for (const auto& path : *written) fmt::print("wrote {}\n", path.string());
  }
  return true;
}

}  // namespace cli
