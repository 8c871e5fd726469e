// The embeds stage as a recipe:
//   1. embeds written as markup (HTML, inline HTML in Markdown);
//   2. embeds flattened into the text that no markup embed covers;
//   3. all of them in article order, numbered e1, e2, …, with their errors.
#include "verify/embeds/detect.hpp"

#include <algorithm>

#include "verify/embeds/html_embeds.hpp"
#include "verify/embeds/markup_view.hpp"
#include "verify/embeds/text_embeds.hpp"

namespace verify {
namespace {

using embeds::Detection;
using embeds::FoundEmbed;

// Text the text scan must not read: markup embeds, and code that is not
// prose (a how-to page showing embed markup or a byline as an example).
std::vector<core::Span> covered_spans(const core::Article& article, const Detection& found) {
  std::vector<core::Span> covered =
      embeds::MarkupView(article).spans_of({"script", "style", "noscript", "template", "pre", "code"});
  for (const auto& f : found.embeds) covered.push_back(f.embed.span);
  std::sort(covered.begin(), covered.end(), [](const core::Span& a, const core::Span& b) { return a.start < b.start; });
  return covered;
}

// The parts of [0, size) outside `covered` (sorted by start, possibly overlapping).
std::vector<core::Span> uncovered(const std::vector<core::Span>& covered, std::size_t size) {
  std::vector<core::Span> out;
  std::size_t pos = 0;
  for (const auto& span : covered) {
    if (span.start > pos) out.push_back({pos, std::min(span.start, size)});
    pos = std::max(pos, span.end);
  }
  if (pos < size) out.push_back({pos, size});
  return out;
}

// Elements that make a block of text of their own.
const std::initializer_list<std::string_view> k_block_tags = {
    "p", "div", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "dd", "dt", "pre",
    "figure", "figcaption", "section", "article", "header", "footer", "aside", "table", "tr", "ul", "ol"};

embeds::TextLayout text_layout(const core::Article& article, const Detection& found) {
  const embeds::MarkupView view(article);
  embeds::TextLayout layout;
  layout.regions = uncovered(covered_spans(article, found), article.text.size());
  for (std::size_t i = 0; i < view.size(); ++i) {
    if (view.at(i).tag == "a") layout.anchors.push_back({view.at(i).span, view.at(i).attribute("href")});
  }
  for (const auto& span : view.spans_of(k_block_tags)) layout.block_starts.push_back(span.start);
  std::sort(layout.block_starts.begin(), layout.block_starts.end());
  return layout;
}

void append(Detection& to, Detection from) {
  for (auto& f : from.embeds) to.embeds.push_back(std::move(f));
  for (auto& e : from.errors) to.errors.push_back(std::move(e));
}

// Spans from the markup are another stage's work: keep them inside the text.
core::Span clamped(core::Span span, std::size_t size) {
  span.end = std::min(span.end, size);
  span.start = std::min(span.start, span.end);
  return span;
}

void number_and_store(Detection found, core::Case& c) {
  // Stable: at one position, a markup embed stays before a text one.
  std::stable_sort(found.embeds.begin(), found.embeds.end(), [](const FoundEmbed& a, const FoundEmbed& b) {
    return a.embed.span.start < b.embed.span.start;
  });
  for (auto& f : found.embeds) {
    f.embed.id = "e" + std::to_string(c.embeds.size() + 1);
    f.embed.span = clamped(f.embed.span, c.article.text.size());
    for (auto& error : f.errors) {
      if (error.input.empty()) error.input = "embed " + f.embed.id;
      c.errors.push_back(std::move(error));
    }
    c.embeds.push_back(std::move(f.embed));
  }
  for (auto& error : found.errors) c.errors.push_back(std::move(error));
}

}  // namespace

void detect_embeds(core::Case& c) {
  const core::Article& article = c.article;
  // 1. markup
  Detection found = embeds::detect_html_embeds(article);
  // 2. flattened text outside the markup embeds
  append(found, embeds::detect_text_embeds(article.text, text_layout(article, found)));
  // 3. article order and ids
  number_and_store(std::move(found), c);
}

}  // namespace verify
