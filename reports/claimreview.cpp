#include "reports/claimreview.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

#include "core/text.hpp"

namespace reports {
namespace {

using nlohmann::ordered_json;

// claimReviewed: the line of the article that makes the claim, shortened.
constexpr std::size_t k_max_claim_context = 400;

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
  const std::string article = !c.article.canonical_url.empty() ? c.article.canonical_url : c.article.source;
  if (is_web_url(article)) out.push_back({{"@type", "CreativeWork"}, {"url", article}});
  for (const auto& e : c.embeds) {
    if (!k.embed.empty() && e.id != k.embed) continue;
    for (const auto& url : e.urls) {
      if (is_web_url(url)) out.push_back({{"@type", "SocialMediaPosting"}, {"url", url}});
    }
  }
  return out;
}

}  // namespace

std::string render_claimreview(const core::Case& c) {
  ordered_json graph = ordered_json::array();
  for (const auto& k : c.claims) {
    std::string findings;
    for (const auto& check : c.checks) {
      if (std::find(check.claims.begin(), check.claims.end(), k.id) == check.claims.end()) continue;
      findings += (findings.empty() ? "" : "\n") + check.kind + " (" + core::name_of(check.verdict) + "): " +
                  check.explanation;
    }
    if (findings.empty()) continue;  // no check used the claim: nothing to review
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
  return out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace reports
