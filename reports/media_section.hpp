#pragma once
// The "Media" section of report.md: for each video or image, where it came
// from and its digest, the container and stream facts, the capture time and
// place with the tag each was read from, the notes that weigh them, the
// keyframes (time, why chosen, luma, pHash, file) and on-screen text. All
// text read from files goes through md_inline: tags are untrusted too.

#include <string>

#include "core/case.hpp"

namespace reports {

// Appends "## Media" and one item per file; nothing when there is none.
void append_media(std::string& out, const core::Case& c);

// "1 media file analysed: 12 keyframes." for the summary; empty when none.
std::string media_summary(const core::Case& c);

}  // namespace reports
