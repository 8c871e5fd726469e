#pragma once
// Untrusted text made safe for report.html, one function per context. Every
// string from an article, a post, a file's tags, OCR or a URL goes through
// one of these; nothing else reaches the page unescaped.
//
//   html_text("<img onerror=x>")      → "<bdi>&lt;img onerror=x&gt;</bdi>"
//   html_attr("\" onmouseover=\"x")   → "&quot; onmouseover=&quot;x"
//   safe_href("javascript:alert(1)")  → ""   (only http and https link out)

#include <string>
#include <string_view>

namespace reports {

// Text for an element's content: escaped, control characters shown as U+FFFD,
// invalid UTF-8 replaced, and isolated in <bdi> so right-to-left text and
// bidi override characters cannot reorder the report's own words.
std::string html_text(std::string_view untrusted);

// The same without the <bdi> wrapper, for an attribute value in double quotes
// or text inside an element that already isolates (<bdi>, <td dir="auto">).
std::string html_attr(std::string_view untrusted);

// html_attr without bidi controls (U+202A–202E, U+2066–2069): for text that
// cannot be isolated in <bdi> (SVG labels, tooltips), where an override would
// reorder what follows it.
std::string html_label(std::string_view untrusted);

// The URL, escaped for an href, when it is http or https; "" otherwise
// (javascript:, data:, file:, relative paths never become links).
std::string safe_href(std::string_view url);

// Bytes as a data: URI of the given image type ("image/jpeg").
std::string data_uri(std::string_view mime, std::string_view bytes);

}  // namespace reports
