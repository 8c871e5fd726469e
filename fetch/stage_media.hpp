#pragma once
// The media step of the fetch stage: every media item of the posts read,
// downloaded side by side, stored in the cache (via "direct") and copied to
// FetchSettings::media_dir as <embed>-<n>.<ext>. A video offered only as an
// HLS playlist goes to FetchSettings::read_remote_media instead.

#include <cstddef>

#include "core/case.hpp"
#include "fetch/fetch_stage.hpp"
#include "fetch/stage_source.hpp"

namespace fetch {

inline constexpr std::string_view k_direct_via = "direct";

// Fills file, sha256 and custody of the media of c.posts[first_post…] whose
// status is ok; each failure is an Error on the Case and the item stays unfetched.
void fetch_media(core::Case& c, std::size_t first_post, StageSource& source, const FetchSettings& settings);

}  // namespace fetch
