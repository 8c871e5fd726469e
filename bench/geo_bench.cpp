// Place claims on real news: the claims stage over the GeoVirus corpus
// (../shared/real-geo/geovirus.jsonl: WikiNews articles with hand-marked
// places and their coordinates), scored as geoparsers are. Prints, never
// asserts:
//   accuracy@161 km  place claims with a point that lie on a marked place:
//                    the share within 161 km of its gold point
//   containment      country, region and district claims on a marked place: the share
//                    whose country (admin1 region, district) holds the gold point
//   off-place        place claims on no marked place, of all place claims
//   recall           marked places some place claim covers: overall, and
//                    those right after "in", "from" or "to"
//   time             per article, the whole stage (tokens, claims, gazetteer)
//
//   build/bench/geo_bench [geovirus.jsonl] [--errors] [--missed]
#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "core/case.hpp"
#include "core/config.hpp"
#include "verify/article/ingest.hpp"
#include "verify/checks/place_claims.hpp"
#include "verify/checks/place_in_region.hpp"
#include "verify/claims/extract.hpp"
#include "verify/gazetteer/gazetteer.hpp"

namespace {

namespace gz = verify::gazetteer;

struct Gold {
  std::size_t start = 0;  // UTF-8 bytes into the text
  std::size_t end = 0;
  std::string name;
  double lat = 0;
  double lon = 0;
  bool framed = false;  // right after "in", "from" or "to"
  bool found = false;
};

// Code-point offsets (the corpus's) to UTF-8 byte offsets.
std::vector<std::size_t> byte_offsets(const std::string& text) {
  std::vector<std::size_t> at;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) at.push_back(i);
  }
  at.push_back(text.size());
  return at;
}

bool after_frame_word(const std::string& text, std::size_t start) {
  for (const char* word : {"in ", "from ", "to ", "In ", "From ", "To "}) {
    const std::size_t n = std::char_traits<char>::length(word);
    if (start >= n && text.compare(start - n, n, word) == 0 && (start == n || text[start - n - 1] == ' ')) return true;
  }
  return false;
}

std::vector<Gold> gold_of(const nlohmann::json& article, const std::string& text) {
  const auto at = byte_offsets(text);
  std::vector<Gold> out;
  for (const auto& t : article["toponyms"]) {
    const auto s = t["start"].get<std::size_t>(), e = t["end"].get<std::size_t>();
    if (s >= at.size() || e >= at.size() || t["lat"].is_null()) continue;
    Gold g{at[s], at[e], t.value("name", ""), t["lat"].get<double>(), t["lon"].get<double>(), false, false};
    g.framed = after_frame_word(text, g.start);
    out.push_back(g);
  }
  return out;
}

struct Score {
  int point_claims = 0, point_right = 0;
  int area_claims = 0, area_right = 0;
  int place_claims = 0, off_place = 0;
  int gold = 0, gold_found = 0, framed = 0, framed_found = 0;
  double seconds = 0;
  int articles = 0;
  int in_region[3] = {0, 0, 0};  // place-in-region verdicts: consistent, inconsistent, unverifiable
};

double share(int part, int whole) { return whole ? 100.0 * part / whole : 0; }

// Does the area the claim names hold the gold point?
bool contains(const gz::Gazetteer& gaz, const core::Place& p, const Gold& g) {
  if (p.type == core::PlaceType::world_region) {
    auto country = gaz.country_at(g.lat, g.lon);
    std::string code = country ? country->iso2 : std::string();
    if (!country) {
      const auto near = gaz.nearest(g.lat, g.lon);
      if (near && near->km <= 150) code = near->place.country;
    }
    return std::find(p.countries.begin(), p.countries.end(), code) != p.countries.end();
  }
  if (p.type == core::PlaceType::country) {
    // A country's marked point is often at sea for an island nation ("Fiji"
    // at -18, 179) or off the coarse outline: then the nearest town within
    // 150 km says which country it marks.
    if (const auto country = gaz.country_at(g.lat, g.lon)) return country->iso2 == p.country;
    const auto near = gaz.nearest(g.lat, g.lon);
    return near && near->km <= 150 && near->place.country == p.country;
  }
  const auto near = gaz.nearest(g.lat, g.lon);
  if (p.type == core::PlaceType::district) return near && near->place.admin2_code == p.admin2_code;
  return near && near->place.admin1_code == p.admin1_code;
}

void score_article(const gz::Gazetteer& gaz, const nlohmann::json& article, Score& s, bool show_errors,
                   bool show_missed) {
  const std::string text = article["text"];
  core::Case c;
  verify::IngestOptions options;
  options.kind = core::InputKind::text;
  const auto started = std::chrono::steady_clock::now();
  if (!verify::ingest_bytes(text, article.value("id", "article"), options, c)) return;
  verify::extract_claims(c, &gaz);
  s.seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  ++s.articles;
  for (const auto& check : verify::check_place_in_region(c)) {
    ++s.in_region[static_cast<int>(check.verdict)];
    if (show_errors && check.verdict == core::Verdict::inconsistent) {
      std::printf("in-region  %s\n", check.explanation.c_str());
    }
  }
  std::vector<Gold> gold = gold_of(article, c.article.text);
  for (const auto& claim : c.claims) {
    const auto* place = std::get_if<core::Place>(&claim.value);
    if (claim.kind != core::ClaimKind::place || !place) continue;
    ++s.place_claims;
    Gold* on = nullptr;
    for (auto& g : gold) {
      if (g.start < claim.span.end && claim.span.start < g.end) on = &g;
    }
    if (!on) {
      ++s.off_place;
      if (show_errors) std::printf("off-place  %-40s → %s\n", claim.text.c_str(), place->name.c_str());
      continue;
    }
    on->found = true;
    bool right = false;
    if (place->point && place->type == core::PlaceType::place) {
      ++s.point_claims;
      right = verify::geodesic_km(*place->point, core::Location{on->lat, on->lon}) <= 161;
      s.point_right += right;
    } else {
      ++s.area_claims;
      right = contains(gaz, *place, *on);
      s.area_right += right;
    }
    if (!right && show_errors) {
      std::printf("wrong      %-40s → %s (%s, %s) gold %.3f,%.3f\n", claim.text.c_str(), place->name.c_str(),
                  place->admin1.c_str(), place->country.c_str(), on->lat, on->lon);
    }
  }
  for (const auto& g : gold) {
    if (show_missed && !g.found) {
      const std::size_t from = g.start > 40 ? g.start - 40 : 0;
      std::string before = c.article.text.substr(from, g.start - from);
      for (char& ch : before) ch = ch == '\n' ? ' ' : ch;
      std::printf("missed     %40s[%s]\n", before.c_str(), g.name.c_str());
    }
    ++s.gold;
    s.gold_found += g.found;
    s.framed += g.framed;
    s.framed_found += g.framed && g.found;
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::filesystem::path corpus;
  bool show_errors = false;
  bool show_missed = false;  // marked places no claim covers, with the words before them
  for (int i = 1; i < argc; ++i) {
    if (std::string(argv[i]) == "--errors") {
      show_errors = true;
    } else if (std::string(argv[i]) == "--missed") {
      show_missed = true;
    } else {
      corpus = argv[i];
    }
  }
  if (corpus.empty()) {
    const char* shared = std::getenv("EMBEDCHECK_SHARED_DIR");
    corpus = std::filesystem::path(shared ? shared : "../shared") / "real-geo" / "geovirus.jsonl";
  }
  std::ifstream in(corpus);
  if (!in) {
    std::fprintf(stderr, "geo_bench: cannot read %s (set EMBEDCHECK_SHARED_DIR or pass the file)\n", corpus.c_str());
    return 1;
  }
  const auto config = core::load_config(std::nullopt, core::process_environment());
  if (!config) {
    std::fprintf(stderr, "geo_bench: %s\n", config.error().message.c_str());
    return 1;
  }
  auto gaz = gz::Gazetteer::open(gz::Gazetteer::default_path(*config));
  if (!gaz) {
    std::fprintf(stderr, "geo_bench: %s\n", gaz.error().message.c_str());
    return 1;
  }
  Score s;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) score_article(*gaz, nlohmann::json::parse(line), s, show_errors, show_missed);
  }
  std::printf("GeoVirus: %d articles, %d marked places, %d place claims\n", s.articles, s.gold, s.place_claims);
  std::printf("accuracy@161 km   %5.1f%%  (%d of %d place claims with a point on a marked place)\n",
              share(s.point_right, s.point_claims), s.point_right, s.point_claims);
  std::printf("containment       %5.1f%%  (%d of %d country, region and district claims)\n", share(s.area_right, s.area_claims),
              s.area_right, s.area_claims);
  std::printf("off-place         %5.1f%%  (%d place claims on no marked place)\n", share(s.off_place, s.place_claims),
              s.off_place);
  std::printf("recall            %5.1f%%  overall; %5.1f%% right after in/from/to (%d of %d)\n", share(s.gold_found, s.gold),
              share(s.framed_found, s.framed), s.framed_found, s.framed);
  std::printf("place-in-region   %d consistent, %d inconsistent, %d unverifiable (WikiNews is edited: an inconsistent "
              "one is more likely the tool's error than the article's)\n",
              s.in_region[0], s.in_region[1], s.in_region[2]);
  std::printf("time              %5.1f ms per article\n", s.articles ? 1000 * s.seconds / s.articles : 0.0);
  return 0;
}
