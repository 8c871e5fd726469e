#include "reports/markdown_text.hpp"

#include <string_view>

namespace reports {
namespace {

constexpr std::string_view k_markdown_punctuation = "\\`*_{}[]#!|~";  // enough that no link, image, emphasis or heading can form

void append_escaped(std::string& out, char ch) {
  switch (ch) {
    case '<': out += "&lt;"; return;
    case '>': out += "&gt;"; return;
    case '&': out += "&amp;"; return;
    case '\r': return;
    default: break;
  }
  if (k_markdown_punctuation.find(ch) != std::string_view::npos) out += '\\';
  out += ch;
}

}  // namespace

std::string md_inline(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (char ch : text) {
    if (ch == '\n' || ch == '\t') {
      out += ' ';
      continue;
    }
    append_escaped(out, ch);
  }
  return out;
}

std::string md_quote(std::string_view text) {
  std::string out = "> ";
  for (char ch : text) {
    if (ch == '\n') {
      out += "\n> ";
      continue;
    }
    append_escaped(out, ch);
  }
  return out + "\n";
}

}  // namespace reports
