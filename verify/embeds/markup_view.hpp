#pragma once
// Read-only helpers over Article::markup: element text, descendants, and the
// spans of elements of one tag. Defensive about spans and parent indices,
// which come from another stage.

#include <cstddef>
#include <string_view>
#include <vector>

#include "core/case.hpp"

namespace verify::embeds {

class MarkupView {
 public:
  explicit MarkupView(const core::Article& article) : m_article(article) {}

  std::size_t size() const { return m_article.markup.size(); }
  const core::MarkupElement& at(std::size_t i) const { return m_article.markup[i]; }
  const std::string& text() const { return m_article.text; }
  const std::string& language() const { return m_article.language; }  // the page's, "" when unknown

  // The element's text in Article::text (empty when its span is out of range).
  std::string_view text_of(std::size_t i) const;
  std::string_view text_of(core::Span span) const;

  // One past the element's last descendant: descendants follow it in document order.
  std::size_t subtree_end(std::size_t i) const;

  // The descendants of `i` with tag `tag`, in document order.
  std::vector<std::size_t> descendants(std::size_t i, std::string_view tag) const;

  // Spans of every element whose tag is one of `tags`.
  std::vector<core::Span> spans_of(std::initializer_list<std::string_view> tags) const;

 private:
  const core::Article& m_article;
};

}  // namespace verify::embeds
