#pragma once
// `embedcheck report REPORT.json [--format html|md|claimreview|all] [--out DIR]`:
// renders a saved report.json again (report.html, report.md, claimreview.jsonld) into DIR (by default the
// report's own folder). Exit 0 when written; 2 when REPORT.json is not a
// report this version reads (not JSON, truncated, another schema version),
// with one line saying why; 1 on usage errors.

namespace CLI {
class App;
}

namespace cli {

void add_report_command(CLI::App& app, int& exit_code);

}  // namespace cli
