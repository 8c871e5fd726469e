#include "verify/claims/counts.hpp"

#include <array>
#include <fmt/format.h>

#include "verify/claims/calendar.hpp"

namespace verify::claims {
namespace {

struct NumberWord {
  std::string_view word;
  double value;
};

constexpr std::array<NumberWord, 26> k_number_words{{
    {"two", 2},       {"three", 3},    {"four", 4},       {"five", 5},      {"six", 6},       {"seven", 7},
    {"eight", 8},     {"nine", 9},     {"ten", 10},       {"eleven", 11},   {"twelve", 12},   {"thirteen", 13},
    {"fourteen", 14}, {"fifteen", 15}, {"sixteen", 16},   {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19},
    {"twenty", 20},   {"thirty", 30},  {"forty", 40},     {"fifty", 50},    {"hundred", 100}, {"dozen", 12},
    {"dozens", 24},   {"hundreds", 200},
}};

// Words after a number that make it something other than a count of things.
bool is_function_word(std::string_view w) {
  static constexpr std::array<std::string_view, 28> k_words{
      "of", "and", "or", "the", "to", "in", "on", "at", "a", "an", "is", "was", "were", "are",
      "have", "has", "had", "that", "which", "who", "more", "than", "per", "percent",
      "a.m", "p.m", "am", "pm"};  // "3 p.m." is a time of day, not three of something
  for (auto s : k_words) {
    if (w == s) return true;
  }
  return false;
}

std::optional<double> number_of(std::string_view word) {
  const std::string lower = lower_ascii(word);
  for (const auto& n : k_number_words) {
    if (lower == n.word) return n.value;
  }
  return std::nullopt;
}

// A lower-case noun that can follow a number.
bool is_noun_word(const ScanInput& in, std::size_t i) {
  if (i >= in.tokens.size() || in.tokens[i].kind != TokenKind::word || in.tokens[i].line != in.tokens[i - 1].line) {
    return false;
  }
  const auto w = word_at(in, i);
  return !w.empty() && w[0] >= 'a' && w[0] <= 'z' && !is_function_word(lower_ascii(w)) && !english_month(w);
}

core::Claim count_claim(const ScanInput& in, std::size_t first, std::size_t last, double value, std::string what) {
  core::Claim claim = claim_over(in, core::ClaimKind::count, first, last);
  claim.value = core::Count{value, std::move(what)};
  return claim;
}

// "8-vehicle convoy": one token, digits, a hyphen, a noun.
std::optional<core::Claim> hyphenated(const ScanInput& in, std::size_t i) {
  const auto w = word_at(in, i);
  const auto dash = w.find('-');
  if (dash == std::string_view::npos || dash == 0 || dash > 6) return std::nullopt;
  const long long n = number_value(w.substr(0, dash));
  const std::string noun(w.substr(dash + 1));
  if (n < 0 || noun.empty() || noun[0] < 'a' || noun[0] > 'z' || noun.find('-') != std::string::npos) return std::nullopt;
  if (noun == "year" || noun == "old") return std::nullopt;  // ages: "20-year-old" is not a count of things
  const std::size_t last = is_noun_word(in, i + 1) ? i + 1 : i;
  return count_claim(in, i, last, static_cast<double>(n), noun);
}

// "12 trucks", "eight vehicles", "dozens of fighters".
std::optional<core::Claim> spelled(const ScanInput& in, std::size_t i) {
  const auto w = word_at(in, i);
  std::optional<double> value = in.tokens[i].kind == TokenKind::number && w.size() <= 6
                                    ? std::optional<double>(static_cast<double>(number_value(w)))
                                    : number_of(w);
  if (!value || *value < 0) return std::nullopt;
  if (in.tokens[i].kind == TokenKind::number && *value >= 1900 && *value <= 2100) return std::nullopt;  // a year
  std::size_t noun = i + 1;
  if ((lower_ascii(w) == "dozens" || lower_ascii(w) == "hundreds") && lower_ascii(word_at(in, noun)) == "of") ++noun;
  if (!is_noun_word(in, noun)) return std::nullopt;
  core::Claim claim = count_claim(in, i, noun, *value, std::string(word_at(in, noun)));
  if (lower_ascii(w) == "dozens") claim.note = "\"dozens\": at least 24";
  if (lower_ascii(w) == "hundreds") claim.note = "\"hundreds\": at least 200";
  return claim;
}

}  // namespace

std::vector<core::Claim> find_counts(const ScanInput& in) {
  std::vector<core::Claim> claims;
  for (std::size_t i = 0; i < in.tokens.size(); ++i) {
    if (in.tokens[i].kind == TokenKind::punct) continue;
    auto claim = in.tokens[i].kind == TokenKind::word ? hyphenated(in, i) : std::nullopt;
    if (!claim) claim = spelled(in, i);
    if (!claim) continue;
    claims.push_back(std::move(*claim));
    while (i + 1 < in.tokens.size() && in.tokens[i + 1].start < claims.back().span.end) ++i;
  }
  return claims;
}

}  // namespace verify::claims
