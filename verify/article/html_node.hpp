#pragma once
// Reading gumbo nodes: names, attributes, text, and a walk in document order.

#include <gumbo.h>

#include <string>
#include <string_view>
#include <vector>

namespace verify::article {

// The element's tag in lower case, custom elements (<amp-twitter>) included.
std::string tag_name(const GumboElement& element);

// The attribute's value as gumbo decoded it, or "" when absent.
std::string_view attribute(const GumboElement& element, std::string_view name);
bool has_attribute(const GumboElement& element, std::string_view name);

// Whether the space-separated list in attribute `name` holds `token` (ASCII case-insensitive): rel="author".
bool has_token(const GumboElement& element, std::string_view name, std::string_view token);

// The text below `node`, as written (no whitespace collapsing).
std::string text_content(const GumboNode& node);

// Runs of white space made one space, and trimmed: for titles and names.
std::string squeeze(std::string_view text);

// The children of a document, element or template node; empty for others.
const GumboVector* children_of(const GumboNode& node);

// Visits `root` and every node below it in document order: enter(node) on the
// way down returns whether to go into the node's children; leave(node) comes
// after them, only for nodes entered that way. Iterative: parse trees can be
// thousands of elements deep.
template <class Enter, class Leave>
void walk(const GumboNode& root, Enter&& enter, Leave&& leave) {
  struct Frame {
    const GumboNode* node;
    unsigned int next_child;
  };
  std::vector<Frame> stack;
  if (!enter(root)) return;
  stack.push_back({&root, 0});
  while (!stack.empty()) {
    Frame& top = stack.back();
    const GumboVector* children = children_of(*top.node);
    if (!children || top.next_child >= children->length) {
      const GumboNode* done = top.node;
      stack.pop_back();
      leave(*done);
      continue;
    }
    const auto* child = static_cast<const GumboNode*>(children->data[top.next_child++]);
    if (enter(*child)) stack.push_back({child, 0});
  }
}

}  // namespace verify::article
