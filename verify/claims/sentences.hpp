#pragma once
// Which sentence each token is in: a new sentence starts after a token that
// ends_sentence() says ends one ("U.S." before "and" does not) and at each
// new line.

#include <cstddef>
#include <vector>

#include "core/case.hpp"
#include "verify/claims/tokens.hpp"

namespace verify::claims {

class Sentences {
public:
  Sentences(std::string_view text, const std::vector<Token>& tokens);
  // The sentence holding the byte at `offset` (the nearest token at or before it).
  std::size_t of(std::size_t offset) const;
  std::size_t of(const core::Span& span) const { return of(span.start); }

private:
  std::vector<std::size_t> m_starts;    // token start offsets, ascending
  std::vector<std::size_t> m_sentence;  // the sentence of each token
};

}  // namespace verify::claims
