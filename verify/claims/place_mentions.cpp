#include "verify/claims/place_mentions.hpp"

#include <algorithm>
#include <array>
#include <optional>

#include "verify/claims/calendar.hpp"
#include "verify/claims/place_words.hpp"

namespace verify::claims {
namespace {

using namespace words;

bool is_word(const ScanInput& in, std::size_t i) {
  return i < in.tokens.size() && in.tokens[i].kind == TokenKind::word;
}

std::string lower_at(const ScanInput& in, std::size_t i) { return is_word(in, i) ? lower_ascii(word_at(in, i)) : ""; }

bool same_line(const ScanInput& in, std::size_t a, std::size_t b) {
  return a < in.tokens.size() && b < in.tokens.size() && in.tokens[a].line == in.tokens[b].line;
}

// Capitalised Latin ("Homs", "al-Tanf") or Cyrillic ("Київ"), or a word of a
// caseless script ("تدمر").
bool is_name_word(const ScanInput& in, std::size_t i) {
  if (!is_word(in, i)) return false;
  const auto w = word_at(in, i);
  if (is_capitalised(w)) return !english_month(w) && !english_weekday(w) && !one_of(w, k_not_names);
  if (is_caseless(w)) return true;
  const auto lead = static_cast<unsigned char>(w[0]);
  // Cyrillic capitals U+0400–U+042F: lead byte D0, continuation 80–AF.
  return lead == 0xD0 && w.size() > 1 && static_cast<unsigned char>(w[1]) <= 0xAF;
}

bool is_sentence_end(const ScanInput& in, std::size_t i) { return ends_sentence(in.text, in.tokens, i); }

// A motion verb shortly before `i` in the same sentence: "drove … to X".
bool after_motion(const ScanInput& in, std::size_t i) {
  for (std::size_t k = 1; k <= k_motion_reach && k <= i; ++k) {
    if (is_sentence_end(in, i - k) || !same_line(in, i - k, i)) return false;
    if (one_of(std::string_view(lower_at(in, i - k)), k_motion_words)) return true;
  }
  return false;
}

std::string_view strip_possessive(std::string_view w) {
  if (w.size() > 2 && (w.ends_with("'s") || w.ends_with("'S"))) return w.substr(0, w.size() - 2);
  return w;
}

// Whether the name [first, last], or the capitalised words right after it,
// name an organisation or a building ("Women's College Hospital").
bool names_organisation(const ScanInput& in, std::size_t first, std::size_t last) {
  for (std::size_t i = first; i <= last + k_max_name_words && i < in.tokens.size(); ++i) {
    if (i > last && (!is_name_word(in, i) || !same_line(in, last, i))) break;
    if (is_word(in, i) && one_of(strip_possessive(word_at(in, i)), k_organisation_words)) return true;
  }
  return false;
}

// The frame a trigger word opens, or nullopt. `i` is the trigger's index.
std::optional<PlaceFrame> frame_of(const ScanInput& in, std::size_t i, bool origin_seen) {
  std::string w = lower_at(in, i);
  if (w.empty()) return std::nullopt;
  // "وفي حمص": "and" is written joined to the preposition after it.
  if (w.size() > k_arabic_and.size() + 2 && w.starts_with(k_arabic_and)) w.erase(0, k_arabic_and.size());
  if (one_of(std::string_view(w), k_arabic_at)) return PlaceFrame::at;
  if (w == k_arabic_from) return i > 0 && word_at(in, i - 1) == k_arabic_near ? PlaceFrame::at : PlaceFrame::origin;
  if (one_of(std::string_view(w), k_arabic_to)) return PlaceFrame::destination;
  if (one_of(std::string_view(w), k_origin_words)) return PlaceFrame::origin;
  if (one_of(std::string_view(w), k_strike_words)) return PlaceFrame::at;
  if (one_of(std::string_view(w), k_destination_words)) return PlaceFrame::destination;
  if (w == "to") {
    if (origin_seen || after_motion(in, i)) return PlaceFrame::destination;
    return std::nullopt;
  }
  if (w == "in" || w == "at") {
    // "arrived in X" ends a journey; "in X" otherwise says where.
    if (i > 0 && one_of(std::string_view(lower_at(in, i - 1)), k_arrival_words)) return PlaceFrame::destination;
    return PlaceFrame::at;
  }
  if (one_of(std::string_view(w), k_at_words)) return PlaceFrame::at;
  // "countries such as Ethiopia and Sudan", "cities like Beijing".
  const bool example = (w == "as" && i > 1 && lower_at(in, i - 1) == "such") || w == "like" || w == "including";
  if (example && i > 0) {
    std::size_t noun = w == "as" ? i - 2 : i - 1;
    if (noun > 0 && is_punct(in, noun, ",")) --noun;  // "30 states, including Delaware"
    if (one_of(std::string_view(lower_at(in, noun)), k_place_kinds)) return PlaceFrame::at;
  }
  if (w == "of" && i > 0) {
    const std::string before = lower_at(in, i - 1);
    if (one_of(std::string_view(before), k_compass_words)) return PlaceFrame::reference;  // "southeast of X"
    if (one_of(std::string_view(before), k_area_designators) || one_of(std::string_view(before), k_region_designators)) {
      return PlaceFrame::containing;  // "the Tanf region of southeastern Homs"
    }
    if (one_of(std::string_view(before), k_settlement_words) || one_of(std::string_view(before), k_of_place_nouns)) {
      return PlaceFrame::at;  // "the town of X", "the mayor of X"
    }
  }
  return std::nullopt;
}

Designator designator_of(std::string_view lower) {
  if (one_of(lower, k_region_designators)) return Designator::region;
  if (one_of(lower, k_area_designators)) return Designator::area;
  if (one_of(lower, k_site_designators)) return Designator::site;
  return Designator::none;
}

// A capitalised "City" or "Town" belongs to the name ("Kansas City", "Kuwait
// City"); a region word never does ("Homs Governorate" is Homs, a governorate).
bool designator_in_name(const ScanInput& in, std::size_t i) {
  const Designator d = designator_of(lower_at(in, i));
  return d == Designator::none || (d == Designator::site && is_capitalised(word_at(in, i)));
}

// Reads the name that begins at or just after token `i` ("the", a compass
// word or a particle may come first), on the line of token `anchor`;
// nullopt when none does.
std::optional<PlaceMention> mention_from(const ScanInput& in, std::size_t i, std::size_t anchor, PlaceFrame frame) {
  const std::size_t t = anchor;
  PlaceMention m;
  m.frame = frame;
  if (lower_at(in, i) == "the") ++i;
  const ArabicDesignator* arabic_designator = nullptr;
  for (const auto& d : k_arabic_designators) {
    if (is_word(in, i) && word_at(in, i) == d.word && is_name_word(in, i + 1) && same_line(in, i, i + 1)) {
      arabic_designator = &d;
      ++i;
      break;
    }
  }
  if (is_word(in, i) && one_of(std::string_view(lower_at(in, i)), k_compass_words) &&
      !is_capitalised(word_at(in, i))) {
    m.compass = true;
    ++i;
  }
  // "al Tanf" written as two words: the particle belongs to the name.
  const bool particle = one_of(std::string_view(lower_at(in, i)), k_name_particles) && !is_capitalised(word_at(in, i)) &&
                        is_name_word(in, i + 1) && same_line(in, i, i + 1);
  if (!is_name_word(in, particle ? i + 1 : i) || !same_line(in, t, i)) return std::nullopt;
  m.first = i;
  m.last = particle ? i + 1 : i;
  auto continues = [&](std::size_t next) {
    return m.last + 1 - m.first < k_max_name_words && is_name_word(in, next) && same_line(in, m.last, next) &&
           !arabic_name_end(word_at(in, next)) &&
           designator_in_name(in, next) &&
           strip_possessive(word_at(in, m.last)).size() == word_at(in, m.last).size();  // "Syria's Army" ends at Syria
  };

  while (true) {
    if (continues(m.last + 1)) {
      ++m.last;
    } else if (one_of(word_at(in, m.last), k_name_abbreviations) && is_punct(in, m.last + 1, ".") &&
               continues(m.last + 2)) {
      m.last += 2;  // "St. Louis" is one name
    } else if (one_of(word_at(in, m.last), k_of_name_heads) && lower_at(in, m.last + 1) == "of") {
      const std::size_t next = lower_at(in, m.last + 2) == "the" ? m.last + 3 : m.last + 2;
      if (!is_name_word(in, next) || !same_line(in, m.last, next)) break;
      m.last = next;  // "Republic of the Congo" is one name, however many words
    } else {
      break;
    }
  }
  const auto last_word = word_at(in, m.last);
  if (last_word.ends_with("-based")) return std::nullopt;  // "Beirut-based": where a source sits, not a claim
  if (names_organisation(in, m.first, m.last)) return std::nullopt;
  if (m.first == m.last && one_of(strip_possessive(word_at(in, m.first)), k_not_single_names)) return std::nullopt;
  if (m.first == m.last && one_of(word_at(in, m.first), k_region_adjectives)) return std::nullopt;
  m.claim_last = m.last;
  m.caseless = is_caseless(word_at(in, m.first));
  if (arabic_designator != nullptr) {
    m.designator = arabic_designator->designator;
    m.designator_word = std::string(arabic_designator->english);
    m.name = std::string(in.text.substr(in.tokens[m.first].start, in.tokens[m.last].end - in.tokens[m.first].start));
    return m;
  }
  m.designator = designator_in_name(in, m.last + 1) ? Designator::none : designator_of(lower_at(in, m.last + 1));
  if (m.designator != Designator::none && same_line(in, m.last, m.last + 1)) {
    m.claim_last = m.last + 1;
    m.designator_word = lower_at(in, m.last + 1);
  }
  const auto start = in.tokens[m.first].start;
  m.name = std::string(in.text.substr(start, in.tokens[m.last].end - start));
  // "Queen Anne's County": a possessive before a capitalised region word is part of the district's name.
  const bool named_county = m.designator == Designator::region && is_capitalised(word_at(in, m.claim_last));
  if (!named_county || m.first == m.last) m.name = std::string(strip_possessive(m.name));
  return m;
}

// Reads the name that follows trigger `t`; nullopt when none does.
std::optional<PlaceMention> mention_after(const ScanInput& in, std::size_t t, PlaceFrame frame) {
  auto m = mention_from(in, t + 1, t, frame);
  if (m && frame == PlaceFrame::reference) m->qualifier = lower_at(in, t - 1) + " of";
  return m;
}

}  // namespace

bool is_caseless(std::string_view word) {
  if (word.empty()) return false;
  const auto lead = static_cast<unsigned char>(word[0]);
  return lead >= 0xD8 && lead <= 0xDB;  // Arabic block U+0600–U+06FF
}

PlaceMention shortened(const ScanInput& in, const PlaceMention& m, std::size_t first, std::size_t last) {
  PlaceMention out = m;
  out.first = first;
  out.last = out.claim_last = last;
  const auto start = in.tokens[first].start;
  out.name = std::string(in.text.substr(start, in.tokens[last].end - start));
  return out;
}

bool is_arabic_countryside(std::string_view word) { return word == k_arabic_countryside; }

std::optional<std::string> without_site_word(std::string_view name) {
  const auto space = name.rfind(' ');
  if (space == std::string_view::npos || space == 0) return std::nullopt;
  if (designator_of(lower_ascii(name.substr(space + 1))) != Designator::site) return std::nullopt;
  return std::string(name.substr(0, space));
}

bool is_place_glue_word(std::string_view lower_word) {
  return lower_word == "in" || lower_word == "of" || lower_word == "the" || lower_word == "near" ||
         one_of(lower_word, k_compass_words) || designator_of(lower_word) != Designator::none;
}

// "in Palmyra, Syria": a name after a comma that ends the phrase contains the
// place before it. "in Homs, Hama and Idlib" is a list, not that.
std::optional<PlaceMention> appositive_after(const ScanInput& in, const PlaceMention& before) {
  const std::size_t comma = before.claim_last + 1;
  if (!is_punct(in, comma, ",") || !same_line(in, before.claim_last, comma)) return std::nullopt;
  auto m = mention_after(in, comma, PlaceFrame::containing);
  if (!m || m->compass) return std::nullopt;
  // A container ends its phrase: "in Palmyra, Syria, on Sunday". When it
  // does not, it may be a subject ("In Kyiv, Russia launched…") or a
  // container all the same ("A woman in Paris, France has…"): tentative.
  const std::size_t next = m->claim_last + 1;
  if (next >= in.tokens.size() || !same_line(in, m->claim_last, next)) return m;
  // "in Stroud, Ontario, Canada": a name after it may be its own container, or the next of a list.
  if (is_punct(in, next, ",") && is_name_word(in, next + 1)) m->tentative = true;
  if (is_punct(in, next, ",")) return m;
  bool ends = one_of(std::string_view(lower_at(in, next)), k_phrase_followers);
  if (in.tokens[next].kind == TokenKind::punct) {
    const auto p = word_at(in, next);
    ends = p == "." || p == ";" || p == ")" || p == ":" || p == "!" || p == "?" || p == "—" || p == "–";
  }
  m->tentative = !ends;
  return m;
}

// "in Zambia, Malawi and Mozambique", "in NSW and Queensland": names joined
// to a place phrase by "and"/"or", or by commas up to a final "and"/"or",
// share its frame. Commas with no final "and" are no list: "in Palmyra,
// Syria" names a container (appositive_after).
std::vector<PlaceMention> list_after(const ScanInput& in, const PlaceMention& head) {
  std::vector<PlaceMention> items;
  std::size_t at = head.claim_last + 1;
  while (items.size() < k_max_list_items && at < in.tokens.size() && same_line(in, head.claim_last, at)) {
    const bool comma = is_punct(in, at, ",");
    const std::size_t joiner = comma ? at + 1 : at;
    const std::string w = lower_at(in, joiner);
    const bool last = w == "and" || w == "or";
    if (!comma && !last) break;
    auto m = mention_after(in, last ? joiner : at, head.frame);
    if (!m || m->compass) break;
    at = m->claim_last + 1;
    items.push_back(std::move(*m));
    if (last) return items;
  }
  return {};
}

// A name with no frame word before it, starting at token `i`: the head of
// an unframed list or of "Dallas, Texas"; nullopt when token `i` starts none.
std::optional<PlaceMention> unframed_head_at(const ScanInput& in, std::size_t i) {
  if (!is_name_word(in, i) || (i > 0 && is_name_word(in, i - 1) && same_line(in, i - 1, i))) return std::nullopt;
  // "U.S. Army", "J. Smith": a name right after a dot that ends no sentence continues something else.
  if (i > 0 && (is_punct(in, i - 1, ".") || is_punct(in, i - 1, "-")) && !is_sentence_end(in, i - 1)) {
    return std::nullopt;
  }
  auto head = mention_from(in, i, i, PlaceFrame::at);
  if (!head || head->compass || head->first != i) return std::nullopt;
  return head;
}

// "in London, England, United Kingdom": the containers after a place, each
// the container of the one before. Tentative unless the last ends its
// phrase, and always after a name no frame word opens.
void add_containers(const ScanInput& in, std::vector<PlaceMention>& mentions, std::size_t& i, bool all_tentative) {
  const std::size_t first = mentions.size();
  for (std::size_t n = 0; n < k_max_containers; ++n) {
    auto container = appositive_after(in, mentions.back());
    if (!container) break;
    i = container->claim_last;
    mentions.push_back(std::move(*container));
  }
  // "in Stroud, Ontario, Canada.": a chain that ends its phrase is a chain of containers.
  const bool chain_ends = mentions.size() > first && !mentions.back().tentative;
  for (std::size_t k = first; k < mentions.size(); ++k) mentions[k].tentative = all_tentative || !chain_ends;
}

// "the states of Texas and Georgia", "provinces such as Homs": the region
// kind a plural noun before the trigger at `t` gives every name it
// introduces (singular, lower case); empty when there is none.
std::string designator_before(const ScanInput& in, std::size_t t) {
  const std::string w = lower_at(in, t);
  std::size_t noun = t;
  if (w == "as" && t > 1) noun = t - 2;  // "such as"
  if ((w == "of" || w == "like" || w == "including") && t > 0) noun = t - 1;
  if (noun == t) return {};
  if (noun > 0 && w != "of" && is_punct(in, noun, ",")) --noun;  // "30 states, including Delaware"
  const std::string plural = lower_at(in, noun);
  for (std::string_view kind : k_plural_region_kinds) {
    if (plural.size() == kind.size() + 1 && plural.starts_with(kind) && plural.back() == 's') return std::string(kind);
  }
  if (plural == "counties") return "county";
  return {};
}

// A hint, not a designator: "the provinces of Canada" names the country that holds them.
void mark_designator(PlaceMention& m, const std::string& word) {
  if (word.empty() || m.designator != Designator::none) return;
  m.region_hint = true;
  m.designator_word = word;
}

// "اشتباكات بحمص" (clashes in Homs): a name joined to the preposition bi-.
// Most words that begin with that letter are no such thing ("بالفيديو",
// "بكامل"), so the resolver keeps it only for a place it knows well.
std::optional<PlaceMention> attached_at(const ScanInput& in, std::size_t i) {
  const auto w = word_at(in, i);
  if (!is_caseless(w) || !w.starts_with(k_arabic_bi) || w.size() < k_arabic_bi.size() + 2 * k_min_attached_letters) {
    return std::nullopt;
  }
  PlaceMention m;
  m.first = m.last = m.claim_last = i;
  m.name = std::string(w.substr(k_arabic_bi.size()));
  m.attached = true;
  return m;
}

std::vector<PlaceMention> find_place_mentions(const ScanInput& in) {
  std::vector<PlaceMention> mentions;
  bool origin_seen = false;  // an origin earlier in the sentence makes "to X" a destination
  std::size_t lists = 0;     // unframed lists found so far
  for (std::size_t i = 0; i < in.tokens.size(); ++i) {
    if (is_sentence_end(in, i) || (i > 0 && !same_line(in, i - 1, i))) origin_seen = false;
    if (!is_word(in, i)) continue;
    const auto frame = frame_of(in, i, origin_seen);
    if (!frame) {
      if (auto attached = attached_at(in, i)) {
        mentions.push_back(std::move(*attached));
        continue;
      }
    }
    std::optional<PlaceMention> m = frame ? mention_after(in, i, *frame) : unframed_head_at(in, i);
    if (!m) continue;
    if (m->frame == PlaceFrame::origin && frame) origin_seen = true;
    auto list = list_after(in, *m);
    if (!frame) {
      if (!list.empty() && list.size() + 1 >= k_min_unframed_list) {
        ++lists;
        m->unframed_list = lists;
        for (auto& item : list) item.unframed_list = lists;
      } else {
        // "A Dallas, Texas man": no list, so a place only if the name after the comma contains it.
        list.clear();
        auto container = appositive_after(in, *m);
        if (!container) continue;
        m->needs_container = true;
      }
    }
    if (frame) {
      const std::string designator = designator_before(in, i);
      mark_designator(*m, designator);
      for (auto& item : list) mark_designator(item, designator);
    }
    i = m->claim_last;
    m->listed = !list.empty();
    mentions.push_back(std::move(*m));
    for (auto& item : list) {
      i = item.claim_last;
      item.listed = true;
      mentions.push_back(std::move(item));
    }
    if (list.empty()) add_containers(in, mentions, i, !frame);
  }
  return mentions;
}

}  // namespace verify::claims
