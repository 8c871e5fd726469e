#pragma once
// The "Claims" section of report.md: each claim with its value, and for a
// place claim the entity it resolved to, why, the other candidates and the
// claims it is linked to. All untrusted text goes through md_inline.

#include <string>

#include "core/case.hpp"

namespace reports {

// Appends "## Claims" and one item per claim; nothing when there are none.
void append_claims(std::string& out, const core::Case& c);

}  // namespace reports
