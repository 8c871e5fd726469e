#pragma once
// The per-platform URL readers behind parse_post_url. Each one returns nullopt
// for a host that is not its own, so any of them can be asked about any URL.

#include <optional>

#include "verify/embeds/post_url.hpp"
#include "verify/embeds/url_parts.hpp"

namespace verify::embeds {

std::optional<PostRef> read_twitter_url(const UrlParts& url);
std::optional<PostRef> read_bluesky_url(const UrlParts& url);
std::optional<PostRef> read_telegram_url(const UrlParts& url);
std::optional<PostRef> read_reddit_url(const UrlParts& url);
std::optional<PostRef> read_youtube_url(const UrlParts& url);
std::optional<PostRef> read_tiktok_url(const UrlParts& url);
std::optional<PostRef> read_instagram_url(const UrlParts& url);
std::optional<PostRef> read_facebook_url(const UrlParts& url);
std::optional<PostRef> read_vimeo_url(const UrlParts& url);

// Shared by the readers: a post with an id, or the reason it has none.
PostRef numbered_post(core::Platform platform, std::string_view id, std::string_view handle);
PostRef link_without_id(core::Platform platform, UrlKind kind);

}  // namespace verify::embeds
