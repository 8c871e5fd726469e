#include "verify/article/meta_charset.hpp"

#include "verify/article/charset.hpp"
#include "verify/article/html_tag.hpp"

namespace verify::article {
namespace {

constexpr std::size_t k_prescan_bytes = 4096;

std::string_view attribute(const Tag& tag, std::string_view name) {
  for (const auto& [key, value] : tag.attributes) {
    if (key == name) return value;
  }
  return {};
}

// "text/html; charset=windows-1256" → "windows-1256".
std::string_view charset_in_content(std::string_view content) {
  const std::string lower = lower_ascii(content);
  const auto at = lower.find("charset");
  if (at == std::string::npos) return {};
  std::size_t pos = at + 7;
  while (pos < content.size() && content[pos] == ' ') ++pos;
  if (pos >= content.size() || content[pos] != '=') return {};
  ++pos;
  while (pos < content.size() && content[pos] == ' ') ++pos;
  const auto end = content.find_first_of("; \t", pos);
  return content.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos);
}

std::string_view declared_by(const Tag& meta) {
  if (auto charset = attribute(meta, "charset"); !charset.empty()) return charset;
  if (lower_ascii(attribute(meta, "http-equiv")) == "content-type") return charset_in_content(attribute(meta, "content"));
  return {};
}

}  // namespace

std::string meta_charset(std::string_view html) {
  const std::string_view head = html.substr(0, k_prescan_bytes);
  std::size_t pos = 0;
  while ((pos = head.find('<', pos)) != std::string_view::npos) {
    const Tag tag = read_tag(head, pos, true);
    pos = tag.next;
    if (tag.kind != TagKind::start || tag.name != "meta") continue;
    const std::string label = normalise_charset(declared_by(tag));
    if (label.empty()) continue;
    return is_wide(label) ? std::string("utf-8") : label;
  }
  return {};
}

}  // namespace verify::article
