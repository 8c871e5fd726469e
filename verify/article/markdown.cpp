#include "verify/article/markdown.hpp"

#include <md4c-html.h>
#include <md4c.h>

#include <limits>

namespace verify::article {
namespace {

// Bare URLs stay text, as the page shows them: only <…> autolinks and
// [label](url) are links. Tables and strikethrough as GitHub writes them.
constexpr unsigned k_parser_flags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH;

void append(const MD_CHAR* text, MD_SIZE size, void* out) { static_cast<std::string*>(out)->append(text, size); }

}  // namespace

std::optional<std::string> markdown_to_html(std::string_view markdown) {
  if (markdown.size() > std::numeric_limits<MD_SIZE>::max()) return std::nullopt;
  std::string html;
  html.reserve(markdown.size() + markdown.size() / 4);
  if (md_html(markdown.data(), static_cast<MD_SIZE>(markdown.size()), append, &html, k_parser_flags,
              MD_HTML_FLAG_SKIP_UTF8_BOM) != 0) {
    return std::nullopt;
  }
  return html;
}

}  // namespace verify::article
