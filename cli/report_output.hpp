#pragma once
// The end every command that makes a report shares: write the report files,
// print each problem on stderr, then (unless quiet) the summary and the
// files written.

#include <filesystem>

#include "core/case.hpp"
#include "reports/html_report.hpp"

namespace verify::gazetteer {
class Gazetteer;
}

namespace cli {

// The map's country outlines from the gazetteer; empty when there is none.
reports::Outlines outlines_from(const verify::gazetteer::Gazetteer* gazetteer);

// False when the report could not be written (said on stderr).
bool write_and_tell(const core::Case& c, const std::filesystem::path& out, bool quiet,
                    const verify::gazetteer::Gazetteer* gazetteer = nullptr);

}  // namespace cli
