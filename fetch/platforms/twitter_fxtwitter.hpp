#pragma once
// The fx-style mirror API (services.twitter_mirror, api.fxtwitter.com by
// default), the last resort when the syndication endpoint, oEmbed and the X
// API give nothing:
//   GET {base}/2/status/ID → {code, message, status}
//   GET {base}/status/ID   → {code, message, tweet}   (the legacy route; also read)
// The post becomes a core::Post: created_timestamp (unix seconds) is preferred
// to the legacy created_at string ("Wed Oct 10 20:19:24 +0000 2018"); videos
// and GIFs come from media.videos[] through choose_variant. What the mirror
// says instead of a post is a finding:
//   code 404 / "NOT_FOUND"                     → not_found
//   code 401 or 403 / "PRIVATE_TWEET"          → restricted
// Any other code, malformed JSON, or a post other than the one asked for is
// an Error.

#include <optional>
#include <string>
#include <string_view>

#include "core/case.hpp"
#include "core/result.hpp"
#include "fetch/platforms/media_choice.hpp"

namespace fetch::twitter {

inline constexpr std::string_view k_mirror_via = "twitter-mirror";

// {base}/2/status/ID; nullopt when `id` is not a post id (all digits).
std::optional<std::string> mirror_url(std::string_view base, std::string_view id);

core::Result<core::Post> parse_mirror(std::string_view body, long http_status, const std::string& id,
                                      const MediaChoice& choice);

// "Wed Oct 10 20:19:24 +0000 2018" (the legacy Twitter form) as an instant; nullopt when unreadable.
std::optional<core::Instant> parse_legacy_time(std::string_view text);

}  // namespace fetch::twitter
