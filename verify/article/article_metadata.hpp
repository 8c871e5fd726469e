#pragma once
// Fills Article's metadata: front matter first (what the author wrote), then
// the HTML's own metadata for what it leaves open. Dates are parsed here; a
// date that cannot be read is an Error on the Case, not a failure.

#include <optional>
#include <string>
#include <vector>

#include "core/case.hpp"
#include "verify/article/front_matter.hpp"
#include "verify/article/html_metadata.hpp"

namespace verify::article {

void apply_metadata(const std::optional<FrontMatter>& front, const HtmlMetadata& html, core::Case& c);

// The first candidate that parses as ISO 8601, with where it came from. Each
// unreadable one before it becomes an Error naming `field` and the value.
std::optional<std::pair<core::Instant, std::string>> first_date(const std::vector<DateCandidate>& candidates,
                                                                const std::string& field, core::Case& c);

}  // namespace verify::article
