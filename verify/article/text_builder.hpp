#pragma once
// Builds Article::text from a parse tree's text nodes and element edges.
// HTML text has its white space collapsed as a browser shows it; Markdown
// text keeps it as written, so line-based detection of flattened embeds works.

#include <cstddef>
#include <string>
#include <string_view>

namespace verify::article {

enum class Whitespace { collapse, keep };

class TextBuilder {
 public:
  explicit TextBuilder(Whitespace whitespace) : m_collapse(whitespace == Whitespace::collapse) {}

  void append(std::string_view text);  // a text node
  void line_break();                   // <br>
  void block_start();                  // a block element starts on a new line…
  void block_end();                    // …and what follows it too
  // An inline element starts: white space before it goes before it, not into it.
  void inline_start();
  void enter_preformatted() { ++m_preformatted; }  // <pre>: white space as written
  void leave_preformatted() { --m_preformatted; }

  // Where the next text goes. Call after the element's edge (block_start,
  // inline_start, line_break), which settles any pending break.
  std::size_t offset() const { return m_text.size(); }
  std::string take();

 private:
  bool at_line_start() const { return m_text.empty() || m_text.back() == '\n'; }
  void flush_space();
  void flush_break(std::string_view next);

  std::string m_text;
  bool m_collapse;
  // Collapsed white space is written only once text follows on the same
  // line, so no line starts or ends with a space and no span holds one
  // that is later dropped.
  bool m_pending_space = false;
  // A block's end breaks the line once something follows; in Markdown, not
  // when what follows starts with its own line end (no blank line is added).
  bool m_pending_break = false;
  int m_preformatted = 0;
};

}  // namespace verify::article
