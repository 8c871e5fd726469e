#pragma once
// YAML front matter at the top of a Markdown (or Jekyll HTML) file: the
// block between a first line "---" and the next "---" (or "..."). Read with
// simple line parsing — only the few keys an article's metadata needs.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace verify::article {

struct FrontMatter {
  std::size_t body_offset = 0;  // where the body starts, just past the closing line
  std::string title;
  std::string date;             // as written, with "2016-01-21 10:00:00 -0500" made ISO 8601
  std::string author;           // author:, or the first of authors: (flow or block list)
};

// The front matter, or nullopt when the text does not start with one.
std::optional<FrontMatter> read_front_matter(std::string_view text);

}  // namespace verify::article
