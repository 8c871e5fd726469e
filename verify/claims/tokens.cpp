#include "verify/claims/tokens.hpp"

#include <cstdint>

namespace verify::claims {
namespace {

struct CodePoint {
  char32_t value = 0;
  std::size_t size = 1;
};

// Decodes one UTF-8 sequence; an invalid byte is read as itself, size 1.
CodePoint decode(std::string_view s, std::size_t i) {
  const auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) return {b, 1};
  const std::size_t n = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
  if (n == 1 || i + n > s.size()) return {b, 1};
  char32_t cp = b & (0x3F >> (n - 1));
  for (std::size_t k = 1; k < n; ++k) {
    const auto c = static_cast<unsigned char>(s[i + k]);
    if ((c & 0xC0) != 0x80) return {b, 1};
    cp = (cp << 6) | (c & 0x3F);
  }
  return {cp, n};
}

bool is_ascii_alnum(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

bool is_arabic_digit(char32_t c) { return (c >= 0x660 && c <= 0x669) || (c >= 0x6F0 && c <= 0x6F9); }

// Letters and digits of any script; punctuation, spaces and symbols are not.
bool is_word_char(char32_t c) {
  if (c < 0x80) return is_ascii_alnum(c);
  if (c == 0xA0 || c == 0xAB || c == 0xBB || c == 0xD7 || c == 0xF7) return false;
  if (c >= 0x2000 && c <= 0x206F) return false;  // general punctuation, bidi marks
  if (c == 0x60C || c == 0x61B || c == 0x61F || (c >= 0x66A && c <= 0x66D) || c == 0x6D4) return false;
  if (c >= 0x3000 && c <= 0x303F) return false;
  if (c >= 0xFE00 && c <= 0xFE0F) return false;  // variation selectors
  if (c >= 0x1F000) return false;                // emoji and flags
  return true;
}

bool is_joiner(char c) { return c == '-' || c == '\'' || c == '.'; }

}  // namespace

std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> tokens;
  std::size_t line = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    const CodePoint cp = decode(text, i);
    if (cp.value == '\n') ++line;
    if (cp.value == ' ' || cp.value == '\t' || cp.value == '\r' || cp.value == '\n' || cp.value == 0xA0) {
      i += cp.size;
      continue;
    }
    if (!is_word_char(cp.value)) {
      tokens.push_back(Token{i, i + cp.size, TokenKind::punct, line});
      i += cp.size;
      continue;
    }
    const std::size_t start = i;
    bool digits_only = true;
    while (i < text.size()) {
      const CodePoint c = decode(text, i);
      if (is_word_char(c.value)) {
        digits_only = digits_only && ((c.value >= '0' && c.value <= '9') || is_arabic_digit(c.value));
        i += c.size;
      } else if (is_joiner(text[i]) && i + 1 < text.size() && is_word_char(decode(text, i + 1).value) &&
                 !(text[i] == '.' && digits_only)) {
        digits_only = false;
        i += 1;
      } else {
        break;
      }
    }
    tokens.push_back(Token{start, i, digits_only ? TokenKind::number : TokenKind::word, line});
  }
  return tokens;
}

std::string_view token_text(std::string_view text, const Token& t) { return text.substr(t.start, t.end - t.start); }

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool is_capitalised(std::string_view word) {
  if (word.empty()) return false;
  if (word[0] >= 'A' && word[0] <= 'Z') return true;
  // Arabic article prefixes in Latin spellings: al-Masdar, el-Watan, as-Safir.
  const auto dash = word.find('-');
  return dash != std::string_view::npos && dash <= 2 && dash + 1 < word.size() && word[dash + 1] >= 'A' &&
         word[dash + 1] <= 'Z';
}

bool ends_sentence(std::string_view text, const std::vector<Token>& tokens, std::size_t i) {
  if (i >= tokens.size() || tokens[i].kind != TokenKind::punct) return false;
  const auto p = token_text(text, tokens[i]);
  if (p == "!" || p == "?" || p == ";") return true;
  if (p != "." || i == 0 || tokens[i - 1].kind != TokenKind::word || tokens[i - 1].end != tokens[i].start) return p == ".";
  const auto before = token_text(text, tokens[i - 1]);
  static constexpr std::string_view k_titles[] = {"Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Col", "Lt", "Sgt", "Capt",
                                                  "Maj", "Prof", "Rep", "Sen", "Gov", "Lt.Col", "No", "vs"};
  for (auto title : k_titles) {
    if (before == title) return false;
  }
  if (before.size() == 1 && before[0] >= 'A' && before[0] <= 'Z') return false;  // an initial
  if (before.find('.') == std::string_view::npos) return true;
  // "a.m." / "U.S.": a sentence ends there only when a capitalised word follows.
  const bool next_capitalised = i + 1 < tokens.size() && tokens[i + 1].line == tokens[i].line &&
                                is_capitalised(token_text(text, tokens[i + 1]));
  return i + 1 >= tokens.size() || tokens[i + 1].line != tokens[i].line || next_capitalised;
}

long long number_value(std::string_view word) {
  long long value = 0;
  std::size_t digits = 0;
  for (std::size_t i = 0; i < word.size();) {
    const CodePoint c = decode(word, i);
    int d = -1;
    if (c.value >= '0' && c.value <= '9') d = static_cast<int>(c.value - '0');
    if (c.value >= 0x660 && c.value <= 0x669) d = static_cast<int>(c.value - 0x660);
    if (c.value >= 0x6F0 && c.value <= 0x6F9) d = static_cast<int>(c.value - 0x6F0);
    if (d < 0 || ++digits > 12) return -1;
    value = value * 10 + d;
    i += c.size;
  }
  return digits == 0 ? -1 : value;
}

}  // namespace verify::claims
