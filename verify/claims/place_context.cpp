#include "verify/claims/place_context.hpp"

#include <fmt/format.h>

#include <map>

namespace verify::claims::resolve {

// Below these, a name with nothing in the article pointing to it is too weak to be a claim.
constexpr std::int64_t k_min_population_primary = 5000;
constexpr std::int64_t k_min_population_alternate = 20000;

Support support_of(const Context& ctx, std::size_t sentence, const std::string& admin1_code, const std::string& admin1,
                   const std::string& country, const std::string& country_name) {
  if (!admin1_code.empty() && ctx.in(ctx.sentence_regions, sentence, admin1_code)) {
    return {k_support_region_in_sentence,
            fmt::format("in {} ({}), the region named in the same sentence", admin1, admin1_code)};
  }
  if (ctx.in(ctx.sentence_countries, sentence, country)) {
    return {k_support_country_in_sentence, fmt::format("in {}, named in the same sentence", country_name)};
  }
  if (!admin1_code.empty() && ctx.regions.count(admin1_code)) {
    return {k_support_region_elsewhere,
            fmt::format("in {} ({}), a region named elsewhere in the article", admin1, admin1_code)};
  }
  if (ctx.countries.count(country)) {
    return {k_support_country_elsewhere, fmt::format("in {}, named elsewhere in the article", country_name)};
  }
  if (ctx.in(ctx.sentence_demonyms, sentence, country)) {
    return {k_support_demonym, fmt::format("in {}, whose people the same sentence names", country_name)};
  }
  return {};
}

// Whether a candidate is sure enough to be a claim with nothing in the article
// pointing to it: alternate names and skeletons of small towns are too often
// ordinary words ("Western" is an alternate name of Cuba City, Wisconsin).
// A consonant skeleton alone is never enough, however large the town: on real
// news it chose right 5 times in 121 ("Turkish" → Târgu Jiu, "Kansas" →
// Kinshasa); it needs its region or country named in the same sentence.
bool confident(const gz::Candidate& c, const Support& s) {
  if (c.match == gz::MatchKind::alias) return true;
  if (c.match == gz::MatchKind::skeleton) return s.score >= k_skeleton_support;
  if (s.score >= k_support_country_elsewhere) return true;
  return c.place.population >= (c.primary_name ? k_min_population_primary : k_min_population_alternate);
}

std::string region_elsewhere_doubt(const Context& ctx, std::size_t sentence, const std::string& admin1_code,
                                   const std::string& country, const std::string& name) {
  const auto regions = ctx.sentence_containers.find(sentence);
  if (regions == ctx.sentence_containers.end() || regions->second.count(admin1_code)) return {};
  for (const std::string& code : regions->second) {
    if (code.substr(0, code.find('.')) == country) {
      return fmt::format("the sentence names the region {} of the same country, which does not hold {}; a place of "
                         "this name there that the gazetteer does not list may be meant",
                         code, name);
    }
  }
  return {};
}

// Distinct capitalised words asked of the demonym table in one article.
constexpr std::size_t k_max_demonym_words = 5000;

// "Turkish troops", "a South Korean official": the countries whose people
// each sentence names, read from its capitalised words (two-word forms first).
void add_demonyms(const ScanInput& in, const Sentences& sentences, const gz::Gazetteer& gaz, Context& ctx) {
  std::map<std::string, std::vector<std::string>> known;  // an article repeats its words
  auto countries_of = [&](std::string words) -> const std::vector<std::string>& {
    auto it = known.find(words);
    if (it == known.end()) it = known.emplace(words, gaz.find_demonym(words)).first;
    return it->second;
  };
  auto capitalised = [&](std::size_t i) {
    return i < in.tokens.size() && in.tokens[i].kind == TokenKind::word && is_capitalised(word_at(in, i));
  };
  for (std::size_t i = 0; i < in.tokens.size() && known.size() < k_max_demonym_words; ++i) {
    if (!capitalised(i)) continue;
    const std::size_t sentence = sentences.of(in.tokens[i].start);
    if (capitalised(i + 1) && in.tokens[i + 1].start == in.tokens[i].end + 1) {
      const auto& pair = countries_of(std::string(in.text.substr(in.tokens[i].start, in.tokens[i + 1].end - in.tokens[i].start)));
      if (!pair.empty()) {
        ctx.sentence_demonyms[sentence].insert(pair.begin(), pair.end());
        ++i;
        continue;
      }
    }
    const auto& one = countries_of(std::string(word_at(in, i)));
    ctx.sentence_demonyms[sentence].insert(one.begin(), one.end());
  }
}

}  // namespace verify::claims::resolve
