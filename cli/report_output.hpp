#pragma once
// The end every command that makes a report shares: write the report files,
// print each problem on stderr, then (unless quiet) the summary and the
// files written.

#include <filesystem>

#include "core/case.hpp"

namespace cli {

// False when the report could not be written (said on stderr).
bool write_and_tell(const core::Case& c, const std::filesystem::path& out, bool quiet);

}  // namespace cli
