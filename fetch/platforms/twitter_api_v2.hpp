#pragma once
// The X API v2 post lookup (needs EMBEDCHECK_TWITTER_BEARER_TOKEN; the client
// sends it only to the origin of services.twitter_api):
//   GET {services.twitter_api}/2/tweets?ids=ID&tweet.fields=…&expansions=…
// Its answer `{data[], includes{media[], users[]}, errors[]}` becomes a
// core::Post: the post in data[], its author from includes.users[], its media
// from includes.media[] in the order of attachments.media_keys (variants carry
// `bit_rate` here, not `bitrate`). An entry of errors[] for the id is a
// finding, not an Error:
//   "Not Found Error"      → not_found
//   "Authorization Error"  → restricted (protected account), or withheld when
//                            the detail says the post is withheld
// Malformed JSON, an answer about another post, or one with neither the post
// nor an error for it is an Error.

#include <optional>
#include <string>
#include <string_view>

#include "core/case.hpp"
#include "core/result.hpp"
#include "fetch/platforms/media_choice.hpp"

namespace fetch::twitter {

inline constexpr std::string_view k_api_v2_via = "twitter-api-v2";

// The lookup URL with every field the parser reads; nullopt when `id` is not
// a post id (all digits), so nothing else can reach the query string.
std::optional<std::string> api_v2_url(std::string_view base, std::string_view id);

core::Result<core::Post> parse_api_v2(std::string_view body, long http_status, const std::string& id,
                                      const MediaChoice& choice);

}  // namespace fetch::twitter
