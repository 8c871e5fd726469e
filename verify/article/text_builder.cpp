#include "verify/article/text_builder.hpp"

namespace verify::article {
namespace {

bool is_html_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

}  // namespace

void TextBuilder::flush_space() {
  if (m_pending_space && !at_line_start() && m_text.back() != ' ') m_text += ' ';
  m_pending_space = false;
}

void TextBuilder::flush_break(std::string_view next) {
  if (!m_pending_break) return;
  m_pending_break = false;
  if (!m_collapse && next.starts_with('\n')) return;
  if (!at_line_start()) m_text += '\n';
}

std::string TextBuilder::take() {
  flush_break({});
  return std::move(m_text);
}

void TextBuilder::append(std::string_view text) {
  flush_break(text);
  if (!m_collapse || m_preformatted > 0) {
    flush_space();
    m_text.append(text);
    return;
  }
  // No-break spaces (U+00A0, from &nbsp;) are kept as they are: they are not
  // HTML white space, and bylines such as "handle&nbsp;|&nbsp;date" use them.
  std::size_t pos = 0;
  while (pos < text.size()) {
    if (is_html_space(text[pos])) {
      m_pending_space = true;
      ++pos;
      continue;
    }
    std::size_t end = pos;
    while (end < text.size() && !is_html_space(text[end])) ++end;
    flush_space();
    m_text.append(text.substr(pos, end - pos));
    pos = end;
  }
}

void TextBuilder::line_break() {
  flush_break({});
  m_pending_space = false;
  if (!m_collapse) {
    if (!at_line_start()) m_text += '\n';
    return;
  }
  // At most one blank line in a row, and none at the very start.
  if (!m_text.empty() && !m_text.ends_with("\n\n")) m_text += '\n';
}

void TextBuilder::block_start() {
  flush_break({});
  m_pending_space = false;
  if (!at_line_start()) m_text += '\n';
}

void TextBuilder::block_end() {
  m_pending_space = false;
  m_pending_break = !at_line_start();
}

void TextBuilder::inline_start() {
  flush_break({});
  if (m_collapse) flush_space();
}

}  // namespace verify::article
