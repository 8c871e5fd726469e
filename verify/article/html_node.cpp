#include "verify/article/html_node.hpp"

#include <algorithm>

#include "verify/article/html_tag.hpp"

namespace verify::article {

std::string tag_name(const GumboElement& element) {
  if (element.tag != GUMBO_TAG_UNKNOWN) return gumbo_normalized_tagname(element.tag);
  GumboStringPiece original = element.original_tag;
  gumbo_tag_from_original_text(&original);
  return lower_ascii(std::string_view(original.data ? original.data : "", original.length));
}

std::string_view attribute(const GumboElement& element, std::string_view name) {
  for (unsigned int i = 0; i < element.attributes.length; ++i) {
    const auto* attr = static_cast<const GumboAttribute*>(element.attributes.data[i]);
    if (lower_ascii(attr->name) == name) return attr->value;
  }
  return {};
}

bool has_attribute(const GumboElement& element, std::string_view name) {
  for (unsigned int i = 0; i < element.attributes.length; ++i) {
    const auto* attr = static_cast<const GumboAttribute*>(element.attributes.data[i]);
    if (lower_ascii(attr->name) == name) return true;
  }
  return false;
}

bool has_token(const GumboElement& element, std::string_view name, std::string_view token) {
  const std::string list = lower_ascii(attribute(element, name));
  std::size_t pos = 0;
  while (pos < list.size()) {
    const auto end = std::min(list.find_first_of(" \t\n\r\f", pos), list.size());
    if (std::string_view(list).substr(pos, end - pos) == token) return true;
    pos = end + 1;
  }
  return false;
}

std::string text_content(const GumboNode& node) {
  std::string out;
  walk(
      node,
      [&out](const GumboNode& n) {
        if (n.type == GUMBO_NODE_TEXT || n.type == GUMBO_NODE_WHITESPACE || n.type == GUMBO_NODE_CDATA) {
          out += n.v.text.text;
        }
        return true;
      },
      [](const GumboNode&) {});
  return out;
}

std::string squeeze(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
      space = !out.empty();
    } else {
      if (space) out += ' ';
      space = false;
      out += c;
    }
  }
  return out;
}

const GumboVector* children_of(const GumboNode& node) {
  switch (node.type) {
    case GUMBO_NODE_DOCUMENT:
      return &node.v.document.children;
    case GUMBO_NODE_ELEMENT:
    case GUMBO_NODE_TEMPLATE:
      return &node.v.element.children;
    default:
      return nullptr;
  }
}

}  // namespace verify::article
