#include "reports/claimreview.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <set>

#include "core/text.hpp"

namespace reports {
namespace {

using nlohmann::ordered_json;

// claimReviewed: the line of the article that makes the claim, shortened.
constexpr std::size_t k_max_claim_context = 400;
// A draft is read by a person: its findings and appearances are bounded.
constexpr std::size_t k_max_review_body = 4000;
constexpr std::size_t k_max_appearances = 20;

bool is_web_url(const std::string& url) { return url.starts_with("https://") || url.starts_with("http://"); }

std::string line_of(const std::string& text, core::Span span) {
  if (span.start >= span.end || span.end > text.size()) return {};
  const auto from = text.rfind('\n', span.start);
  const auto to = text.find('\n', span.end);
  const std::size_t start = from == std::string::npos ? 0 : from + 1;
  const std::size_t end = to == std::string::npos ? text.size() : to;
  return core::shorten(core::trim(std::string_view(text).substr(start, end - start)), k_max_claim_context);
}

ordered_json appearances(const core::Case& c, const core::Claim& k) {
  ordered_json out = ordered_json::array();
  std::set<std::string> seen;
  auto add = [&](const char* type, const std::string& url) {
    if (out.size() < k_max_appearances && is_web_url(url) && seen.insert(url).second) {
      out.push_back({{"@type", type}, {"url", url}});
    }
  };
  add("CreativeWork", !c.article.canonical_url.empty() ? c.article.canonical_url : c.article.source);
  for (const auto& e : c.embeds) {
    if (!k.embed.empty() && e.id != k.embed) continue;
    for (const auto& url : e.urls) add("SocialMediaPosting", url);
    if (out.size() >= k_max_appearances) break;
  }
  return out;
}

}  // namespace

std::string render_claimreview(const core::Case& c) {
  std::map<std::string, std::set<std::size_t>> checks_of;  // claim id → the checks that used it
  for (std::size_t i = 0; i < c.checks.size(); ++i) {
    for (const auto& id : c.checks[i].claims) checks_of[id].insert(i);
  }
  ordered_json graph = ordered_json::array();
  std::set<std::string> reviewed;
  for (const auto& k : c.claims) {
    const auto used = checks_of.find(k.id);
    if (used == checks_of.end() || !reviewed.insert(k.id).second) continue;  // unchecked, or reviewed already
    std::string findings;
    for (std::size_t i : used->second) {
      const auto& check = c.checks[i];
      findings += (findings.empty() ? "" : "\n") + check.kind + " (" + core::name_of(check.verdict) + "): " +
                  check.explanation;
      if (findings.size() > k_max_review_body) break;
    }
    findings = core::shorten(findings, k_max_review_body);
    const std::string context = line_of(c.article.text, k.span);
    ordered_json review;
    review["@type"] = "ClaimReview";
    review["identifier"] = k.id;
    review["claimReviewed"] = context.empty() ? k.text : context;
    review["itemReviewed"] = {{"@type", "Claim"}, {"appearance", appearances(c, k)}};
    review["reviewBody"] = "Draft findings of embedcheck, for the fact-checker to confirm: " + findings;
    // Left for the fact-checker: the tool does not publish, sign or rate.
    review["datePublished"] = "";
    review["url"] = "";
    review["author"] = {{"@type", "Organization"}, {"name", ""}};
    review["reviewRating"] = {{"@type", "Rating"}, {"alternateName", ""}};
    graph.push_back(std::move(review));
  }
  ordered_json out;
  out["@context"] = "https://schema.org";
  out["@graph"] = std::move(graph);
  // Pasted into <script type="application/ld+json">: no "</script>" may close it early.
  std::string text = out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
  std::string safe;
  safe.reserve(text.size());
  for (char ch : text) safe += ch == '<' ? std::string("\\u003c") : std::string(1, ch);
  return safe + "\n";
}

}  // namespace reports
