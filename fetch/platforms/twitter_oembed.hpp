#pragma once
// The Twitter/X oEmbed endpoint (no key, no token):
//   GET {services.twitter_oembed}/oembed?url=https://twitter.com/HANDLE/status/ID&omit_script=true&dnt=true
// Its answer carries the post as a blockquote (html) and the author
// (author_name, author_url). Only text, language and author come from it,
// and the date the blockquote prints ("June 9, 2020"): a day with no time zone,
// which is returned beside the post as printed, never as created_at.
//   404 → not_found; 403 → restricted (a protected account)
// Malformed JSON, an answer without html, or a blockquote about another post
// is an Error.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "core/case.hpp"
#include "core/result.hpp"
#include "fetch/platforms/html_page.hpp"

namespace fetch::twitter {

inline constexpr std::string_view k_oembed_via = "twitter-oembed";

struct OEmbedPost {
  core::Post post;        // created_at stays empty: the answer gives only a day
  std::string date_text;  // the date the blockquote prints, as printed
};

// nullopt when `id` is not a post id (all digits) or `handle` is not a handle;
// an empty handle asks by id alone (twitter.com/i/status/ID).
std::optional<std::string> oembed_url(std::string_view base, std::string_view id, std::string_view handle = {});

core::Result<OEmbedPost> parse_oembed(std::string_view body, long http_status, const std::string& id,
                                      std::size_t max_html_bytes = html::k_max_page_bytes);

}  // namespace fetch::twitter
