#include "verify/embeds/markup_view.hpp"

namespace verify::embeds {

std::string_view MarkupView::text_of(std::size_t i) const { return text_of(at(i).span); }

std::string_view MarkupView::text_of(core::Span span) const {
  const std::string& t = m_article.text;
  if (span.start > span.end || span.end > t.size()) return {};
  return std::string_view(t).substr(span.start, span.end - span.start);
}

std::size_t MarkupView::subtree_end(std::size_t i) const {
  std::size_t j = i + 1;
  // A descendant's parent lies between `i` and itself; the first element
  // whose parent does not is past the subtree.
  while (j < size() && at(j).parent != static_cast<std::size_t>(-1) && at(j).parent >= i && at(j).parent < j) ++j;
  return j;
}

std::vector<std::size_t> MarkupView::descendants(std::size_t i, std::string_view tag) const {
  std::vector<std::size_t> out;
  const std::size_t end = subtree_end(i);
  for (std::size_t j = i + 1; j < end; ++j) {
    if (at(j).tag == tag) out.push_back(j);
  }
  return out;
}

std::vector<core::Span> MarkupView::spans_of(std::initializer_list<std::string_view> tags) const {
  std::vector<core::Span> out;
  for (const auto& element : m_article.markup) {
    for (std::string_view tag : tags) {
      if (element.tag == tag) out.push_back(element.span);
    }
  }
  return out;
}

}  // namespace verify::embeds
