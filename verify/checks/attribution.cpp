#include "verify/checks/attribution.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "verify/checks/post_text_match.hpp"
#include "verify/claims/outlets.hpp"

namespace verify {
namespace {

using core::Check;
using core::Claim;
using core::Embed;
using core::Evidence;
using core::Verdict;

// One place in or about the post where a name may appear.
struct Haystack {
  std::string label;  // "the post text quoted in the article", "the handle", …
  WordWindows words;
  bool is_name;       // a name field: any alias counts, not only long ones
  std::string source;
  std::optional<core::Span> span;
};

std::vector<Haystack> haystacks(const core::Case& c, const Embed& e) {
  std::vector<Haystack> out;
  const std::string where = "embed " + e.id + " in the article";
  if (!e.text.empty()) out.push_back({"the post text quoted in the article", WordWindows(e.text), false, where, e.span});
  if (!e.display_name.empty()) out.push_back({"the display name", WordWindows(e.display_name), true, where, e.span});
  if (!e.handle.empty()) out.push_back({"the handle @" + e.handle, WordWindows(e.handle), true, where, e.span});
  for (const auto& post : c.posts) {
    if (post.embed != e.id) continue;
    const std::string fetched = "fetched post via " + post.fetched_via;
    if (!post.text.empty()) out.push_back({"the fetched post text", WordWindows(post.text), false, fetched, {}});
    if (!post.author.empty()) out.push_back({"the fetched post's author", WordWindows(post.author), true, fetched, {}});
  }
  return out;
}

struct Found {
  std::string words;
  std::string outlet;
  const Haystack* where = nullptr;
};

std::optional<Found> find_outlet(const std::vector<Haystack>& hay, const std::string& outlet) {
  for (const auto& h : hay) {
    for (const auto& alias : claims::aliases_of(outlet)) {
      if (auto words = h.words.find(alias, true)) return Found{*words, outlet, &h};
    }
  }
  return std::nullopt;
}

// A different known outlet named in the post. In running text only names of
// several words or Latin names of three letters or more count: single Arabic
// words such as العربية ("Arabic") are too common to be read as a credit.
std::optional<Found> find_other_outlet(const std::vector<Haystack>& hay, const std::string& credited) {
  for (const auto& row : claims::outlet_aliases()) {
    if (row.outlet == credited) continue;
    const bool several_words = row.alias.find(' ') != std::string::npos;
    const bool latin = static_cast<unsigned char>(row.alias[0]) < 0x80;
    for (const auto& h : hay) {
      if (!h.is_name && !several_words && !(latin && row.alias.size() >= 3)) continue;
      if (h.is_name && row.alias.size() < 3) continue;
      if (auto words = h.words.find(row.alias, false)) return Found{*words, row.outlet, &h};
    }
  }
  return std::nullopt;
}

Evidence claim_evidence(const Claim& claim, const std::string& outlet) {
  return Evidence{"source credited by the article (" + claim.id + ")", fmt::format("{} (\"{}\")", outlet, claim.text),
                  "article text", claim.span};
}

Evidence found_evidence(const Found& f) {
  return Evidence{"named in " + f.where->label, fmt::format("\"{}\" = {}", f.words, f.outlet), f.where->source,
                  f.where->span};
}

Check check_pair(const core::Case& c, const Claim& claim, const Embed& e, bool bound) {
  const std::string outlet = std::get<core::SourceRef>(claim.value).outlet;
  Check check{"attribution", Verdict::unverifiable, e.id, {claim.id}, {claim_evidence(claim, outlet)}, {}};
  const auto hay = haystacks(c, e);
  if (auto found = find_outlet(hay, outlet)) {
    check.verdict = Verdict::consistent;
    check.evidence.push_back(found_evidence(*found));
    check.explanation = fmt::format("The article credits {}; {} names it: \"{}\".", outlet, found->where->label, found->words);
    return check;
  }
  if (auto other = find_other_outlet(hay, outlet)) {
    check.evidence.push_back(found_evidence(*other));
    check.explanation = fmt::format("The article credits {}, but {} names {} (\"{}\") and not {}.", outlet,
                                    other->where->label, other->outlet, other->words, outlet);
    if (bound) {
      check.verdict = Verdict::inconsistent;
    } else {
      check.explanation += " The article does not tie this credit to this post, so this is no contradiction.";
    }
    return check;
  }
  check.explanation = fmt::format(
      "Neither the post text, its display name nor its handle names {} or another known outlet{}.", outlet,
      std::any_of(c.posts.begin(), c.posts.end(),
                  [&](const core::Post& p) { return p.embed == e.id && p.status != core::PostStatus::error; })
          ? ""
          : "; the post has not been fetched");
  return check;
}

bool is_source(const Claim& claim) {
  return claim.kind == core::ClaimKind::source && std::holds_alternative<core::SourceRef>(claim.value);
}

}  // namespace

std::vector<Check> check_attribution(const core::Case& c) {
  std::vector<Check> checks;
  const bool any_bound = std::any_of(c.claims.begin(), c.claims.end(),
                                     [](const Claim& k) { return is_source(k) && !k.embed.empty(); });
  for (const auto& claim : c.claims) {
    if (!is_source(claim) || (any_bound && claim.embed.empty())) continue;
    for (const auto& e : c.embeds) {
      if (!any_bound || claim.embed == e.id) checks.push_back(check_pair(c, claim, e, any_bound));
    }
  }
  return checks;
}

}  // namespace verify
