#include "verify/claims/claim_links.hpp"

#include <algorithm>
#include <array>

#include "verify/claims/place_mentions.hpp"

namespace verify::claims {
namespace {

using core::Claim;

const core::Place* place_of(const Claim& c) {
  return c.kind == core::ClaimKind::place ? std::get_if<core::Place>(&c.value) : nullptr;
}

// "20 minutes", "3-hour": a count of time units, normalised to the plural.
void mark_duration(Claim& c) {
  auto* count = std::get_if<core::Count>(&c.value);
  if (c.kind != core::ClaimKind::count || count == nullptr) return;
  static constexpr std::array<std::string_view, 3> k_units{"minute", "hour", "day"};
  for (auto unit : k_units) {
    if (count->what == unit || (count->what.size() == unit.size() + 1 && count->what.starts_with(unit) &&
                                count->what.back() == 's')) {
      count->what = std::string(unit) + "s";
      c.role = "duration";
    }
  }
}

// A time span that says how long the journey took: "… to Y in 20 minutes"
// (right after the destination, "in"/"within" before it, no "of" after), or
// "a 3-hour drive". "Within 10 minutes of the blast" times something else.
bool is_travel_time(const ScanInput& in, const Claim& destination, const Claim& span) {
  static constexpr std::array<std::string_view, 7> k_journeys{"drive", "journey", "trip", "ride", "march", "walk", "flight"};
  const std::string lower = lower_ascii(span.text);
  for (auto word : k_journeys) {
    if (lower.find(word) != std::string::npos) return true;
  }
  if (span.span.start < destination.span.end) return false;
  auto it = std::lower_bound(in.tokens.begin(), in.tokens.end(), span.span.start,
                             [](const Token& t, std::size_t offset) { return t.start < offset; });
  if (it == in.tokens.begin()) return false;
  const std::string before = lower_ascii(token_text(in.text, *(it - 1)));
  if (before != "in" && before != "within") return false;
  if ((it - 1)->start < destination.span.end) return false;
  auto after = std::lower_bound(in.tokens.begin(), in.tokens.end(), span.span.end,
                                [](const Token& t, std::size_t offset) { return t.start < offset; });
  return after == in.tokens.end() || lower_ascii(token_text(in.text, *after)) != "of";
}

// Whether `inner` may lie within `outer`: a place in a region or country, a region in a country.
bool may_contain(const core::Place& outer, const core::Place& inner) {
  using core::PlaceType;
  if (outer.type == PlaceType::world_region) return inner.type != PlaceType::world_region;
  if (outer.type == PlaceType::country) return inner.type != PlaceType::country && inner.type != PlaceType::world_region;
  if (outer.type == PlaceType::region) return inner.type == PlaceType::place || inner.type == PlaceType::district;
  return outer.type == PlaceType::district && inner.type == PlaceType::place;
}

// Claims further apart than this in one sentence are not linked: bounds the
// work on a run-on "sentence" of a 10 MB line.
constexpr std::size_t k_max_reach = 24;

bool inside_any(std::size_t offset, const std::vector<Claim>& claims, std::size_t first, std::size_t last) {
  for (std::size_t k = first; k < last; ++k) {
    if (place_of(claims[k]) != nullptr && claims[k].span.start <= offset && offset < claims[k].span.end) return true;
  }
  return false;
}

// Only place words between the two spans: "Tadmour from al-Tanf in southeast".
// Other place claims between them count as place words.
bool only_place_words_between(const ScanInput& in, const std::vector<Claim>& claims, std::size_t i, std::size_t j) {
  const std::size_t from = claims[i].span.end, to = claims[j].span.start;
  auto it = std::lower_bound(in.tokens.begin(), in.tokens.end(), from,
                             [](const Token& t, std::size_t offset) { return t.start < offset; });
  for (; it != in.tokens.end() && it->start < to; ++it) {
    if (inside_any(it->start, claims, i + 1, j)) continue;
    const auto w = token_text(in.text, *it);
    if (it->kind == TokenKind::punct) {
      if (w != ",") return false;
      continue;
    }
    const std::string lower = lower_ascii(w);
    // "X from Y in Z" puts both in Z; "from X to Y in Z" puts only Y there: no link across "to".
    if (!is_place_glue_word(lower) && lower != "from") return false;
  }
  return true;
}

bool is_listed(const Claim& c, const std::vector<core::Span>& listed) {
  return std::find(listed.begin(), listed.end(), c.span) != listed.end();
}

void link_within(const ScanInput& in, const Sentences& sentences, std::vector<Claim>& claims, std::size_t i,
                 const std::vector<core::Span>& listed) {
  const core::Place* inner = place_of(claims[i]);
  if (is_listed(claims[i], listed)) return;
  const std::size_t sentence = sentences.of(claims[i].span);
  const std::size_t end = std::min(claims.size(), i + 1 + k_max_reach);
  for (std::size_t j = i + 1; j < end && sentences.of(claims[j].span) == sentence; ++j) {
    const core::Place* outer = place_of(claims[j]);
    if (outer == nullptr || claims[j].role != "region" || !may_contain(*outer, *inner)) continue;
    if (is_listed(claims[j], listed)) return;
    if (only_place_words_between(in, claims, i, j)) claims[i].within = claims[j].id;
    return;
  }
}

// The nearest claim in the same sentence for which `wanted` holds, either side.
template <class Pred>
const Claim* nearest_in_sentence(const Sentences& sentences, const std::vector<Claim>& claims, std::size_t i, Pred wanted) {
  const std::size_t sentence = sentences.of(claims[i].span);
  bool before_open = true, after_open = true;
  for (std::size_t gap = 1; gap <= k_max_reach && (before_open || after_open); ++gap) {
    before_open = before_open && gap <= i && sentences.of(claims[i - gap].span) == sentence;
    if (before_open && wanted(claims[i - gap])) return &claims[i - gap];
    after_open = after_open && i + gap < claims.size() && sentences.of(claims[i + gap].span) == sentence;
    if (after_open && wanted(claims[i + gap])) return &claims[i + gap];
  }
  return nullptr;
}

}  // namespace

void link_claims(const ScanInput& in, const Sentences& sentences, std::vector<Claim>& claims,
                 const std::vector<core::Span>& listed) {
  for (auto& c : claims) mark_duration(c);
  for (std::size_t i = 0; i < claims.size(); ++i) {
    if (place_of(claims[i]) == nullptr) continue;
    link_within(in, sentences, claims, i, listed);
    if (claims[i].role != "destination") continue;
    if (const Claim* origin = nearest_in_sentence(sentences, claims, i, [](const Claim& c) {
          return place_of(c) != nullptr && c.role == "origin";
        })) {
      claims[i].from = origin->id;
    }
    if (const Claim* span = nearest_in_sentence(sentences, claims, i, [&](const Claim& c) {
          return c.role == "duration" && is_travel_time(in, claims[i], c);
        })) {
      claims[i].duration = span->id;
    }
  }
}

}  // namespace verify::claims
