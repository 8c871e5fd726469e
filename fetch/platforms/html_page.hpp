#pragma once
// HTML from a service (a Telegram embed page, the blockquote in an oEmbed
// answer), read defensively with gumbo: a page larger than the caller's cap
// or nested deeper than any real page is an Error before gumbo sees it
// (gumbo is quadratic on deeply nested unclosed tags), and every walk over
// the tree is iterative.

#include <gumbo.h>

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"

namespace fetch::html {

// A Telegram embed page is some 20–60 KB; an oEmbed blockquote a few KB.
inline constexpr std::size_t k_max_page_bytes = 1 << 20;
// Real embed pages nest about 20 deep; counted conservatively (unclosed tags count).
inline constexpr std::size_t k_max_depth = 256;

class Page {
 public:
  // `service` and `input` name the answer in the Error ("telegram-embed", "post …").
  static core::Result<Page> parse(std::string_view html, std::size_t max_bytes, std::string_view service,
                                  const std::string& input);
  const GumboNode& root() const { return *m_output->root; }

 private:
  struct Free {
    void operator()(GumboOutput* output) const;
  };
  explicit Page(GumboOutput* output) : m_output(output) {}
  std::unique_ptr<GumboOutput, Free> m_output;
};

// The deepest element nesting, by a linear scan of the tags (comments and raw
// text skipped, void and self-closing elements not counted).
std::size_t nesting_depth(std::string_view html);

bool is_element(const GumboNode& node, GumboTag tag);
std::string_view attribute(const GumboNode& node, std::string_view name);
bool has_class(const GumboNode& node, std::string_view name);

// Visits `root` and the nodes below it in document order; `enter` returns
// whether to go into a node's children.
void walk(const GumboNode& root, const std::function<bool(const GumboNode&)>& enter);

// The first element below `root` (itself included) with the class, or nullptr.
const GumboNode* first_with_class(const GumboNode& root, std::string_view name);
std::vector<const GumboNode*> all_with_class(const GumboNode& root, std::string_view name);
const GumboNode* first_tag(const GumboNode& root, GumboTag tag);

// The text a reader sees: entities decoded (by gumbo), tags stripped, runs of
// white space made one space, <br> a line break, trimmed at both ends.
std::string visible_text(const GumboNode& node);

// The URL in a style's background-image:url('…'), or "".
std::string background_image(std::string_view style);

}  // namespace fetch::html
