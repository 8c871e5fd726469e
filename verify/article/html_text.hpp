#pragma once
// The body text of a parsed HTML (or Markdown-with-HTML) document and its
// markup outline: every element of the body in document order, with its
// attributes and the span of its text.

#include <gumbo.h>

#include <string>
#include <vector>

#include "core/case.hpp"
#include "verify/article/text_builder.hpp"

namespace verify::article {

struct BodyText {
  std::string text;
  std::vector<core::MarkupElement> markup;
};

// Block elements start and end a line, <br> breaks one, inline elements add
// nothing. Text of script, style, noscript, template, iframe and the head is
// left out (the elements are still outlined, with empty spans). An explicit
// <head> is not outlined; one the parser implied (a fragment, Markdown) is,
// since its elements were written in the body's place.
BodyText html_body_text(const GumboNode& document, Whitespace whitespace);

}  // namespace verify::article
