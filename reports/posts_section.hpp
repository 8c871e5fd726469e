#pragma once
// The "Posts" section of report.md: each fetched post (author, handle, time,
// status, text shortened), its media (file and SHA-256) and the custody of
// each: the URL fetched, when, and the digest of the bytes kept, so a reader
// can cite and repeat the fetch. All untrusted text goes through md_inline.

#include <string>

#include "core/case.hpp"

namespace reports {

// Appends "## Posts" and one item per post; nothing when no post was fetched.
void append_posts(std::string& out, const core::Case& c);

// One fetch's custody as a line of report.md: URL, HTTP status, time, via,
// size and SHA-256, and where redirects ended.
std::string custody_text(const core::Custody& c);

}  // namespace reports
