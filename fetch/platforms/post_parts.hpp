#pragma once
// What every platform parser shares: the Post a service's answer becomes when
// it is not a post (a finding), and small text helpers for service strings.

#include <string>
#include <string_view>

#include "core/case.hpp"

namespace fetch {

// A Post for `id` with `status` and the service's words for why, read via `via`.
core::Post post_finding(const std::string& id, core::PostStatus status, std::string note, std::string_view via);

// ASCII lower case; other bytes kept.
std::string lower(std::string_view s);
// 1–20 decimal digits: the shape of a Twitter/X post id.
bool is_post_id(std::string_view id);
// At most 200 bytes with control characters blanked: a service's words fit for a one-line message.
std::string one_line(std::string_view text);

}  // namespace fetch
