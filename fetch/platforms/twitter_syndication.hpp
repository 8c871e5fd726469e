#pragma once
// The Twitter/X syndication endpoint (what embed widgets read, no key):
//   GET {services.twitter_syndication}/tweet-result?id=ID&token=TOKEN
// Its answer becomes a core::Post: author, handle, created_at, text, lang and
// media (photos; for a video or GIF the chosen rendition, its duration and
// poster). What the service says instead of a post is a finding, not an error:
//   404                          → not_found
//   {"__typename":"TweetTombstone", …} → deleted, withheld or restricted, with
//                                   the tombstone's words in status_note
// Malformed JSON, an empty "{}" (no or wrong token) or a Tweet without its
// fields is an Error naming the service and what was wrong.

#include <optional>
#include <string>
#include <string_view>

#include "core/case.hpp"
#include "core/result.hpp"
#include "fetch/platforms/media_choice.hpp"

namespace fetch::twitter {

inline constexpr std::string_view k_syndication_via = "twitter-syndication";

// nullopt when `id` is not a post id.
std::optional<std::string> syndication_url(std::string_view base, std::string_view id);

core::Result<core::Post> parse_syndication(std::string_view body, long http_status, const std::string& id,
                                           const MediaChoice& choice);

// deleted / withheld / restricted from a tombstone's text ("This Post was deleted by …").
core::PostStatus status_from_tombstone(std::string_view text);

}  // namespace fetch::twitter
