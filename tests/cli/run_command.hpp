#pragma once
// Runs the real embedcheck binary (no shell) and captures what it did.

#include <filesystem>
#include <string>
#include <vector>

namespace testing_support {

struct CommandResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

CommandResult run_embedcheck(const std::vector<std::string>& args,
                             const std::filesystem::path& cwd = std::filesystem::current_path());

// The same with stdout and stderr on a pseudo-terminal, as a person at a
// desk runs it: `out` holds everything the terminal showed.
CommandResult run_embedcheck_on_terminal(const std::vector<std::string>& args);

}  // namespace testing_support
