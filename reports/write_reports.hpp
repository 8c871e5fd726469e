#pragma once
// Writes the report files of one Case into a folder, each atomically
// (temporary file, fsync, rename): a reader never sees half a report.

#include <filesystem>
#include <vector>

#include "core/case.hpp"
#include "core/result.hpp"
#include "reports/html_report.hpp"
#include "reports/json_report.hpp"

namespace reports {

// Creates `out_dir` if needed and writes report.json, then report.md,
// report.html and claimreview.jsonld rendered from report.json as written. Returns the
// paths written, or the Error that stopped the writing.
core::Result<std::vector<std::filesystem::path>> write_reports(const core::Case& c, const ToolInfo& tool,
                                                               const std::filesystem::path& out_dir,
                                                               const Outlines& outlines = {});

struct SavedReport;

enum class Format { html, markdown, claimreview, all };

// Renders a saved report into `out_dir` (report.html, report.md, claimreview.jsonld, or all);
// `report_dir` is where its report.json and keyframe files are.
core::Result<std::vector<std::filesystem::path>> write_rendered(const SavedReport& saved, Format format,
                                                                const std::filesystem::path& report_dir,
                                                                const std::filesystem::path& out_dir,
                                                                const Outlines& outlines = {});

}  // namespace reports
