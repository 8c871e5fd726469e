#pragma once
// What the fetch stage's post readers share: the size cap for a post's page
// and the Post an embed gets when nothing could be read for it.

#include <cstdint>
#include <string>
#include <string_view>

#include "core/case.hpp"

namespace fetch {

// A post's JSON or a link's page: far above any real one, far below a video.
inline constexpr std::uint64_t k_page_bytes = 8ull << 20;

// A Post with status error for embed `e`, the reason in status_note.
core::Post error_post(const core::Embed& e, const std::string& post_id, std::string note, std::string_view via);

}  // namespace fetch
