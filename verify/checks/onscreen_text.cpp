#include "verify/checks/onscreen_text.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

#include "verify/checks/media_claims.hpp"
#include "verify/checks/place_claims.hpp"
#include "verify/checks/post_text_match.hpp"
#include "verify/claims/outlets.hpp"

namespace verify {
namespace {

using core::Check;
using core::Claim;
using core::Evidence;
using core::Verdict;

struct Screen {
  const core::OcrText* ocr;
  WordWindows words;
};

struct Seen {
  std::string words;    // as read on screen
  std::string name;     // the outlet or place it matched
  const core::OcrText* at = nullptr;
};

std::vector<Screen> screens_of(const core::MediaReport& m) {
  std::vector<Screen> out;
  for (const auto& o : m.ocr) out.push_back(Screen{&o, WordWindows(o.text)});
  return out;
}

std::optional<Seen> find_name(const std::vector<Screen>& screens, const std::vector<std::string>& names,
                              const std::string& canonical, bool allow_skeleton) {
  for (const auto& s : screens) {
    for (const auto& name : names) {
      if (auto w = s.words.find(name, allow_skeleton)) return Seen{*w, canonical, s.ocr};
    }
  }
  return std::nullopt;
}

// Only names long or distinctive enough to stand out of noisy OCR text.
bool distinctive(const std::string& alias) {
  const bool several_words = alias.find(' ') != std::string::npos;
  const bool latin = !alias.empty() && static_cast<unsigned char>(alias[0]) < 0x80;
  return several_words || (latin && alias.size() >= 3);
}

std::optional<Seen> find_other_outlet(const std::vector<Screen>& screens, const std::vector<std::string>& credited) {
  for (const auto& row : claims::outlet_aliases()) {
    if (std::find(credited.begin(), credited.end(), row.outlet) != credited.end() || !distinctive(row.alias)) continue;
    if (auto seen = find_name(screens, {row.alias}, row.outlet, false)) return seen;
  }
  return std::nullopt;
}

Evidence seen_evidence(const core::MediaReport& m, const Seen& s) {
  return Evidence{fmt::format("on screen at {:.1f} s", s.at->t),
                  fmt::format("\"{}\" = {} (OCR confidence {:.0f})", s.words, s.name, s.at->confidence),
                  media_source(m) + ", OCR " + s.at->languages, {}};
}

// The source claims that concern `m`, and whether they are bound to its post:
// as in "attribution", unbound credits count only when none is bound anywhere.
std::pair<std::vector<const Claim*>, bool> credits_for(const core::Case& c, const core::MediaReport& m) {
  auto bound = claims_for(c, m, core::ClaimKind::source);
  if (!bound.empty() || m.embed.empty()) return {bound, true};
  const bool any_bound = std::any_of(c.claims.begin(), c.claims.end(), [](const Claim& k) {
    return k.kind == core::ClaimKind::source && !k.embed.empty();
  });
  std::vector<const Claim*> unbound;
  for (const auto& k : c.claims) {
    if (!any_bound && k.kind == core::ClaimKind::source && k.embed.empty()) unbound.push_back(&k);
  }
  return {unbound, false};
}

std::optional<Seen> find_place(const std::vector<Screen>& screens, const std::vector<const Claim*>& places) {
  for (const Claim* k : places) {
    const core::Place* p = place_value(*k);
    std::vector<std::string> names{k->text};
    if (p) names.push_back(p->name);
    if (auto seen = find_name(screens, names, p ? p->name : k->text, true)) return seen;
  }
  return std::nullopt;
}

std::string outlet_of(const Claim& k) {
  const auto* ref = std::get_if<core::SourceRef>(&k.value);
  return ref ? ref->outlet : k.text;
}

void judge_text(Check& check, const core::MediaReport& m, const std::vector<Screen>& screens,
                const std::vector<std::string>& credited, bool bound, const std::vector<const Claim*>& places) {
  for (const auto& outlet : credited) {
    if (auto seen = find_name(screens, claims::aliases_of(outlet), outlet, true)) {
      check.evidence.push_back(seen_evidence(m, *seen));
      check.verdict = Verdict::consistent;
      check.explanation = fmt::format("The article credits {}; the video shows \"{}\" on screen at {:.1f} s.", outlet,
                                      seen->words, seen->at->t);
      return;
    }
  }
  if (auto other = find_other_outlet(screens, credited)) {
    check.evidence.push_back(seen_evidence(m, *other));
    if (credited.empty()) {
      check.explanation = fmt::format("The video carries {}'s name (\"{}\") on screen; the article credits no outlet "
                                      "for it.", other->name, other->words);
      return;
    }
    check.explanation = fmt::format("The video carries {}'s caption (\"{}\" at {:.1f} s), the article credits {}.",
                                    other->name, other->words, other->at->t, fmt::join(credited, " and "));
    if (bound) check.verdict = Verdict::inconsistent;
    else check.explanation += " The article does not tie this credit to this post, so this is no contradiction.";
    return;
  }
  if (auto place = find_place(screens, places)) {
    check.evidence.push_back(seen_evidence(m, *place));
    check.verdict = Verdict::consistent;
    check.explanation = fmt::format("The place the article names, {}, is on screen: \"{}\" at {:.1f} s.", place->name,
                                    place->words, place->at->t);
    return;
  }
  check.explanation = "The text on screen names none of the credited outlets, no other known outlet and none of the "
                      "claimed places.";
}

Check judge(const core::Case& c, const core::MediaReport& m) {
  Check check{"onscreen-text", Verdict::unverifiable, m.embed, {}, {}, {}};
  const auto [credits, bound] = credits_for(c, m);
  const auto places = claims_for(c, m, core::ClaimKind::place);
  std::vector<std::string> credited;
  for (const Claim* k : credits) {
    credited.push_back(outlet_of(*k));
    check.claims.push_back(k->id);
    check.evidence.push_back(Evidence{"source credited by the article (" + k->id + ")",
                                      fmt::format("{} (\"{}\")", credited.back(), k->text), "article text", k->span});
  }
  for (const Claim* k : places) check.claims.push_back(k->id);
  if (m.ocr.empty()) {
    check.evidence.push_back(Evidence{"text on screen", "none read", media_source(m), {}});
    check.explanation = "No text was read from the keyframes, so nothing on screen can be compared with the credits.";
    return check;
  }
  judge_text(check, m, screens_of(m), credited, bound, places);
  return check;
}

}  // namespace

std::vector<Check> check_onscreen_text(const core::Case& c) {
  std::vector<Check> checks;
  for (const auto& m : c.media) {
    if (!m.ocr.empty() || !credits_for(c, m).first.empty()) checks.push_back(judge(c, m));
  }
  return checks;
}

}  // namespace verify
