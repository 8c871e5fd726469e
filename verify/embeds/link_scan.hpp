#pragma once
// Links printed in plain text. Found by string search for anchors
// ("pic.twitter.com/", "t.co/", "/status/") and widened to the URL around
// them, never by a regular expression over the whole text.

#include <string>
#include <string_view>
#include <vector>

#include "core/case.hpp"
#include "verify/embeds/post_url.hpp"

namespace verify::embeds {

struct TextLink {
  core::Span span;  // in the text searched
  std::string url;  // as printed
  PostRef ref;
};

// Twitter links in `text`, in order: media links (pic.twitter.com/…,
// pic.x.com/…), short links (t.co/…) and status URLs, including malformed
// status URLs (ref.problem set).
std::vector<TextLink> find_twitter_links(std::string_view text);

// The URL when `line` is nothing but one URL (optionally in <…>).
std::string_view standalone_url(std::string_view line);

}  // namespace verify::embeds
