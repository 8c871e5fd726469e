#include "verify/claims/found.hpp"

namespace verify::claims {

core::Claim claim_over(const ScanInput& in, core::ClaimKind kind, std::size_t first, std::size_t last) {
  core::Claim claim;
  claim.kind = kind;
  claim.span = core::Span{in.tokens[first].start, in.tokens[last].end};
  claim.text = std::string(in.text.substr(claim.span.start, claim.span.end - claim.span.start));
  claim.role = kind == core::ClaimKind::source ? "source" : kind == core::ClaimKind::time ? "event" : "";
  return claim;
}

std::string_view word_at(const ScanInput& in, std::size_t i) {
  return i < in.tokens.size() ? token_text(in.text, in.tokens[i]) : std::string_view();
}

bool is_punct(const ScanInput& in, std::size_t i, std::string_view p) {
  return i < in.tokens.size() && in.tokens[i].kind == TokenKind::punct && word_at(in, i) == p;
}

}  // namespace verify::claims
