#pragma once
// The media of a syndication Tweet: `mediaDetails[]` (photo, video,
// animated_gif with video_info.variants and duration_millis), falling back to
// `photos[]` and the top-level `video` object of older answers.

#include <nlohmann/json_fwd.hpp>

#include <vector>

#include "core/case.hpp"
#include "fetch/platforms/media_choice.hpp"

namespace fetch::twitter {

std::vector<core::MediaItem> media_from_details(const nlohmann::json& tweet, const MediaChoice& choice);

}  // namespace fetch::twitter
