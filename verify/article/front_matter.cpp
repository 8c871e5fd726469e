#include "verify/article/front_matter.hpp"

#include <unicode/utf8.h>

#include <array>
#include <charconv>
#include <utility>

#include "core/text.hpp"

namespace verify::article {
namespace {

struct Line {
  std::string_view text;  // without the line end
  std::size_t next = 0;   // offset of the next line
};

Line line_at(std::string_view text, std::size_t pos) {
  const auto end = text.find('\n', pos);
  if (end == std::string_view::npos) return {text.substr(pos), text.size()};
  std::string_view line = text.substr(pos, end - pos);
  if (line.ends_with('\r')) line.remove_suffix(1);
  return {line, end + 1};
}

bool is_fence(std::string_view line, bool closing) {
  const std::string_view trimmed = core::trim(line);
  if (line.starts_with("---")) return trimmed == "---";
  return closing && line.starts_with("...") && trimmed == "...";
}

constexpr std::array<std::pair<std::string_view, std::string_view>, 5> k_named_entities = {{
    {"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}}};

// "&#39;" or "&#x27;" at the start of `text`: the code point and the reference's length.
std::pair<UChar32, std::size_t> numeric_reference(std::string_view text) {
  const bool hex = text.starts_with("&#x") || text.starts_with("&#X");
  const std::size_t digits = hex ? 3 : 2;
  const auto end = text.find(';');
  if (!text.starts_with("&#") || end == std::string_view::npos || end == digits || end > digits + 6) return {-1, 0};
  unsigned value = 0;
  const auto [ptr, ec] = std::from_chars(text.data() + digits, text.data() + end, value, hex ? 16 : 10);
  if (ec != std::errc() || ptr != text.data() + end || value == 0 || value > 0x10FFFF ||
      (value >= 0xD800 && value <= 0xDFFF)) {
    return {-1, 0};
  }
  return {static_cast<UChar32>(value), end + 1};
}

// Front matter values are pasted into HTML by the site generator, so the
// character references some of them hold ("Interior&#39;s") are read as HTML would.
std::string decode_references(std::string_view text) {
  std::string out;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::string_view rest = text.substr(pos);
    std::size_t used = 0;
    if (auto [c, length] = numeric_reference(rest); length > 0) {
      char buffer[U8_MAX_LENGTH];
      int32_t n = 0;
      U8_APPEND_UNSAFE(buffer, n, c);
      out.append(buffer, static_cast<std::size_t>(n));
      used = length;
    }
    for (const auto& [name, value] : k_named_entities) {
      if (used == 0 && rest.starts_with(name)) {
        out += value;
        used = name.size();
      }
    }
    if (used == 0) out += text[pos++];
    pos += used;
  }
  return out;
}

std::string unquote(std::string_view value) {
  value = core::trim(value);
  if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') && value.back() == value.front()) {
    value = value.substr(1, value.size() - 2);
  }
  return decode_references(core::trim(value));
}

// The first entry of a flow list: ["A B", "C"] → A B.
std::string first_of_flow_list(std::string_view value) {
  value = core::trim(core::trim(value).substr(1));
  if (value.starts_with('"') || value.starts_with('\'')) {
    const auto close = value.find(value.front(), 1);
    return unquote(value.substr(0, close == std::string_view::npos ? value.size() : close + 1));
  }
  return unquote(value.substr(0, value.find_first_of(",]")));
}

// A double-quoted value that does not close on its line goes on over the next lines.
bool opens_multiline_string(std::string_view value) {
  value = core::trim(value);
  return value.starts_with('"') && (value.size() == 1 || !value.ends_with('"'));
}

// Jekyll writes "2016-01-21 10:00:00 -0500": ISO 8601 has no space before the offset.
std::string iso_date(std::string value) {
  if (value.size() > 20 && value[value.size() - 6] == ' ' &&
      (value[value.size() - 5] == '+' || value[value.size() - 5] == '-')) {
    value.erase(value.size() - 6, 1);
  }
  return value;
}

class Reader {
 public:
  void key_value(std::string_view key, std::string_view value) {
    m_list_key.clear();
    if (key == "title" && m_out.title.empty()) m_out.title = unquote(value);
    if (key == "date" && m_out.date.empty()) m_out.date = iso_date(unquote(value));
    if ((key == "author" || key == "authors") && m_out.author.empty()) {
      if (core::trim(value).starts_with('[')) {
        m_out.author = first_of_flow_list(value);
      } else if (core::trim(value).empty()) {
        m_list_key = key;  // a block list follows: "- name"
      } else {
        m_out.author = unquote(value);
      }
    }
  }
  void list_item(std::string_view item) {
    if (!m_list_key.empty() && m_out.author.empty()) m_out.author = unquote(item);
    m_list_key.clear();
  }
  void line(std::string_view line) {
    const std::string_view trimmed = core::trim(line);
    if (m_in_string) {
      m_in_string = !trimmed.ends_with('"');
      return;
    }
    if (trimmed.starts_with("- ")) return list_item(trimmed.substr(2));
    if (line.starts_with(' ') || line.starts_with('\t')) return;  // a continuation or a nested key
    const auto colon = line.find(':');
    if (colon == std::string_view::npos) return;
    key_value(core::trim(line.substr(0, colon)), line.substr(colon + 1));
    m_in_string = opens_multiline_string(line.substr(colon + 1));
  }
  FrontMatter& result() { return m_out; }

 private:
  FrontMatter m_out;
  std::string m_list_key;
  bool m_in_string = false;
};

}  // namespace

std::optional<FrontMatter> read_front_matter(std::string_view text) {
  Line line = line_at(text, 0);
  if (!is_fence(line.text, false) || line.next >= text.size()) return std::nullopt;
  Reader reader;
  std::size_t pos = line.next;
  while (pos < text.size()) {
    line = line_at(text, pos);
    if (is_fence(line.text, true)) {
      reader.result().body_offset = line.next;
      return reader.result();
    }
    reader.line(line.text);
    pos = line.next;
  }
  return std::nullopt;  // never closed: not front matter
}

}  // namespace verify::article
