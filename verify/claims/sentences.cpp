#include "verify/claims/sentences.hpp"

#include <algorithm>

namespace verify::claims {

Sentences::Sentences(std::string_view text, const std::vector<Token>& tokens) {
  m_starts.reserve(tokens.size());
  m_sentence.reserve(tokens.size());
  std::size_t sentence = 0;
  bool ended = false;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (ended || (i > 0 && tokens[i].line != tokens[i - 1].line)) ++sentence;
    ended = false;
    m_starts.push_back(tokens[i].start);
    m_sentence.push_back(sentence);
    ended = ends_sentence(text, tokens, i);
  }
}

std::size_t Sentences::of(std::size_t offset) const {
  const auto it = std::upper_bound(m_starts.begin(), m_starts.end(), offset);
  if (it == m_starts.begin()) return 0;
  return m_sentence[static_cast<std::size_t>(it - m_starts.begin()) - 1];
}

}  // namespace verify::claims
