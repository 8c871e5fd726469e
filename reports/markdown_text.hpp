#pragma once
// Untrusted text made safe to paste into Markdown: nothing in an article or a
// post can open a link, an image, HTML or a heading in the report.

#include <string>
#include <string_view>

namespace reports {

// Backslash-escapes Markdown punctuation and turns '<', '>' and '&' into
// entities; newlines become spaces.
std::string md_inline(std::string_view text);

// A block quote ("> " on each line) of the text, escaped as md_inline.
std::string md_quote(std::string_view text);

}  // namespace reports
