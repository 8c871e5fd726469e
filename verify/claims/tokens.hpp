#pragma once
// The article text cut into words once, so every claim finder scans anchors
// in linear time and parses around them locally (no regex over the text).
//
//   tokenize("al-Masdar News reports, “Sham FM”:")
//     → word "al-Masdar", word "News", word "reports", punct ",",
//       punct "“", word "Sham", word "FM", punct "”", punct ":"
//
// A word is a run of letters and digits in any script, with inner hyphens,
// apostrophes and dots ("8-vehicle", "U.S."); Arabic-Indic digits are digits.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace verify::claims {

enum class TokenKind { word, number, punct };

struct Token {
  std::size_t start = 0;
  std::size_t end = 0;
  TokenKind kind = TokenKind::punct;
  std::size_t line = 0;  // index of the line (paragraph) the token is on
};

std::vector<Token> tokenize(std::string_view text);

// Whether punctuation token `i` ends a sentence: ".", "!", "?" or ";" — but
// not the dot of "a.m.", "U.S." before a lower-case word, nor that of a title
// ("Gen. Smith") or an initial ("J. Smith").
bool ends_sentence(std::string_view text, const std::vector<Token>& tokens, std::size_t i);

// Helpers over tokens and words.
std::string_view token_text(std::string_view text, const Token& t);
std::string lower_ascii(std::string_view s);
bool is_capitalised(std::string_view word);  // "Sham", "FM", "al-Masdar"
// The value of an ASCII or Arabic-Indic digit run, or -1 (also when too long).
long long number_value(std::string_view word);

}  // namespace verify::claims
