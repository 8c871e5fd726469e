#pragma once
// Article bytes to UTF-8 text: a byte order mark decides first, then a
// declared charset (converted through ICU); undeclared bytes must be UTF-8.

#include <string>
#include <string_view>

#include "core/result.hpp"

namespace verify::article {

struct Declared {
  std::string charset;  // normalised label; empty: nothing declared
  std::string by;       // where the declaration came from, for errors: "<meta charset>", …
};

struct Decoded {
  std::string text;     // UTF-8, no byte order mark, line ends LF
  std::string charset;  // what the bytes were decoded from: "utf-8", "windows-1256", …
};

// The charset a byte order mark at the start names ("utf-8", "utf-16le", "utf-16be"), or "".
std::string bom_charset(std::string_view bytes);

// Decodes `bytes`. Refuses binary input (a NUL), a charset ICU does not know,
// and invalid UTF-8 — undeclared, or declared as UTF-8. `source` names the
// input in the error.
core::Result<Decoded> decode(std::string bytes, const Declared& declared, const std::string& source);

// CRLF and lone CR to LF, in place.
void normalise_line_ends(std::string& text);

}  // namespace verify::article
