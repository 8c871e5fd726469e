#pragma once
// The writing system a line of prose is in, for telling a post's text from
// the article's prose beside it: "Video recorded in Odessa on Friday." is
// Latin, "Порт Одеси сьогодні pic.twitter.com/AbC123" Cyrillic (links,
// handles and hashtags are not prose and are not counted).

#include <string_view>

namespace verify::embeds {

// The script most of the text's letters are in (ICU UScriptCode; Han, Hiragana
// and Katakana as one), or -1 when it has no letters outside links.
int dominant_script(std::string_view text);

// Whether both texts have letters and most of them are in different scripts.
bool differ_in_script(std::string_view a, std::string_view b);

}  // namespace verify::embeds
