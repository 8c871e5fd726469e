#include "verify/claims/sources.hpp"

#include <array>
#include <set>

#include "verify/claims/outlets.hpp"

namespace verify::claims {
namespace {

constexpr std::size_t k_max_name_words = 6;
constexpr std::size_t k_max_descriptors = 6;

// A name found at tokens [first, last].
struct Name {
  std::size_t first = 0;
  std::size_t last = 0;
  const OutletAlias* alias = nullptr;  // null when the phrase is not in the table
};

bool is_word(const ScanInput& in, std::size_t i) {
  return i < in.tokens.size() && in.tokens[i].kind != TokenKind::punct;
}

bool same_line(const ScanInput& in, std::size_t a, std::size_t b) { return in.tokens[a].line == in.tokens[b].line; }

bool is_open_quote(std::string_view p) { return p == "“" || p == "\"" || p == "«" || p == "‘" || p == "'"; }
bool is_close_quote(std::string_view p) { return p == "”" || p == "\"" || p == "»" || p == "’" || p == "'"; }

std::string_view phrase(const ScanInput& in, std::size_t a, std::size_t b) {
  return in.text.substr(in.tokens[a].start, in.tokens[b].end - in.tokens[a].start);
}

// Words that start sentences or stand for a source already named: never a name alone.
bool is_stop_word(std::string_view w) {
  static constexpr std::array<std::string_view, 16> k_stop{"he",  "she",   "it",    "they", "we",   "i",
                                                           "the", "this",  "that",  "there", "a",   "an",
                                                           "but", "and",   "who",   "which"};
  const std::string lower = lower_ascii(w);
  for (auto s : k_stop) {
    if (lower == s) return true;
  }
  return false;
}

bool is_generic_suffix(std::string_view w) {
  const std::string lower = lower_ascii(w);
  return lower == "media" || lower == "sources" || lower == "officials" || lower == "state" || lower == "television";
}

// The longest alias in the table starting (forward) or ending (backward) at i.
std::optional<Name> alias_at(const ScanInput& in, std::size_t i, bool forward) {
  for (std::size_t n = k_max_name_words; n >= 1; --n) {
    if (!forward && i + 1 < n) continue;
    const std::size_t a = forward ? i : i + 1 - n, b = forward ? i + n - 1 : i;
    if (!is_word(in, a) || b >= in.tokens.size() || !same_line(in, a, b)) continue;
    bool words = true;
    for (std::size_t k = a; k <= b && words; ++k) words = is_word(in, k);
    if (!words) continue;
    if (const auto* alias = find_outlet_alias(phrase(in, a, b))) return Name{a, b, alias};
  }
  return std::nullopt;
}

std::optional<Name> capitalised_forward(const ScanInput& in, std::size_t i) {
  std::size_t last = i;
  if (!is_word(in, i) || !is_capitalised(word_at(in, i)) || is_stop_word(word_at(in, i))) return std::nullopt;
  while (last + 1 < in.tokens.size() && last + 1 - i < k_max_name_words && is_word(in, last + 1) &&
         same_line(in, i, last + 1) && is_capitalised(word_at(in, last + 1))) {
    ++last;
  }
  if (is_word(in, last + 1) && same_line(in, i, last + 1) && is_generic_suffix(word_at(in, last + 1))) ++last;
  return Name{i, last, nullptr};
}

std::optional<Name> capitalised_backward(const ScanInput& in, std::size_t i) {
  if (!is_word(in, i) || !is_capitalised(word_at(in, i))) return std::nullopt;
  std::size_t first = i;
  while (first > 0 && i - first + 1 < k_max_name_words && is_word(in, first - 1) && same_line(in, first - 1, i) &&
         is_capitalised(word_at(in, first - 1))) {
    --first;
  }
  while (first < i && is_stop_word(word_at(in, first))) ++first;
  if (is_stop_word(word_at(in, first))) return std::nullopt;
  return Name{first, i, nullptr};
}

// The name after a forward anchor ending at token `i`: descriptors skipped, quotes allowed.
std::optional<Name> name_after(const ScanInput& in, std::size_t i, std::size_t descriptors) {
  std::size_t j = i + 1;
  for (std::size_t k = 0; k < descriptors && is_word(in, j) && !is_capitalised(word_at(in, j)); ++k) {
    if (alias_at(in, j, true)) break;
    ++j;
  }
  if (j < in.tokens.size() && is_open_quote(word_at(in, j))) ++j;
  if (j >= in.tokens.size() || !same_line(in, i, j)) return std::nullopt;
  if (auto name = alias_at(in, j, true)) return name;
  return capitalised_forward(in, j);
}

// The name before a backward anchor at token `i`, a closing quote allowed.
std::optional<Name> name_before(const ScanInput& in, std::size_t i) {
  if (i == 0) return std::nullopt;
  std::size_t j = i - 1;
  if (is_close_quote(word_at(in, j)) && j > 0) --j;
  if (!same_line(in, i, j)) return std::nullopt;
  if (auto name = alias_at(in, j, false)) return name;
  return capitalised_backward(in, j);
}

// Forward anchors: how many descriptor words may stand between the anchor and the name.
std::optional<Name> forward_anchor(const ScanInput& in, std::size_t i) {
  const std::string w = lower_ascii(word_at(in, i));
  const std::string next = lower_ascii(word_at(in, i + 1));
  if (w == "according" && next == "to") return name_after(in, i + 1, 1);
  if (w == "citing" || w == "cited") return name_after(in, i, 1);
  if ((w == "reporter" || w == "correspondent" || w == "journalist") && next == "working" &&
      lower_ascii(word_at(in, i + 2)) == "for") {
    return name_after(in, i + 2, k_max_descriptors);
  }
  if ((w == "reporter" || w == "correspondent" || w == "journalist") && (next == "with" || next == "for" || next == "from")) {
    return name_after(in, i + 1, k_max_descriptors);
  }
  if (w == "broadcaster" || w == "station" || w == "channel" || w == "agency" || w == "outlet" || w == "newspaper") {
    return name_after(in, i, 0);
  }
  return std::nullopt;
}

bool is_backward_anchor(std::string_view word) {
  const std::string w = lower_ascii(word);
  return w == "reports" || w == "reported" || w == "said" || w == "says" || w == "wrote" || w == "writes";
}

// A quoted phrase that is a known outlet: “Sham FM”.
std::optional<Name> quoted_outlet(const ScanInput& in, std::size_t i) {
  if (!is_open_quote(word_at(in, i)) || !is_word(in, i + 1)) return std::nullopt;
  auto name = alias_at(in, i + 1, true);
  if (!name || !is_close_quote(word_at(in, name->last + 1))) return std::nullopt;
  return name;
}

core::Claim source_claim(const ScanInput& in, std::size_t anchor, const Name& name) {
  const std::size_t first = std::min(anchor, name.first);
  std::size_t last = std::max(anchor, name.last);
  // “Sham FM”: the closing quote belongs to the claim when the opening one does.
  if (last == name.last && name.first > 0 && is_open_quote(word_at(in, name.first - 1)) &&
      is_close_quote(word_at(in, last + 1))) {
    ++last;
  }
  core::Claim claim = claim_over(in, core::ClaimKind::source, first, last);
  const std::string matched(phrase(in, name.first, name.last));
  claim.value = core::SourceRef{name.alias ? name.alias->outlet : matched, matched};
  if (!name.alias) claim.note = "outlet not in data/outlet_aliases.csv";
  return claim;
}

}  // namespace

std::vector<core::Claim> find_sources(const ScanInput& in) {
  std::vector<core::Claim> claims;
  std::set<std::size_t> names_seen;  // first token of each name already claimed
  for (std::size_t i = 0; i < in.tokens.size(); ++i) {
    std::optional<Name> name;
    if (in.tokens[i].kind == TokenKind::punct) {
      name = quoted_outlet(in, i);
    } else if (is_backward_anchor(word_at(in, i)) && lower_ascii(word_at(in, i + 1)) != "to") {  // not "reported to have"
      name = name_before(in, i);
    } else {
      name = forward_anchor(in, i);
    }
    if (!name || !names_seen.insert(name->first).second) continue;
    claims.push_back(source_claim(in, i, *name));
  }
  return claims;
}

}  // namespace verify::claims
