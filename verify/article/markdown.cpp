#include "verify/article/markdown.hpp"

#include <md4c-html.h>
#include <md4c.h>

#include <limits>

namespace verify::article {
namespace {

// Bare URLs stay text, as the page shows them: only <…> autolinks and
// [label](url) are links. Tables and strikethrough as GitHub writes them.
constexpr unsigned k_parser_flags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH;
// md4c 0.4.8 repeats a link reference's target at every use, so a small file
// can render quadratically large (fixed upstream after 0.4.8). More rendered
// text and link targets than this many times the input, plus a margin, is refused.
constexpr std::size_t k_max_growth = 8;
constexpr std::size_t k_growth_margin = 1u << 20;

struct Budget {
  std::size_t left = 0;
  bool spent(std::size_t bytes) {
    if (bytes > left) {
      left = 0;
      return true;
    }
    left -= bytes;
    return false;
  }
};

int on_text(MD_TEXTTYPE, const MD_CHAR*, MD_SIZE size, void* budget) {
  return static_cast<Budget*>(budget)->spent(size) ? 1 : 0;
}

int on_span(MD_SPANTYPE type, void* detail, void* budget) {
  MD_SIZE size = 0;
  if (type == MD_SPAN_A) size = static_cast<MD_SPAN_A_DETAIL*>(detail)->href.size;
  if (type == MD_SPAN_IMG) size = static_cast<MD_SPAN_IMG_DETAIL*>(detail)->src.size;
  return static_cast<Budget*>(budget)->spent(size + 16) ? 1 : 0;
}

int on_block(MD_BLOCKTYPE, void*, void* budget) { return static_cast<Budget*>(budget)->spent(16) ? 1 : 0; }
int on_leave_span(MD_SPANTYPE, void*, void*) { return 0; }

// Whether the rendering stays within its budget: md4c's parser alone, aborted as soon as it is spent.
bool renders_small(std::string_view markdown) {
  Budget budget{markdown.size() * k_max_growth + k_growth_margin};
  const MD_PARSER parser{0, k_parser_flags, on_block, on_block, on_span, on_leave_span, on_text, nullptr, nullptr};
  return md_parse(markdown.data(), static_cast<MD_SIZE>(markdown.size()), &parser, &budget) == 0;
}

void append(const MD_CHAR* text, MD_SIZE size, void* out) { static_cast<std::string*>(out)->append(text, size); }

// md4c writes a hard line break ("two spaces\n") as "<br>\n": with the text's
// line breaks kept, that would read as a blank line, which ends a post.
void join_hard_breaks(std::string& html) {
  std::string out;
  out.reserve(html.size());
  std::size_t at = 0;
  for (auto br = html.find("<br>\n"); br != std::string::npos; br = html.find("<br>\n", at)) {
    out.append(html, at, br + 4 - at);
    at = br + 5;
  }
  out.append(html, at, std::string::npos);
  html = std::move(out);
}

}  // namespace

std::optional<std::string> markdown_to_html(std::string_view markdown) {
  if (markdown.size() > std::numeric_limits<MD_SIZE>::max() / (k_max_growth + 1)) return std::nullopt;
  if (!renders_small(markdown)) return std::nullopt;
  std::string html;
  html.reserve(markdown.size() + markdown.size() / 4);
  if (md_html(markdown.data(), static_cast<MD_SIZE>(markdown.size()), append, &html, k_parser_flags,
              MD_HTML_FLAG_SKIP_UTF8_BOM) != 0) {
    return std::nullopt;
  }
  join_hard_breaks(html);
  return html;
}

}  // namespace verify::article
