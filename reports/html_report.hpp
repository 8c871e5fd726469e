#pragma once
// report.html: one self-contained page a fact-checker can attach to a note.
// Nothing is fetched when it is opened (images are data: URIs, the style is
// inline, no script), a strict Content-Security-Policy says so to the
// browser, and every untrusted string is escaped for its context
// (html_text.hpp). Rendered from the Case read back from report.json, so a
// saved report renders the same years later.

#include <filesystem>
#include <string>

#include "core/case.hpp"
#include "reports/json_report.hpp"

namespace reports {

// `report_dir`: the folder of report.json, where keyframe files are read
// from to be inlined (those missing or past the page's image budget are named, not shown).
std::string render_html_report(const core::Case& c, const ToolInfo& tool, const std::filesystem::path& report_dir);

}  // namespace reports
