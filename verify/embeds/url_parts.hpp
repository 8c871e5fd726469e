#pragma once
// A URL split into the parts the platform tables look at. Lenient on purpose:
// articles print URLs without a scheme ("twitter.com/…"), scheme-relative
// ("//www.youtube.com/…") and with HTML-escaped query separators ("&amp;").

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace verify::embeds {

struct UrlParts {
  std::string host;                        // lower case, without "www.", "m.", "mobile.", port or user
  std::vector<std::string_view> segments;  // non-empty path segments, as printed
  std::string_view query;                  // after '?', without the fragment
};

// Splits an http(s), scheme-less or scheme-relative URL; nullopt for other
// schemes or when there is no host with a dot.
std::optional<UrlParts> split_url(std::string_view url);

// The decoded value of `key` in a query string ("a=1&amp;v=ID"), or nullopt.
std::optional<std::string> query_value(std::string_view query, std::string_view key);

std::string percent_decode(std::string_view text);

bool is_digits(std::string_view text);
// Every character is one of [A-Za-z0-9] or in `extra`.
bool is_word(std::string_view text, std::string_view extra);

}  // namespace verify::embeds
