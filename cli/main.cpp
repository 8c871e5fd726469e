// embedcheck: verifies the social-media posts and videos embedded in news articles.
// The entry point parses the command line and dispatches; the libraries do the work.

#include <CLI/CLI.hpp>

#include <exception>

#include "cli/exit_codes.hpp"
#include "cli/media_command.hpp"
#include "cli/messages.hpp"
#include "cli/post_command.hpp"
#include "cli/report_command.hpp"
#include "cli/verify_command.hpp"

int main(int argc, char** argv) {
  CLI::App app{"embedcheck: verify the social-media posts embedded in news articles"};
  app.set_version_flag("--version", std::string("embedcheck ") + EMBEDCHECK_VERSION);
  app.require_subcommand(1);
  int exit_code = cli::k_exit_ran;
  cli::add_verify_command(app, exit_code);
  cli::add_post_command(app, exit_code);
  cli::add_media_command(app, exit_code);
  cli::add_report_command(app, exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? cli::k_exit_ran : cli::k_exit_usage;
  } catch (const std::exception& e) {
    cli::print_usage_error(std::string("internal error: ") + e.what());
    return cli::k_exit_usage;
  }
  return exit_code;
}
