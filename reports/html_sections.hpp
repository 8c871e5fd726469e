#pragma once
// The sections of report.html, each appended to the page in turn (html_report.cpp).
// All take the Case read back from report.json; all escape what they print.

#include <filesystem>
#include <string>

#include "core/case.hpp"
#include "reports/html_report.hpp"

namespace reports {

// The article text, each claim's span marked and linked to the checks that use it; then the claims table.
void append_article(std::string& out, const core::Case& c);

// One card per embed with the post fetched for it: author, handle, times,
// the post text in its own direction, availability, how it was fetched.
void append_embed_cards(std::string& out, const core::Case& c);

// Per media file: the facts read and where from, the keyframes as a contact
// sheet (read from `report_dir`, inlined within the page's image budget), the text read on screen.
void append_media_cards(std::string& out, const core::Case& c, const std::filesystem::path& report_dir);

// An inline SVG of the published time, post times, capture times and claimed
// times, each uncertainty drawn as a span; nothing when there is no time.
void append_timeline(std::string& out, const core::Case& c);

// An inline SVG map of the claimed places (labelled with the region named
// for each), the GPS points found in files and the routes claimed, over the
// country outlines `outlines` gives; nothing when there is no point.
void append_map(std::string& out, const core::Case& c, const Outlines& outlines);

// Every file fetched or read: URL, time, HTTP status, SHA-256, size.
void append_evidence_files(std::string& out, const core::Case& c);

// "dd-mm-yyyy hh:mm:ss UTC" style instant text shared by the sections.
std::string instant_text(const std::optional<core::Instant>& t);

// "c3" → "#claim-c3": anchors shared by the sections.
std::string claim_anchor(const std::string& id);
std::string check_anchor(std::size_t index);

}  // namespace reports
