#include "cli/report_command.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <map>
#include <memory>

#include "cli/exit_codes.hpp"
#include "cli/messages.hpp"
#include "core/file_io.hpp"
#include "reports/read_report.hpp"
#include "cli/report_output.hpp"
#include "core/config.hpp"
#include "reports/write_reports.hpp"
#include "verify/gazetteer/gazetteer.hpp"

namespace cli {
namespace {

// A report.json larger than this is not one this tool wrote for one article.
constexpr std::size_t k_max_report_bytes = 512u << 20;

struct ReportOptions {
  std::string input;
  std::string format = "all";
  std::string out;
  bool quiet = false;
};

int run(const ReportOptions& o) {
  const std::filesystem::path input(o.input);
  std::error_code ec;
  if (!std::filesystem::is_regular_file(input, ec)) {  // a FIFO or a device would block or never end
    print_error(core::Error{"report", input.string(),
                            std::filesystem::exists(input, ec) ? "not a regular file" : "cannot open: no such file"});
    return k_exit_input_unreadable;
  }
  auto text = core::read_file_limited(input, k_max_report_bytes, "a report.json this large was not written by embedcheck");
  if (!text) {
    core::Error error = text.error();
    error.stage = "report";
    print_error(error);
    return k_exit_input_unreadable;
  }
  auto saved = reports::read_report_json(*text, input.string());
  if (!saved) {
    print_error(saved.error());
    return k_exit_input_unreadable;
  }
  static const std::map<std::string, reports::Format> formats{
      {"html", reports::Format::html},
      {"md", reports::Format::markdown},
      {"claimreview", reports::Format::claimreview},
      {"all", reports::Format::all}};
  const std::filesystem::path report_dir = input.has_parent_path() ? input.parent_path() : std::filesystem::path(".");
  const std::filesystem::path out = o.out.empty() ? report_dir : std::filesystem::path(o.out);
  // The map's outlines come from the gazetteer when it is installed; without it the map has points only.
  auto config = core::load_config(std::nullopt, core::process_environment());
  std::optional<verify::gazetteer::Gazetteer> gazetteer;
  if (config) {
    if (auto opened = verify::gazetteer::Gazetteer::open(verify::gazetteer::Gazetteer::default_path(*config))) {
      gazetteer = std::move(*opened);
    }
  }
  auto written = reports::write_rendered(*saved, formats.at(o.format), report_dir, out,
                                         outlines_from(gazetteer ? &*gazetteer : nullptr));
  if (!written) {
    print_error(written.error());
    return k_exit_usage;
  }
  if (!o.quiet) {
    for (const auto& path : *written) fmt::print("wrote {}\n", path.string());
  }
  return k_exit_ran;
}

}  // namespace

void add_report_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<ReportOptions>();
  CLI::App* cmd = app.add_subcommand("report", "Render a saved report.json again as report.html, report.md and claimreview.jsonld");
  cmd->add_option("REPORT", options->input, "A report.json written by embedcheck verify or media")->required();
  cmd->add_option("--format", options->format, "html, md, claimreview or all (default all)")
      ->check(CLI::IsMember({"html", "md", "claimreview", "all"}));
  cmd->add_option("--out", options->out, "Folder to write into (default: the folder of REPORT)");
  cmd->add_flag("-q,--quiet", options->quiet, "Print only problems");
  cmd->callback([options, &exit_code] { exit_code = run(*options); });
}

}  // namespace cli
