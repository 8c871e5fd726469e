#include "reports/markdown_text.hpp"

#include <cctype>
#include <string_view>

namespace reports {
namespace {

constexpr std::string_view k_markdown_punctuation = "\\`*_{}[]#!|~";  // enough that no link, image, emphasis or heading can form

bool is_word_byte(char ch) {
  const unsigned char c = static_cast<unsigned char>(ch);
  return c >= 0x80 || std::isalnum(c);
}

// Escapes text[i] into out. An underscore after a letter or digit cannot open
// emphasis in CommonMark (and every one that could is escaped, so none can
// close), which keeps handles like MIG29_ readable when pasted as plain text.
void append_escaped(std::string& out, std::string_view text, std::size_t i) {
  const char ch = text[i];
  switch (ch) {
    case '<': out += "&lt;"; return;
    case '>': out += "&gt;"; return;
    case '&': out += "&amp;"; return;
    case '\r': return;
    default: break;
  }
  const bool after_word = ch == '_' && i > 0 && is_word_byte(text[i - 1]);
  if (!after_word && k_markdown_punctuation.find(ch) != std::string_view::npos) out += '\\';
  out += ch;
}

}  // namespace

std::string md_inline(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char ch = text[i];
    if (ch == '\n' || ch == '\t') {
      out += ' ';
      continue;
    }
    append_escaped(out, text, i);
  }
  return out;
}

std::string md_quote(std::string_view text) {
  std::string out = "> ";
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') {
      out += "\n> ";
      continue;
    }
    append_escaped(out, text, i);
  }
  return out + "\n";
}

}  // namespace reports
