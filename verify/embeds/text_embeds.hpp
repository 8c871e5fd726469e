#pragma once
// Embeds flattened into plain text, found in the given regions of the article
// text (all of it for text input; what no markup embed covers otherwise):
//  (a) a signature "— Name (@handle) Date" under the post text ("flattened byline");
//  (b) a post URL standing alone on its line, optionally in <…> ("standalone URL"),
//      as WordPress auto-embeds them; a URL inside a sentence or a link is not one;
//  (c) pic.twitter.com/…, pic.x.com/… or t.co/… links outside any other embed
//      ("media link"): a Twitter embed whose id a later stage resolves.

#include <string_view>
#include <vector>

#include "core/case.hpp"
#include "verify/embeds/found.hpp"

namespace verify::embeds {

// An <a> element: its text in the article, and where it links.
struct Anchor {
  core::Span span;
  std::string_view href;  // points into Article::markup, which outlives the detection
};

// Where the text may hold flattened embeds, and what the markup says about it.
// Every list is sorted by start; spans do not overlap.
struct TextLayout {
  std::vector<core::Span> regions;  // the parts to read
  // A URL in an anchor's text is a link, whatever its line; an anchor on a
  // signature's date (markup without its embed class) names the post.
  std::vector<Anchor> anchors;
  // Where block elements (p, div, li, …) start: a flattened post's text does
  // not reach back past the start of the block it begins in.
  std::vector<std::size_t> block_starts;
};

Detection detect_text_embeds(std::string_view text, const TextLayout& layout);

}  // namespace verify::embeds
