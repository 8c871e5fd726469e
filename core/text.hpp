#pragma once
// Small UTF-8 text helpers shared by the stages. Text is kept intact for
// quoting; the *_for_matching forms are for comparisons only.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace core {

// Byte offset of the first invalid UTF-8 sequence, or nullopt when valid.
std::optional<std::size_t> first_invalid_utf8(std::string_view text);

// Removes bidirectional control marks (LRM, RLM, ALM, embeddings, isolates):
// for matching only, never for what is quoted.
std::string strip_bidi_controls(std::string_view text);

std::string_view trim(std::string_view text);

// A file-name-safe slug of an input path or URL: "tanf-2020", "example-com-news-1".
std::string slug(std::string_view input);

// The text cut to at most `max_bytes`, on a code point boundary, with "…" when cut.
std::string shorten(std::string_view text, std::size_t max_bytes);

}  // namespace core
