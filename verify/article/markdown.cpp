#include "verify/article/markdown.hpp"

#include "verify/article/html_tag.hpp"

namespace verify::article {
namespace {

bool is_scheme_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '+' || c == '.' ||
         c == '-';
}

// "<https://…>" or "<mailto:…>": a scheme, then "://" or "mailto:", then no space before '>'.
bool is_autolink(std::string_view text, std::size_t pos) {
  std::size_t i = pos + 1;
  while (i < text.size() && is_scheme_char(text[i])) ++i;
  if (i == pos + 1 || i >= text.size() || text[i] != ':') return false;
  const std::string scheme = lower_ascii(text.substr(pos + 1, i - pos - 1));
  if (scheme != "mailto" && text.substr(i, 3) != "://") return false;
  const auto close = text.find_first_of("> \t\n<", i);
  return close != std::string_view::npos && text[close] == '>';
}

}  // namespace

std::string escape_autolinks(std::string_view markdown) {
  std::string out;
  out.reserve(markdown.size());
  std::size_t pos = 0;
  while (true) {
    const auto lt = markdown.find('<', pos);
    out.append(markdown.substr(pos, lt == std::string_view::npos ? std::string_view::npos : lt - pos));
    if (lt == std::string_view::npos) return out;
    out.append(is_autolink(markdown, lt) ? "&lt;" : "<");
    pos = lt + 1;
  }
}

}  // namespace verify::article
