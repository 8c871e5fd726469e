#pragma once
// report.md: a three-line summary fit for a fact-check note, then each embed
// and each check with its evidence and the article text it comes from.

#include <array>
#include <string>

#include "core/case.hpp"

namespace reports {

// The three summary lines: what was found, what the checks say, what is left.
std::array<std::string, 3> summary_lines(const core::Case& c);

std::string render_markdown_report(const core::Case& c);

}  // namespace reports
