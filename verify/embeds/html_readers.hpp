#pragma once
// One reader per kind of embed markup; html_embeds.cpp lists them in its rule
// table. A reader looks only inside its root element and adds what it finds
// (an embed, or an Error) to `out`.

#include <cstddef>
#include <string_view>

#include "verify/embeds/found.hpp"
#include "verify/embeds/markup_view.hpp"

namespace verify::embeds {

using MarkupReader = void (*)(const MarkupView& view, std::size_t root, std::string_view found_by, Detection& out);

// blockquote.twitter-tweet / .twitter-video and blockquote.bluesky-embed:
// post text in <p>, then "— Name (@handle) <a href=POST>date</a>".
void read_tweet_quote(const MarkupView& view, std::size_t root, std::string_view found_by, Detection& out);
void read_bluesky_quote(const MarkupView& view, std::size_t root, std::string_view found_by, Detection& out);

void read_tiktok_quote(const MarkupView& view, std::size_t root, std::string_view found_by, Detection& out);
void read_instagram_quote(const MarkupView& view, std::size_t root, std::string_view found_by, Detection& out);
void read_facebook_div(const MarkupView& view, std::size_t root, std::string_view found_by, Detection& out);
void read_reddit_quote(const MarkupView& view, std::size_t root, std::string_view found_by, Detection& out);
void read_telegram_script(const MarkupView& view, std::size_t root, std::string_view found_by, Detection& out);
void read_iframe(const MarkupView& view, std::size_t root, std::string_view found_by, Detection& out);
// AMP components: <amp-twitter data-tweetid>, <amp-youtube data-videoid>, …
void read_amp_component(const MarkupView& view, std::size_t root, std::string_view found_by, Detection& out);

// Shared helpers.
std::string_view first_paragraph(const MarkupView& view, std::size_t root);
// "(@handle)" and the display name between the dash and it, in `byline`.
void read_byline_names(std::string_view byline, core::Embed& embed);

}  // namespace verify::embeds
