#pragma once
// Charset labels and conversion to UTF-8 through ICU (ucnv).

#include <optional>
#include <string>
#include <string_view>

namespace verify::article {

// A label as documents write it, made comparable: trimmed, unquoted, lower
// case, with the aliases browsers apply ("utf8" → "utf-8"; "iso-8859-1",
// "us-ascii" → "windows-1252", as the WHATWG Encoding standard maps them).
std::string normalise_charset(std::string_view label);

bool is_utf8(std::string_view normalised);
// UTF-16 and UTF-32: bytes that are not ASCII-compatible.
bool is_wide(std::string_view normalised);

// `bytes` in `charset` converted to UTF-8, or nullopt when ICU does not know
// the charset. Bytes with no mapping become U+FFFD.
std::optional<std::string> convert_to_utf8(std::string_view bytes, const std::string& charset);

}  // namespace verify::article
