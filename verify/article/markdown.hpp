#pragma once
// Markdown made ready for the HTML parser, which reads its inline HTML.

#include <string>
#include <string_view>

namespace verify::article {

// Markdown autolinks (<https://…>, <mailto:…>) are text, not tags: their '<'
// is escaped so the parser keeps the URL in the text.
std::string escape_autolinks(std::string_view markdown);

}  // namespace verify::article
