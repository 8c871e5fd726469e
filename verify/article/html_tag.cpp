#include "verify/article/html_tag.hpp"

namespace verify::article {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

std::size_t find_or_end(std::string_view html, std::string_view what, std::size_t from) {
  const std::size_t at = html.find(what, from);
  return at == std::string_view::npos ? html.size() : at + what.size();
}

// Reads one attribute at `pos` (past any spacing); returns the offset after it.
std::size_t read_attribute(std::string_view html, std::size_t pos, Tag& tag, bool keep) {
  const std::size_t name_start = pos;
  ++pos;  // the first character belongs to the name, even '=' (tokenizer rule)
  while (pos < html.size() && !is_space(html[pos]) && html[pos] != '/' && html[pos] != '>' && html[pos] != '=') ++pos;
  const std::string_view name = html.substr(name_start, pos - name_start);
  std::size_t after = pos;
  while (after < html.size() && is_space(html[after])) ++after;
  std::string_view value;
  if (after < html.size() && html[after] == '=') {
    pos = after + 1;
    while (pos < html.size() && is_space(html[pos])) ++pos;
    if (pos < html.size() && (html[pos] == '"' || html[pos] == '\'')) {
      const char quote = html[pos];
      const std::size_t end = html.find(quote, pos + 1);
      const std::size_t stop = end == std::string_view::npos ? html.size() : end;
      value = html.substr(pos + 1, stop - pos - 1);
      pos = stop == html.size() ? stop : stop + 1;
    } else {
      const std::size_t start = pos;
      while (pos < html.size() && !is_space(html[pos]) && html[pos] != '>') ++pos;
      value = html.substr(start, pos - start);
    }
  }
  if (keep) tag.attributes.emplace_back(lower_ascii(name), std::string(value));
  return pos;
}

}  // namespace

std::string lower_ascii(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = lower(c);
  return out;
}

Tag read_tag(std::string_view html, std::size_t pos, bool with_attributes) {
  Tag tag;
  tag.next = pos + 1;
  const std::string_view rest = html.substr(pos);
  if (rest.starts_with("<!--")) {
    tag.kind = TagKind::comment;
    tag.next = rest.starts_with("<!-->") ? pos + 5 : find_or_end(html, "-->", pos + 4);
    return tag;
  }
  const bool end = rest.size() > 1 && rest[1] == '/';
  const std::size_t name_start = pos + (end ? 2 : 1);
  if (rest.starts_with("<!") || rest.starts_with("<?") || (end && name_start < html.size() && !is_alpha(html[name_start]))) {
    tag.kind = TagKind::comment;  // a bogus comment up to the next '>'
    tag.next = find_or_end(html, ">", pos + 2);
    return tag;
  }
  if (name_start >= html.size() || !is_alpha(html[name_start])) return tag;  // text
  std::size_t i = name_start;
  while (i < html.size() && !is_space(html[i]) && html[i] != '/' && html[i] != '>') ++i;
  tag.kind = end ? TagKind::end : TagKind::start;
  tag.name = lower_ascii(html.substr(name_start, i - name_start));
  while (i < html.size() && html[i] != '>') {
    if (is_space(html[i])) {
      ++i;
    } else if (html[i] == '/') {
      ++i;
      tag.self_closing = i < html.size() && html[i] == '>';
    } else {
      i = read_attribute(html, i, tag, with_attributes && !end);
    }
  }
  tag.next = i < html.size() ? i + 1 : html.size();
  return tag;
}

std::size_t skip_raw_text(std::string_view html, std::size_t from, std::string_view name) {
  std::size_t pos = from;
  while ((pos = html.find("</", pos)) != std::string_view::npos) {
    const std::size_t name_at = pos + 2;
    const std::size_t after = name_at + name.size();
    if (after <= html.size() && lower_ascii(html.substr(name_at, name.size())) == name &&
        (after == html.size() || is_space(html[after]) || html[after] == '/' || html[after] == '>')) {
      return read_tag(html, pos, false).next;
    }
    pos = name_at;
  }
  return html.size();
}

}  // namespace verify::article
