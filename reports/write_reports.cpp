#include "reports/write_reports.hpp"

#include <system_error>

#include "core/file_io.hpp"
#include "reports/markdown_report.hpp"

namespace reports {

core::Result<std::vector<std::filesystem::path>> write_reports(const core::Case& c, const ToolInfo& tool,
                                                               const std::filesystem::path& out_dir) {
  std::error_code ec;
  std::filesystem::create_directories(out_dir, ec);
  if (ec) return core::fail("report", out_dir.string(), "cannot create the output folder: " + ec.message());
  const std::vector<std::pair<std::filesystem::path, std::string>> files = {
      {out_dir / "report.json", render_json_report(c, tool)},
      {out_dir / "report.md", render_markdown_report(c)},
  };
  std::vector<std::filesystem::path> written;
  for (const auto& [path, content] : files) {
    if (auto r = core::write_file_atomic(path, content); !r) return tl::unexpected(r.error());
    written.push_back(path);
  }
  return written;
}

}  // namespace reports
