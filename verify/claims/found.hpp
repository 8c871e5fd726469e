#pragma once
// What every claim finder shares: the text, its tokens, the published time,
// and a way to make a claim from a token range.

#include <optional>
#include <string_view>
#include <vector>

#include "core/case.hpp"
#include "verify/claims/tokens.hpp"

namespace verify::claims {

struct ScanInput {
  std::string_view text;
  const std::vector<Token>& tokens;
  std::optional<core::Instant> published;
};

// A claim of `kind` covering tokens [first, last] (inclusive); id, embed left empty.
core::Claim claim_over(const ScanInput& in, core::ClaimKind kind, std::size_t first, std::size_t last);

// The token's text, or "" past either end.
std::string_view word_at(const ScanInput& in, std::size_t i);
bool is_punct(const ScanInput& in, std::size_t i, std::string_view p);

inline constexpr const char* k_no_published = "unresolved: the article states no published time";

}  // namespace verify::claims
