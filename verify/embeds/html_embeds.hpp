#pragma once
// Embeds written as markup (HTML input, or inline HTML in Markdown), read from
// Article::markup: a table of markup rules (blockquote.twitter-tweet,
// div.fb-post, iframe, …), each with its reader. An element inside an embed
// already read is not read again; a plain <a href> to a post is a link, not an embed.

#include "core/case.hpp"
#include "verify/embeds/found.hpp"

namespace verify::embeds {

Detection detect_html_embeds(const core::Article& article);

}  // namespace verify::embeds
