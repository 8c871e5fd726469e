#include "verify/article/html_text.hpp"

#include <algorithm>

#include "verify/article/html_node.hpp"
#include "verify/article/html_tag.hpp"

namespace verify::article {
namespace {

constexpr std::size_t k_none = static_cast<std::size_t>(-1);

constexpr GumboTag k_block_tags[] = {
    GUMBO_TAG_P,          GUMBO_TAG_DIV,     GUMBO_TAG_BLOCKQUOTE, GUMBO_TAG_LI,      GUMBO_TAG_UL,
    GUMBO_TAG_OL,         GUMBO_TAG_H1,      GUMBO_TAG_H2,         GUMBO_TAG_H3,      GUMBO_TAG_H4,
    GUMBO_TAG_H5,         GUMBO_TAG_H6,      GUMBO_TAG_SECTION,    GUMBO_TAG_ARTICLE, GUMBO_TAG_HEADER,
    GUMBO_TAG_FOOTER,     GUMBO_TAG_ASIDE,   GUMBO_TAG_NAV,        GUMBO_TAG_FIGURE,  GUMBO_TAG_FIGCAPTION,
    GUMBO_TAG_PRE,        GUMBO_TAG_TABLE,   GUMBO_TAG_TR,         GUMBO_TAG_TD,      GUMBO_TAG_TH,
    GUMBO_TAG_DL,         GUMBO_TAG_DT,      GUMBO_TAG_DD,         GUMBO_TAG_FORM,    GUMBO_TAG_HR,
    GUMBO_TAG_MAIN,       GUMBO_TAG_ADDRESS, GUMBO_TAG_DETAILS,    GUMBO_TAG_SUMMARY, GUMBO_TAG_CENTER,
    GUMBO_TAG_IFRAME,     GUMBO_TAG_VIDEO,   GUMBO_TAG_AUDIO,      GUMBO_TAG_CAPTION, GUMBO_TAG_FIELDSET,
    GUMBO_TAG_LEGEND,     GUMBO_TAG_MENU,    GUMBO_TAG_HGROUP,     GUMBO_TAG_BODY,
};
// Their text is code or fallback content, not what a reader sees.
constexpr GumboTag k_hidden_tags[] = {GUMBO_TAG_SCRIPT, GUMBO_TAG_STYLE, GUMBO_TAG_NOSCRIPT, GUMBO_TAG_TITLE,
                                      GUMBO_TAG_IFRAME};
constexpr GumboTag k_preformatted_tags[] = {GUMBO_TAG_PRE, GUMBO_TAG_TEXTAREA, GUMBO_TAG_LISTING};

template <std::size_t N>
bool in(const GumboTag (&tags)[N], GumboTag tag) {
  return std::find(std::begin(tags), std::end(tags), tag) != std::end(tags);
}

// Not written in the source: <html>, <head>, <body> the parser added.
bool implied(const GumboNode& node) { return (node.parse_flags & GUMBO_INSERTION_BY_PARSER) != 0; }

std::vector<std::pair<std::string, std::string>> attributes_of(const GumboElement& element) {
  std::vector<std::pair<std::string, std::string>> out;
  out.reserve(element.attributes.length);
  for (unsigned int i = 0; i < element.attributes.length; ++i) {
    const auto* attr = static_cast<const GumboAttribute*>(element.attributes.data[i]);
    out.emplace_back(lower_ascii(attr->name), attr->value);
  }
  return out;
}

// Walks the tree once, writing text and outline together.
class Outliner {
 public:
  explicit Outliner(Whitespace whitespace) : m_text(whitespace) {}

  bool enter(const GumboNode& node);
  void leave(const GumboNode& node);
  BodyText take() { return BodyText{m_text.take(), std::move(m_markup)}; }

 private:
  struct Open {
    std::size_t index;        // in m_markup, or k_none when not outlined
    std::size_t parent;       // the outlined element enclosing the children
    GumboTag tag;
  };

  bool enter_element(const GumboNode& node);
  std::size_t record(const GumboElement& element);
  std::size_t parent() const { return m_open.empty() ? k_none : m_open.back().parent; }

  TextBuilder m_text;
  std::vector<core::MarkupElement> m_markup;
  std::vector<Open> m_open;
  int m_hidden = 0;
};

bool Outliner::enter(const GumboNode& node) {
  switch (node.type) {
    case GUMBO_NODE_DOCUMENT:
      return true;
    case GUMBO_NODE_TEXT:
    case GUMBO_NODE_WHITESPACE:
    case GUMBO_NODE_CDATA:
      if (m_hidden == 0) m_text.append(node.v.text.text);
      return false;
    case GUMBO_NODE_ELEMENT:
    case GUMBO_NODE_TEMPLATE:
      return enter_element(node);
    default:
      return false;  // comments
  }
}

bool Outliner::enter_element(const GumboNode& node) {
  const GumboElement& element = node.v.element;
  const GumboTag tag = element.tag;
  if (tag == GUMBO_TAG_HEAD && !implied(node)) return false;  // metadata only
  const bool outlined = !((tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_HEAD || tag == GUMBO_TAG_BODY) && implied(node));
  if (in(k_block_tags, tag)) {
    m_text.block_start();
  } else if (tag == GUMBO_TAG_BR) {
    m_text.line_break();
  } else {
    m_text.inline_start();
  }
  const std::size_t index = outlined ? record(element) : k_none;
  // Template content is never shown: outline the element, not what it holds.
  if (tag == GUMBO_TAG_TEMPLATE) return false;
  if (in(k_hidden_tags, tag)) ++m_hidden;
  if (in(k_preformatted_tags, tag)) m_text.enter_preformatted();
  m_open.push_back(Open{index, index == k_none ? parent() : index, tag});
  return true;
}

std::size_t Outliner::record(const GumboElement& element) {
  core::MarkupElement out;
  out.tag = tag_name(element);
  out.attributes = attributes_of(element);
  out.span = core::Span{m_text.offset(), m_text.offset()};
  out.parent = parent();
  m_markup.push_back(std::move(out));
  return m_markup.size() - 1;
}

void Outliner::leave(const GumboNode& node) {
  if (node.type != GUMBO_NODE_ELEMENT && node.type != GUMBO_NODE_TEMPLATE) return;
  const Open open = m_open.back();
  m_open.pop_back();
  if (open.index != k_none) m_markup[open.index].span.end = m_text.offset();
  if (in(k_block_tags, open.tag)) m_text.block_end();
  if (in(k_hidden_tags, open.tag)) --m_hidden;
  if (in(k_preformatted_tags, open.tag)) m_text.leave_preformatted();
}

}  // namespace

BodyText html_body_text(const GumboNode& document, Whitespace whitespace) {
  Outliner outliner(whitespace);
  walk(
      document, [&outliner](const GumboNode& node) { return outliner.enter(node); },
      [&outliner](const GumboNode& node) { outliner.leave(node); });
  return outliner.take();
}

}  // namespace verify::article
