#pragma once
// The keys a name is stored and looked up under. The builder and the lookup
// both derive keys here, so the two can never disagree.
//
//   name_keys("al-Tanf") == {{"al tanf","ltnf"}, {"tanf","tnf"}}
//   name_keys("التنف")   == {{"التنف","ltnf"}, {"تنف","tnf"}}
//   region_core("homs governorate") == "homs"; region_core("محافظة حمص") == "حمص"
//   district_core("province of nueva ecija") == "nueva ecija"
//   country_key("the U.S.") == "us"

#include <string>
#include <string_view>
#include <vector>

namespace verify::gazetteer {

struct NameKey {
  std::string folded;    // names::fold
  std::string skeleton;  // names::skeleton; may be empty (e.g. "Ai")
  bool operator==(const NameKey&) const = default;
};

// Names longer than this are not names: lookups return nothing.
inline constexpr std::size_t k_max_name_bytes = 200;

// The folded name without a leading Arabic article (al-, el-, at-, ad-, …,
// or "ال"), or an empty string when it has none or nothing would remain.
std::string strip_article(std::string_view folded);

// The folded name without designators such as "governorate", "oblast",
// "province", "region", "state" or a leading "محافظة" / "muhafazat".
std::string region_core(std::string_view folded);

// The folded district name without the local designator GeoNames puts before
// it ("province of nueva ecija" → "nueva ecija", "departamento de cusco" →
// "cusco"), or an empty string when it has none or only a number would remain.
std::string district_core(std::string_view folded);

// The name's keys: itself and, when it has an article, its article-less form.
// Duplicates removed; empty when the name folds to nothing.
std::vector<NameKey> name_keys(std::string_view name);

// The key a country name is stored and looked up under: folded, dots removed
// first so abbreviations close up ("U.S." → "us", "Marshall Is." → "marshall is"),
// typographic apostrophes read as "'", "&" as "and" (ICU: "Bosnia & Herzegovina",
// Natural Earth: "Trinidad and Tobago"),
// and without a leading English "the " ("the United Kingdom" → "united kingdom").
// Empty when the name folds to nothing or is longer than k_max_name_bytes.
std::string country_key(std::string_view name);

// True when the letters of `text` come from more than one script (Common and
// inherited marks aside; Han, Hiragana and Katakana count as one).
bool is_mixed_script(std::string_view text);

}  // namespace verify::gazetteer
