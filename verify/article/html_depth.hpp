#pragma once
// The deepest element nesting of an HTML document, found by a linear scan
// before the real parser runs: gumbo is quadratic on deeply nested unclosed
// tags (10,000 nested <div> took 2.2 s and 788 MB), so such input is refused
// before it reaches the parser.

#include <cstddef>
#include <string_view>

namespace verify::article {

// Counts open elements as the tags come: void and self-closing elements and
// those whose end tag is optional (p, li, td, …) do not nest; an end tag pops
// back to its element; comments and raw text (script, style, …) are skipped.
std::size_t html_max_depth(std::string_view html);

}  // namespace verify::article
