#include "cli/report_output.hpp"

#include <fmt/format.h>

#include "cli/messages.hpp"
#include "cli/tool_info.hpp"
#include "reports/markdown_report.hpp"
#include "reports/write_reports.hpp"
#include "verify/gazetteer/gazetteer.hpp"

namespace cli {

reports::Outlines outlines_from(const verify::gazetteer::Gazetteer* gazetteer) {
  if (gazetteer == nullptr) return {};
  return [gazetteer](double min_lat, double max_lat, double min_lon, double max_lon) {
    return gazetteer->outlines_in(min_lat, max_lat, min_lon, max_lon);
  };
}

bool write_and_tell(const core::Case& c, const std::filesystem::path& out, bool quiet,
                    const verify::gazetteer::Gazetteer* gazetteer) {
  auto written = reports::write_reports(c, tool_info(), out, outlines_from(gazetteer));
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
