#pragma once
// Markdown rendered to HTML by md4c (CommonMark, with tables and
// strikethrough), so a Markdown article's outline is the one its HTML
// would have: links are anchors, inline HTML (embed markup) is markup, and
// code spans and blocks are <code>/<pre> whose content is text, never tags.

#include <optional>
#include <string>
#include <string_view>

namespace verify::article {

// The HTML md4c renders from `markdown`; nullopt when it cannot, or when it
// would render to many times its size (link references repeated by the thousand).
std::optional<std::string> markdown_to_html(std::string_view markdown);

}  // namespace verify::article
