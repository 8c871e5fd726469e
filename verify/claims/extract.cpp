#include "verify/claims/extract.hpp"

#include <algorithm>
#include <exception>
#include <string>

#include "verify/claims/absolute_dates.hpp"
#include "verify/claims/binding.hpp"
#include "verify/claims/counts.hpp"
#include "verify/claims/relative_dates.hpp"
#include "verify/claims/sources.hpp"
#include "verify/claims/tokens.hpp"

namespace verify {
namespace {

using core::Claim;

bool by_start(const Claim& a, const Claim& b) { return a.span.start < b.span.start; }

// Removes from `items` what overlaps a span in `blockers`; both sorted by start.
// Blocker spans do not overlap each other, so one sweep suffices: linear time.
void drop_overlapping(std::vector<Claim>& items, const std::vector<core::Span>& blockers) {
  std::size_t b = 0;
  std::erase_if(items, [&](const Claim& claim) {
    while (b < blockers.size() && blockers[b].end <= claim.span.start) ++b;
    return b < blockers.size() && blockers[b].start < claim.span.end;
  });
}

std::vector<core::Span> spans_of(const std::vector<Claim>& claims) {
  std::vector<core::Span> out;
  for (const auto& claim : claims) out.push_back(claim.span);
  return out;
}

std::vector<core::Span> embed_spans(const std::vector<core::Embed>& embeds) {
  std::vector<core::Span> out;
  for (const auto& e : embeds) {
    if (e.span.end > e.span.start) out.push_back(e.span);
  }
  std::sort(out.begin(), out.end(), [](const core::Span& a, const core::Span& b) { return a.start < b.start; });
  // Merge nested or touching spans so the sweep stays valid.
  std::vector<core::Span> merged;
  for (const auto& s : out) {
    if (!merged.empty() && s.start < merged.back().end) {
      merged.back().end = std::max(merged.back().end, s.end);
    } else {
      merged.push_back(s);
    }
  }
  return merged;
}

std::vector<Claim> find_all(const claims::ScanInput& in) {
  std::vector<Claim> times = claims::find_absolute_dates(in);  // in order, not overlapping
  std::vector<Claim> relative = claims::find_relative_dates(in);
  drop_overlapping(relative, spans_of(times));
  times.insert(times.end(), relative.begin(), relative.end());
  std::stable_sort(times.begin(), times.end(), by_start);
  std::vector<Claim> counts = claims::find_counts(in);
  drop_overlapping(counts, spans_of(times));
  std::vector<Claim> all = std::move(times);
  for (auto& claim : claims::find_sources(in)) all.push_back(std::move(claim));
  for (auto& claim : counts) all.push_back(std::move(claim));
  return all;
}

}  // namespace

void extract_claims(core::Case& c) {
  try {
    const std::vector<claims::Token> tokens = claims::tokenize(c.article.text);
    const claims::ScanInput in{c.article.text, tokens, c.article.published};
    std::vector<Claim> found = find_all(in);
    std::stable_sort(found.begin(), found.end(), by_start);
    drop_overlapping(found, embed_spans(c.embeds));  // the post as quoted is not the article's prose
    const std::size_t first_id = c.claims.size() + 1;
    for (std::size_t i = 0; i < found.size(); ++i) found[i].id = "c" + std::to_string(first_id + i);
    claims::bind_claims(c.article.text, c.embeds, found);
    c.claims.insert(c.claims.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
  } catch (const std::exception& e) {
    c.add_error("claims", c.article.source, std::string("claim extraction failed: ") + e.what());
  }
}

}  // namespace verify
