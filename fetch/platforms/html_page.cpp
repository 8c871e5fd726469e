#include "fetch/platforms/html_page.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include "fetch/platforms/post_parts.hpp"

namespace fetch::html {
namespace {

// A page with more parse errors than this is not an embed page; gumbo stops counting.
constexpr int k_max_parse_errors = 1000;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool is_name_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == ':' || c == '_'; }

bool is_void(std::string_view name) {
  static constexpr std::array<std::string_view, 15> k_void{"area", "base", "br",   "col",   "embed",
                                                           "hr",   "img",  "input", "link", "meta",
                                                           "param", "source", "track", "wbr", "keygen"};
  return std::find(k_void.begin(), k_void.end(), name) != k_void.end();
}

bool is_raw_text(std::string_view name) {
  return name == "script" || name == "style" || name == "textarea" || name == "title" || name == "xmp" ||
         name == "noembed" || name == "iframe" || name == "noframes" || name == "plaintext";
}

// Offset just past the '>' that ends the tag starting at `pos`, quoted values skipped.
std::size_t tag_end(std::string_view html, std::size_t pos) {
  char quote = 0;
  for (; pos < html.size(); ++pos) {
    const char c = html[pos];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      return pos + 1;
    }
  }
  return html.size();
}

std::size_t after(std::string_view html, std::size_t from, std::string_view marker) {
  const auto at = html.find(marker, from);
  return at == std::string_view::npos ? html.size() : at + marker.size();
}

}  // namespace

void Page::Free::operator()(GumboOutput* output) const { gumbo_destroy_output(&kGumboDefaultOptions, output); }

core::Result<Page> Page::parse(std::string_view html, std::size_t max_bytes, std::string_view service,
                               const std::string& input) {
  const std::string who(service);
  if (html.size() > max_bytes) {
    return core::fail("fetch", input, who + " answered " + std::to_string(html.size()) + " bytes, more than the " +
                                          std::to_string(max_bytes) + " an embed page may be");
  }
  if (nesting_depth(html) > k_max_depth) {
    return core::fail("fetch", input, who + " answered HTML nested deeper than " + std::to_string(k_max_depth) + " levels");
  }
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = k_max_parse_errors;
  GumboOutput* output = gumbo_parse_with_options(&options, html.data(), html.size());
  if (output == nullptr) return core::fail("fetch", input, who + " answered HTML that could not be parsed");
  return Page(output);
}

std::size_t nesting_depth(std::string_view page) {
  // Lower case once, so raw-text end tags (</SCRIPT>) are found whatever their case.
  const std::string lowered = lower(page);
  const std::string_view html = lowered;
  std::size_t depth = 0, deepest = 0, pos = 0;
  while ((pos = html.find('<', pos)) != std::string_view::npos) {
    if (html.substr(pos, 4) == "<!--") {
      pos = after(html, pos + 4, "-->");
      continue;
    }
    if (pos + 1 < html.size() && (html[pos + 1] == '!' || html[pos + 1] == '?')) {  // <!DOCTYPE …>, <?xml …>
      pos = tag_end(html, pos);
      continue;
    }
    const bool closing = pos + 1 < html.size() && html[pos + 1] == '/';
    const std::size_t name_start = pos + (closing ? 2 : 1);
    std::size_t name_end = name_start;
    while (name_end < html.size() && is_name_char(html[name_end])) ++name_end;
    if (name_end == name_start || !std::isalpha(static_cast<unsigned char>(html[name_start]))) {
      ++pos;  // a '<' that is just text
      continue;
    }
    const std::string_view name = html.substr(name_start, name_end - name_start);
    const std::size_t end = tag_end(html, name_end);
    pos = end;
    if (closing) {
      if (depth > 0) --depth;
      continue;
    }
    const bool self_closing = end >= 2 && html[end - 2] == '/';
    if (is_void(name) || self_closing) continue;
    deepest = std::max(deepest, ++depth);
    if (is_raw_text(name)) {  // its content is text, '<' included; skip to past its end tag
      pos = after(html, pos, "</" + std::string(name));
      pos = pos < html.size() ? tag_end(html, pos) : pos;
      --depth;
    }
  }
  return deepest;
}

bool is_element(const GumboNode& node, GumboTag tag) { return node.type == GUMBO_NODE_ELEMENT && node.v.element.tag == tag; }

std::string_view attribute(const GumboNode& node, std::string_view name) {
  if (node.type != GUMBO_NODE_ELEMENT) return {};
  const GumboAttribute* attr = gumbo_get_attribute(&node.v.element.attributes, std::string(name).c_str());
  return attr ? std::string_view(attr->value) : std::string_view();
}

bool has_class(const GumboNode& node, std::string_view name) {
  const std::string_view list = attribute(node, "class");
  std::size_t pos = 0;
  while (pos < list.size()) {
    while (pos < list.size() && is_space(list[pos])) ++pos;
    std::size_t end = pos;
    while (end < list.size() && !is_space(list[end])) ++end;
    if (end > pos && list.substr(pos, end - pos) == name) return true;
    pos = end;
  }
  return false;
}

void walk(const GumboNode& root, const std::function<bool(const GumboNode&)>& enter) {
  std::vector<const GumboNode*> stack{&root};
  while (!stack.empty()) {
    const GumboNode* node = stack.back();
    stack.pop_back();
    if (!enter(*node)) continue;
    const GumboVector* children = nullptr;
    if (node->type == GUMBO_NODE_DOCUMENT) children = &node->v.document.children;
    if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE) children = &node->v.element.children;
    if (!children) continue;
    // Pushed in reverse so the first child is visited first.
    for (unsigned int i = children->length; i > 0; --i) stack.push_back(static_cast<const GumboNode*>(children->data[i - 1]));
  }
}

const GumboNode* first_with_class(const GumboNode& root, std::string_view name) {
  const GumboNode* found = nullptr;
  walk(root, [&](const GumboNode& n) {
    if (!found && has_class(n, name)) found = &n;
    return found == nullptr;
  });
  return found;
}

std::vector<const GumboNode*> all_with_class(const GumboNode& root, std::string_view name) {
  std::vector<const GumboNode*> found;
  walk(root, [&](const GumboNode& n) {
    if (has_class(n, name)) found.push_back(&n);
    return true;
  });
  return found;
}

const GumboNode* first_tag(const GumboNode& root, GumboTag tag) {
  const GumboNode* found = nullptr;
  walk(root, [&](const GumboNode& n) {
    if (!found && is_element(n, tag)) found = &n;
    return found == nullptr;
  });
  return found;
}

std::string visible_text(const GumboNode& node) {
  std::string out;
  bool pending_space = false;
  walk(node, [&](const GumboNode& n) {
    if (is_element(n, GUMBO_TAG_BR)) {
      while (!out.empty() && out.back() == ' ') out.pop_back();
      out += '\n';
      pending_space = false;
      return false;
    }
    if (n.type == GUMBO_NODE_TEXT || n.type == GUMBO_NODE_WHITESPACE || n.type == GUMBO_NODE_CDATA) {
      for (const char c : std::string_view(n.v.text.text)) {
        if (is_space(c)) {
          pending_space = true;
          continue;
        }
        if (pending_space && !out.empty() && out.back() != '\n') out += ' ';
        pending_space = false;
        out += c;
      }
    }
    return n.type != GUMBO_NODE_ELEMENT || (n.v.element.tag != GUMBO_TAG_SCRIPT && n.v.element.tag != GUMBO_TAG_STYLE);
  });
  while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
  const auto first = out.find_first_not_of("\n ");
  return first == std::string::npos ? std::string() : out.substr(first);
}

std::string background_image(std::string_view style) {
  const auto at = lower(style).find("background-image");
  if (at == std::string::npos) return {};
  auto open = style.find("url(", at);
  if (open == std::string_view::npos) return {};
  open += 4;
  const auto close = style.find(')', open);
  if (close == std::string_view::npos) return {};
  std::string_view url = style.substr(open, close - open);
  while (!url.empty() && is_space(url.front())) url.remove_prefix(1);
  while (!url.empty() && is_space(url.back())) url.remove_suffix(1);
  if (url.size() >= 2 && (url.front() == '\'' || url.front() == '"') && url.back() == url.front()) {
    url = url.substr(1, url.size() - 2);
  }
  return std::string(url);
}

}  // namespace fetch::html
