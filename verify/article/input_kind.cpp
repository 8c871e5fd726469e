#include "verify/article/input_kind.hpp"

#include <array>
#include <optional>
#include <utility>

#include "verify/article/front_matter.hpp"
#include "verify/article/html_tag.hpp"

namespace verify::article {
namespace {

constexpr std::size_t k_sniff_bytes = 65536;
constexpr int k_block_tags_for_html = 3;

constexpr std::array<std::pair<std::string_view, core::InputKind>, 7> k_extensions = {{
    {".html", core::InputKind::html},
    {".htm", core::InputKind::html},
    {".xhtml", core::InputKind::html},
    {".md", core::InputKind::markdown},
    {".markdown", core::InputKind::markdown},
    {".txt", core::InputKind::text},
    {".text", core::InputKind::text},
}};

constexpr std::array<std::string_view, 5> k_html_starts = {"<!doctype html", "<html", "<head", "<body", "<?xml"};
constexpr std::array<std::string_view, 9> k_block_tags = {"<p>", "<p ", "<div", "<blockquote", "<table",
                                                          "<ul>", "<ol>", "<h1", "<h2"};

std::optional<core::InputKind> from_extension(std::string_view source) {
  // A URL's query and fragment are not part of its name.
  source = source.substr(0, source.find_first_of("?#"));
  const auto slash = source.find_last_of('/');
  const std::string name = lower_ascii(slash == std::string_view::npos ? source : source.substr(slash + 1));
  const auto dot = name.find_last_of('.');
  if (dot == std::string::npos) return std::nullopt;
  for (const auto& [extension, kind] : k_extensions) {
    if (name.substr(dot) == extension) return kind;
  }
  return std::nullopt;
}

int count_block_tags(std::string_view lower) {
  int count = 0;
  for (std::string_view tag : k_block_tags) {
    for (std::size_t pos = lower.find(tag); pos != std::string_view::npos; pos = lower.find(tag, pos + 1)) {
      if (++count >= k_block_tags_for_html) return count;
    }
  }
  return count;
}

}  // namespace

core::InputKind sniff_kind(std::string_view text) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  const std::string lower = lower_ascii(text.substr(0, k_sniff_bytes));
  const auto first = lower.find_first_not_of(" \t\r\n");
  const std::string_view start = first == std::string::npos ? std::string_view{} : std::string_view(lower).substr(first);
  for (std::string_view marker : k_html_starts) {
    if (start.starts_with(marker)) return core::InputKind::html;
  }
  if (read_front_matter(text)) return core::InputKind::markdown;
  if (count_block_tags(lower) >= k_block_tags_for_html) return core::InputKind::html;
  return core::InputKind::text;
}

core::InputKind input_kind(std::string_view source, std::string_view text) {
  if (auto kind = from_extension(source)) return *kind;
  return sniff_kind(text);
}

}  // namespace verify::article
