#pragma once
// report.html: one self-contained page a fact-checker can attach to a note.
// Nothing is fetched when it is opened (images are data: URIs, the style is
// inline, no script), a strict Content-Security-Policy says so to the
// browser, and every untrusted string is escaped for its context
// (html_text.hpp). Rendered from the Case read back from report.json, so a
// saved report renders the same years later.

#include <filesystem>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "core/case.hpp"
#include "reports/json_report.hpp"

namespace reports {

// Country outlines, (lon, lat) rings, of the countries that meet a box
// (min_lat, max_lat, min_lon, max_lon): the map's background, drawn from the
// Natural Earth shapes the gazetteer holds. Empty: the map has no outlines.
using Outlines = std::function<std::vector<std::vector<std::pair<double, double>>>(double, double, double, double)>;

// `report_dir`: the folder of report.json, where keyframe files are read
// from to be inlined (those missing or past the page's image budget are named, not shown).
std::string render_html_report(const core::Case& c, const ToolInfo& tool, const std::filesystem::path& report_dir,
                               const Outlines& outlines = {});

}  // namespace reports
