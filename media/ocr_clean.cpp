#include "media/ocr_clean.hpp"

namespace media {
namespace {

// The three-byte UTF-8 forms of the marks to drop (all start with 0xE2 0x80
// or 0xE2 0x81, or 0xEF 0xBB 0xBF for U+FEFF).
bool is_mark(std::string_view s) {
  if (s.size() < 3) return false;
  const auto b0 = static_cast<unsigned char>(s[0]);
  const auto b1 = static_cast<unsigned char>(s[1]);
  const auto b2 = static_cast<unsigned char>(s[2]);
  if (b0 == 0xEF) return b1 == 0xBB && b2 == 0xBF;                              // U+FEFF
  if (b0 != 0xE2) return false;
  if (b1 == 0x80) return b2 == 0x8E || b2 == 0x8F || (b2 >= 0xAA && b2 <= 0xAE);  // U+200E/F, U+202A–E
  return b1 == 0x81 && b2 >= 0xA6 && b2 <= 0xA9;                                 // U+2066–9
}

void end_line(std::string& out, std::string& line) {
  while (!line.empty() && line.back() == ' ') line.pop_back();
  if (line.empty()) return;
  if (!out.empty()) out += '\n';
  out += line;
  line.clear();
}

}  // namespace

std::string clean_ocr_text(std::string_view text) {
  std::string out;
  std::string line;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (is_mark(text.substr(i))) {
      i += 2;
      continue;
    }
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      end_line(out, line);
    } else if (c == ' ' || c == '\t') {
      if (!line.empty() && line.back() != ' ') line += ' ';
    } else if (c >= 0x20 && c != 0x7F) {
      line += static_cast<char>(c);
    }
  }
  end_line(out, line);
  return out;
}

}  // namespace media
