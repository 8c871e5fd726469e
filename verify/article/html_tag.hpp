#pragma once
// A small HTML tag reader for the scans that run before the real parser:
// the nesting-depth check and the <meta charset> prescan. It follows the
// tokenizer's rules for where a tag ends (quoted values may hold '>'), and no
// more.

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace verify::article {

enum class TagKind { start, end, comment, text };

struct Tag {
  TagKind kind = TagKind::text;
  std::string name;  // lower case; start and end tags only
  bool self_closing = false;
  std::vector<std::pair<std::string, std::string>> attributes;  // names lower case; when asked for
  std::size_t next = 0;  // offset just past the tag (or past the '<' for text)
};

// Reads what starts at html[pos] == '<': a tag, a comment-like construct
// (<!--…-->, <!…>, <?…>), or a '<' that is just text.
Tag read_tag(std::string_view html, std::size_t pos, bool with_attributes);

// Offset just past the end tag </name> (ASCII case-insensitive) at or after `from`,
// or html.size() when there is none: the end of a raw-text element.
std::size_t skip_raw_text(std::string_view html, std::size_t from, std::string_view name);

// ASCII lower case.
std::string lower_ascii(std::string_view text);

}  // namespace verify::article
