#include "reports/write_reports.hpp"

#include <system_error>

#include "core/file_io.hpp"
#include "reports/claimreview.hpp"
#include "reports/html_report.hpp"
#include "reports/markdown_report.hpp"
#include "reports/read_report.hpp"

namespace reports {
namespace {

core::Result<std::vector<std::filesystem::path>> write_all(
    const std::vector<std::pair<std::filesystem::path, std::string>>& files) {
  std::vector<std::filesystem::path> written;
  for (const auto& [path, content] : files) {
    if (auto r = core::write_file_atomic(path, content); !r) return tl::unexpected(r.error());
    written.push_back(path);
  }
  return written;
}

core::Result<void> made(const std::filesystem::path& out_dir) {
  std::error_code ec;
  std::filesystem::create_directories(out_dir, ec);
  if (ec) return core::fail("report", out_dir.string(), "cannot create the output folder: " + ec.message());
  return {};
}

}  // namespace

core::Result<std::vector<std::filesystem::path>> write_reports(const core::Case& c, const ToolInfo& tool,
                                                               const std::filesystem::path& out_dir,
                                                               const Outlines& outlines) {
  if (auto ok = made(out_dir); !ok) return tl::unexpected(ok.error());
  const std::string json = render_json_report(c, tool);
  // The other formats from report.json as written: what a later `embedcheck report` renders too.
  auto saved = read_report_json(json, (out_dir / "report.json").string());
  if (!saved) return tl::unexpected(saved.error());
  return write_all({
      {out_dir / "report.json", json},
      {out_dir / "report.md", render_markdown_report(saved->c)},
      {out_dir / "report.html", render_html_report(saved->c, saved->tool, out_dir, outlines)},
      {out_dir / "claimreview.jsonld", render_claimreview(saved->c)},
  });
}

core::Result<std::vector<std::filesystem::path>> write_rendered(const SavedReport& saved, Format format,
                                                                const std::filesystem::path& report_dir,
                                                                const std::filesystem::path& out_dir,
                                                                const Outlines& outlines) {
  if (auto ok = made(out_dir); !ok) return tl::unexpected(ok.error());
  std::vector<std::pair<std::filesystem::path, std::string>> files;
  const bool all = format == Format::all;
  if (all || format == Format::html) {
    files.emplace_back(out_dir / "report.html", render_html_report(saved.c, saved.tool, report_dir, outlines));
  }
  if (all || format == Format::markdown) files.emplace_back(out_dir / "report.md", render_markdown_report(saved.c));
  if (all || format == Format::claimreview) files.emplace_back(out_dir / "claimreview.jsonld", render_claimreview(saved.c));
  return write_all(files);
}

}  // namespace reports
