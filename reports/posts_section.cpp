#include "reports/posts_section.hpp"

#include <fmt/format.h>

#include "core/text.hpp"
#include "reports/markdown_text.hpp"

namespace reports {
namespace {

constexpr std::size_t k_text_limit = 600;  // bytes of post text shown; report.json has all of it

void append_media(std::string& out, const core::MediaItem& m, std::size_t n) {
  out += fmt::format("- Media {}: {}{}", n, md_inline(m.kind), m.url.empty() ? "" : " " + md_inline(m.url));
  if (!m.file.empty()) out += fmt::format("; file `{}`, SHA-256 `{}`", md_inline(m.file), md_inline(m.sha256));
  else out += "; not downloaded";
  out += "\n";
  if (m.custody) out += "  - Custody: " + custody_text(*m.custody) + "\n";
}

void append_post(std::string& out, const core::Post& p) {
  out += fmt::format("### {} · post {} · **{}**\n\n", md_inline(p.embed), p.post_id.empty() ? "(id unknown)" : md_inline(p.post_id),
                     core::name_of(p.status));
  if (!p.status_note.empty()) out += fmt::format("- Note: {}\n", md_inline(p.status_note));
  if (!p.author.empty() || !p.author_handle.empty()) {
    out += fmt::format("- Author: {}{}\n", md_inline(p.author),
                       p.author_handle.empty() ? "" : " (@" + md_inline(p.author_handle) + ")");
  }
  if (p.created_at) out += fmt::format("- Created: {}\n", core::format_iso8601(*p.created_at));
  if (!p.text.empty()) out += fmt::format("- Text: {}\n", md_inline(core::shorten(p.text, k_text_limit)));
  if (p.custody) out += "- Custody: " + custody_text(*p.custody) + "\n";
  for (std::size_t i = 0; i < p.media.size(); ++i) append_media(out, p.media[i], i + 1);
  out += "\n";
}

}  // namespace

std::string custody_text(const core::Custody& c) {
  // Status 0: no HTTP exchange made the bytes (a helper program's output, named by via).
  std::string out = md_inline(c.url) + (c.status ? fmt::format(" (HTTP {}", c.status) : std::string(" (no HTTP exchange"));
  if (c.fetched_at) out += ", fetched " + core::format_iso8601(*c.fetched_at);
  if (!c.via.empty()) out += ", via " + md_inline(c.via);
  out += fmt::format(", {} bytes, SHA-256 `{}`)", c.size, md_inline(c.sha256));
  if (!c.final_url.empty() && c.final_url != c.url) out += " → " + md_inline(c.final_url);
  return out;
}

void append_posts(std::string& out, const core::Case& c) {
  if (c.posts.empty()) return;
  out += "## Posts\n\n";
  for (const auto& p : c.posts) append_post(out, p);
}

}  // namespace reports
