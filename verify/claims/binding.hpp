#pragma once
// Binds claims to the embed they introduce. The introducing paragraph is the
// last non-empty line before the embed's span (or the start of the embed's own
// line); it introduces the embed when it ends with ':' or speaks of the media
// ("… purports to show …", "video … shows", "footage", "filmed"). Claims in
// that paragraph get Claim::embed = the embed's id; others stay unbound.

#include <string_view>
#include <vector>

#include "core/case.hpp"

namespace verify::claims {

// The span of the paragraph that introduces `embed`, or nullopt.
std::optional<core::Span> introducing_span(std::string_view text, const core::Embed& embed);

// `claims` must be in article order (sorted by span start).
void bind_claims(std::string_view text, const std::vector<core::Embed>& embeds, std::vector<core::Claim>& claims);

}  // namespace verify::claims
