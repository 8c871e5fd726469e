#include "verify/claims/binding.hpp"

#include <algorithm>
#include <array>

#include "verify/claims/tokens.hpp"

namespace verify::claims {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

bool speaks_of_media(std::string_view paragraph) {
  static constexpr std::array<std::string_view, 9> k_cues{"purport", "shows", "show ", "video", "footage",
                                                          "filmed",  "clip",  "photo", "image"};
  const std::string lower = lower_ascii(paragraph);
  for (auto cue : k_cues) {
    if (lower.find(cue) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

std::optional<core::Span> introducing_span(std::string_view text, const core::Embed& embed) {
  std::size_t end = std::min(embed.span.start, text.size());
  // The embed may start mid-line: the text before it on that line introduces it.
  std::size_t line_start = text.rfind('\n', end == 0 ? 0 : end - 1);
  line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
  if (line_start == end || text.substr(line_start, end - line_start).find_first_not_of(" \t\r") == std::string_view::npos) {
    while (end > 0 && is_space(text[end - 1])) --end;
    if (end == 0) return std::nullopt;
    const std::size_t nl = text.rfind('\n', end - 1);
    line_start = nl == std::string_view::npos ? 0 : nl + 1;
  }
  const std::string_view paragraph = text.substr(line_start, end - line_start);
  const std::size_t last = paragraph.find_last_not_of(" \t\r\n");
  if (last == std::string_view::npos) return std::nullopt;
  if (paragraph[last] != ':' && !speaks_of_media(paragraph)) return std::nullopt;
  return core::Span{line_start, end};
}

void bind_claims(std::string_view text, const std::vector<core::Embed>& embeds, std::vector<core::Claim>& claims) {
  for (const auto& embed : embeds) {
    const auto intro = introducing_span(text, embed);
    if (!intro) continue;
    // Claims are in article order: start at the first one in the paragraph.
    auto it = std::lower_bound(claims.begin(), claims.end(), intro->start,
                               [](const core::Claim& k, std::size_t start) { return k.span.start < start; });
    for (; it != claims.end() && it->span.start < intro->end; ++it) {
      if (it->embed.empty() && it->span.end <= intro->end) it->embed = embed.id;
    }
  }
}

}  // namespace verify::claims
