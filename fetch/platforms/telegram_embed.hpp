#pragma once
// A public Telegram channel post, read from its embed page (no key):
//   GET {services.telegram}/CHANNEL/NUMBER?embed=1
// The page becomes a core::Post: the channel's title (author), the channel
// (handle), the text, the time (<time datetime> in the message date link) and
// the media (a video's src with its poster and duration; each photo's
// background-image). Telegram serves a page with an error widget ("Post not
// found") for a missing post; that, and a 404, is not_found. A page larger
// than `max_bytes`, nested too deep, about another post, or with no message
// in it is an Error.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "core/case.hpp"
#include "core/result.hpp"
#include "fetch/platforms/html_page.hpp"

namespace fetch::telegram {

inline constexpr std::string_view k_embed_via = "telegram-embed";

// nullopt when `channel` is not a channel name or `number` not a message number.
std::optional<std::string> embed_url(std::string_view base, std::string_view channel, std::string_view number);

// The Post's post_id is `number` and its handle the channel as the page spells it.
core::Result<core::Post> parse_embed(std::string_view html, long http_status, const std::string& channel,
                                     const std::string& number, std::size_t max_bytes = html::k_max_page_bytes);

}  // namespace fetch::telegram
