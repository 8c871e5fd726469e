#pragma once
// `embedcheck verify ARTICLE --out DIR`: ingest → embeds → fetch → claims → checks → report.

namespace CLI {
class App;
}

namespace cli {

// Registers the subcommand; its callback runs the pipeline and sets `exit_code`.
void add_verify_command(CLI::App& app, int& exit_code);

}  // namespace cli
