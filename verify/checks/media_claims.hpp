#pragma once
// What the media checks (media-time, media-place, daylight, onscreen-text)
// share: the claims that concern one media file, the post that carried it,
// and the file as the source of a piece of evidence.
//
// A file from a post concerns the claims bound to that post's embed; a bare
// file (MediaReport::embed empty, `embedcheck media FILE --claim-…`)
// concerns the claims bound to no embed.

#include <string>
#include <vector>

#include "core/case.hpp"

namespace verify {

// Claims of `kind` that concern `m`, in article order.
std::vector<const core::Claim*> claims_for(const core::Case& c, const core::MediaReport& m, core::ClaimKind kind);

// The fetched post that carried `m`, or nullptr (a bare file, or no post fetched).
const core::Post* post_for(const core::Case& c, const core::MediaReport& m);

// "media file media/e1-1.mp4 (sha256 3f2a…)": where a fact about the file comes from.
std::string media_source(const core::MediaReport& m);

// The time claim's value, or nullptr.
const core::TimeRange* time_value(const core::Claim& claim);

// The last instant a claimed range stands for: a day-precision end covers its whole day.
core::Millis range_end(const core::TimeRange& r);

// "2020-04-14" or "2020-04-14T10:00:00Z – 2020-04-16".
std::string range_text(const core::TimeRange& r);

}  // namespace verify
