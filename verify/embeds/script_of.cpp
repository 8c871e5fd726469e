#include "verify/embeds/script_of.hpp"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <map>

namespace verify::embeds {
namespace {

// Words that are no prose: links, handles, hashtags.
bool is_link_or_tag(std::string_view word) {
  return word.find("://") != std::string_view::npos || word.starts_with("pic.") || word.starts_with("t.co/") ||
         word.starts_with("www.") || word.starts_with('@') || word.starts_with('#');
}

void count_letters(std::string_view word, std::map<int, std::size_t>& counts) {
  std::size_t at = 0;
  while (at < word.size()) {
    UChar32 c = 0;
    U8_NEXT(word.data(), at, word.size(), c);
    if (c < 0 || !u_isalpha(c)) continue;
    UErrorCode status = U_ZERO_ERROR;
    int script = uscript_getScript(c, &status);
    if (U_FAILURE(status) || script == USCRIPT_COMMON || script == USCRIPT_INHERITED) continue;
    if (script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA) script = USCRIPT_HAN;
    ++counts[script];
  }
}

}  // namespace

int dominant_script(std::string_view text) {
  std::map<int, std::size_t> counts;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find_first_of(" \t\n", start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view word = text.substr(start, end - start);
    if (!word.empty() && !is_link_or_tag(word)) count_letters(word, counts);
    start = end + 1;
  }
  int best = -1;
  std::size_t most = 0;
  for (const auto& [script, n] : counts) {
    if (n > most) {
      best = script;
      most = n;
    }
  }
  return best;
}

bool differ_in_script(std::string_view a, std::string_view b) {
  const int sa = dominant_script(a), sb = dominant_script(b);
  return sa >= 0 && sb >= 0 && sa != sb;
}

}  // namespace verify::embeds
