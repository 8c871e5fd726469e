#include "verify/claims/extract.hpp"

#include <algorithm>
#include <exception>
#include <string>

#include "verify/claims/absolute_dates.hpp"
#include "verify/claims/binding.hpp"
#include "verify/claims/claim_links.hpp"
#include "verify/claims/counts.hpp"
#include "verify/claims/local_times.hpp"
#include "verify/claims/outlets.hpp"
#include "verify/claims/place_mentions.hpp"
#include "verify/claims/place_resolve.hpp"
#include "verify/claims/relative_dates.hpp"
#include "verify/claims/sources.hpp"
#include "verify/claims/sentences.hpp"
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

// Sorted, with nested or touching spans merged, so one sweep can drop overlaps.
std::vector<core::Span> merged(std::vector<core::Span> spans) {
  std::sort(spans.begin(), spans.end(), [](const core::Span& a, const core::Span& b) { return a.start < b.start; });
  std::vector<core::Span> out;
  for (const auto& s : spans) {
    if (!out.empty() && s.start < out.back().end) {
      out.back().end = std::max(out.back().end, s.end);
    } else {
      out.push_back(s);
    }
  }
  return out;
}

std::vector<core::Span> embed_spans(const std::vector<core::Embed>& embeds) {
  std::vector<core::Span> out;
  for (const auto& e : embeds) {
    if (e.span.end > e.span.start) out.push_back(e.span);
  }
  return merged(std::move(out));
}

std::vector<Claim> find_all(const claims::ScanInput& in) {
  std::vector<Claim> times = claims::find_absolute_dates(in);  // in order, not overlapping
  std::vector<Claim> relative = claims::find_relative_dates(in);
  drop_overlapping(relative, spans_of(times));
  times.insert(times.end(), relative.begin(), relative.end());
  std::stable_sort(times.begin(), times.end(), by_start);
  claims::attach_clock_times(in, times);
  std::vector<Claim> counts = claims::find_counts(in);
  drop_overlapping(counts, spans_of(times));
  std::vector<Claim> all = std::move(times);
  for (auto& claim : claims::find_sources(in)) all.push_back(std::move(claim));
  for (auto& claim : counts) all.push_back(std::move(claim));
  return all;
}

// Place claims, minus those inside a source or time claim ("al-Masdar News").
// Returns the spans of the places named in a list, which never contain each other.
std::vector<core::Span> add_places(core::Case& c, const claims::ScanInput& in, const claims::Sentences& sentences,
                                   const gazetteer::Gazetteer& gazetteer, std::vector<Claim>& found) {
  const auto mentions = claims::find_place_mentions(in);
  auto resolved = claims::resolve_places(in, sentences, mentions, gazetteer);
  if (resolved.skipped > 0) {
    c.add_error("claims", c.article.source,
                std::to_string(resolved.skipped) + " place phrases were not looked up: the article names more than " +
                    std::to_string(claims::k_max_place_names) + " distinct places or has more than " +
                    std::to_string(claims::k_max_place_mentions) + " place phrases");
  }
  // "Health authorities in Alberta said": a name the outlet table does not
  // know, after a place frame, is the place, not an outlet.
  std::erase_if(found, [&](const Claim& k) {
    const auto* ref = std::get_if<core::SourceRef>(&k.value);
    if (k.kind != core::ClaimKind::source || ref == nullptr || claims::find_outlet_alias(ref->matched)) return false;
    return std::any_of(resolved.claims.begin(), resolved.claims.end(), [&](const Claim& place) {
      return std::holds_alternative<core::Place>(place.value) && place.span.start < k.span.end &&
             k.span.start < place.span.end;
    });
  });
  std::vector<Claim> others = found;
  std::stable_sort(others.begin(), others.end(), by_start);
  std::vector<core::Span> blockers;
  for (const auto& claim : others) {
    if (claim.kind == core::ClaimKind::source || claim.kind == core::ClaimKind::time) blockers.push_back(claim.span);
  }
  drop_overlapping(resolved.claims, merged(std::move(blockers)));
  for (auto& claim : resolved.claims) found.push_back(std::move(claim));
  return std::move(resolved.listed);
}

}  // namespace

void extract_claims(core::Case& c, const gazetteer::Gazetteer* gazetteer) {
  try {
    const std::vector<claims::Token> tokens = claims::tokenize(c.article.text);
    const claims::ScanInput in{c.article.text, tokens, c.article.published};
    const claims::Sentences sentences(c.article.text, tokens);
    std::vector<Claim> found = find_all(in);
    std::vector<core::Span> listed;
    if (gazetteer != nullptr) listed = add_places(c, in, sentences, *gazetteer, found);
    std::stable_sort(found.begin(), found.end(), by_start);
    drop_overlapping(found, embed_spans(c.embeds));  // the post as quoted is not the article's prose
    const std::size_t first_id = c.claims.size() + 1;
    for (std::size_t i = 0; i < found.size(); ++i) found[i].id = "c" + std::to_string(first_id + i);
    claims::bind_claims(c.article.text, c.embeds, found);
    claims::link_claims(in, sentences, found, listed);
    claims::place_local_times(in, sentences, found);
    c.claims.insert(c.claims.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
  } catch (const std::exception& e) {
    c.add_error("claims", c.article.source, std::string("claim extraction failed: ") + e.what());
  }
}

}  // namespace verify
