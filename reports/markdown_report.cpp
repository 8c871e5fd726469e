#include "reports/markdown_report.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "core/text.hpp"
#include "reports/claims_section.hpp"
#include "reports/markdown_text.hpp"
#include "reports/media_section.hpp"
#include "reports/posts_section.hpp"

namespace reports {
namespace {

using core::Verdict;

constexpr std::size_t k_quote_limit = 1200;  // bytes of article text quoted per item


std::string plural(std::size_t n, const char* one, const char* many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

// `embedcheck media FILE`: one file, no article around it.
bool bare_media(const core::Case& c) { return c.embeds.empty() && !c.media.empty() && c.media.front().embed.empty(); }

std::string embeds_line(const core::Case& c) {
  if (bare_media(c)) {
    return fmt::format("Media file {} checked against the claims given with it.", md_inline(c.article.source));
  }
  const std::string where = c.article.title.empty() ? c.article.source : "\"" + c.article.title + "\"";
  std::map<std::string, std::size_t> by_platform;
  for (const auto& e : c.embeds) ++by_platform[core::platform_label(e.platform)];
  std::string platforms;
  for (const auto& [name, n] : by_platform) platforms += (platforms.empty() ? "" : ", ") + fmt::format("{} {}", n, name);
  const std::string published = c.article.published
                                    ? "published " + core::format_iso8601(*c.article.published)
                                    : std::string("no published date");
  if (c.embeds.empty()) return fmt::format("No embedded posts found in {} ({}).", md_inline(where), published);
  return fmt::format("{} found in {} ({}): {}.", plural(c.embeds.size(), "embedded post", "embedded posts"),
                     md_inline(where), published, platforms);
}

std::string checks_line(const core::Case& c) {
  std::size_t counts[3] = {0, 0, 0};
  for (const auto& check : c.checks) ++counts[static_cast<int>(check.verdict)];
  std::string line = fmt::format("Checks: {} consistent, {} inconsistent, {} unverifiable", counts[0], counts[1], counts[2]);
  auto first_bad = std::find_if(c.checks.begin(), c.checks.end(),
                                [](const core::Check& k) { return k.verdict == Verdict::inconsistent; });
  if (first_bad != c.checks.end()) {
    return line + fmt::format(" — {} {}: {}", first_bad->kind, first_bad->embed, md_inline(first_bad->explanation));
  }
  if (c.checks.empty()) {
    return bare_media(c) ? "No checks could run: give --claim-time or --claim-place to check the file against."
                         : "No checks could run: the embeds carry no dates or post ids to compare.";
  }
  return line + (bare_media(c) ? "; nothing found contradicts the claims." : "; nothing found contradicts the embeds.");
}

// "Posts: 2 read (e2 deleted), 1 could not be fetched; 1 media file downloaded."
std::string posts_line(const core::Case& c) {
  std::size_t read = 0, failed = 0, files = 0;
  std::string gone;  // "e2 deleted, e3 withheld": what a note must say first
  for (const auto& p : c.posts) {
    if (p.status == core::PostStatus::error) {
      ++failed;
      continue;
    }
    ++read;
    if (p.status != core::PostStatus::ok) {
      const std::string status = core::name_of(p.status);
      gone += (gone.empty() ? "" : ", ") + md_inline(p.embed) + " " + (status == "not_found" ? "not found" : status);
    }
    for (const auto& m : p.media) files += m.file.empty() ? 0 : 1;
  }
  std::string line = fmt::format("Posts: {} read", read);
  if (!gone.empty()) line += " (" + gone + ")";
  if (failed > 0) line += fmt::format(", {} could not be fetched", failed);
  return line + fmt::format("; {} downloaded.", plural(files, "media file", "media files"));
}

std::string remaining_line(const core::Case& c) {
  std::string line = !c.posts.empty()   ? posts_line(c)
                     : c.media.empty() ? "Posts and media were not fetched; checks read the article text only."
                                       : std::string();
  if (const std::string media = media_summary(c); !media.empty()) line += (line.empty() ? "" : " ") + media;
  if (!c.claims.empty()) {
    line += " " + plural(c.claims.size(), "claim", "claims") + (bare_media(c) ? " given." : " found in the article.");
  }
  if (!c.errors.empty()) line += " " + plural(c.errors.size(), "problem", "problems") + " noted below.";
  return line;
}

std::string article_quote(const core::Case& c, core::Span span) {
  if (span.end <= span.start || span.end > c.article.text.size()) return {};
  return md_quote(core::shorten(core::trim(std::string_view(c.article.text).substr(span.start, span.end - span.start)),
                                k_quote_limit));
}

void append_embed(std::string& out, const core::Case& c, const core::Embed& e) {
  out += fmt::format("### {} · {}{}\n\n", e.id, core::platform_label(e.platform),
                     e.handle.empty() ? std::string() : " · @" + md_inline(e.handle));
  if (!e.display_name.empty()) out += fmt::format("- Name shown: {}\n", md_inline(e.display_name));
  if (!e.post_id.empty()) out += fmt::format("- Post id: `{}`\n", md_inline(e.post_id));
  if (e.byline_date || !e.byline_date_text.empty()) {
    out += fmt::format("- Byline date: {}{}\n", e.byline_date ? core::format_date(*e.byline_date) : "(not a valid date)",
                       e.byline_date_text.empty() ? "" : " (printed \"" + md_inline(e.byline_date_text) + "\")");
  }
  if (e.id_time) {
    out += fmt::format("- Time in post id: {}{}\n", core::format_iso8601(*e.id_time),
                       e.id_time_strength == core::IdTimeStrength::weak ? " (chosen by the client: weak)" : "");
  }
  for (const auto& url : e.urls) out += fmt::format("- Link: {}\n", md_inline(url));
  out += fmt::format("- Found by: {}; article bytes {}–{}\n\n", md_inline(e.found_by), e.span.start, e.span.end);
  out += article_quote(c, e.span) + "\n";
}

void append_check(std::string& out, const core::Case& c, const core::Check& check) {
  out += fmt::format("### {}{} · **{}**\n\n{}\n\n", check.kind, check.embed.empty() ? "" : " · " + check.embed,
                     core::name_of(check.verdict), md_inline(check.explanation));
  for (const auto& ev : check.evidence) {
    out += fmt::format("- {}: {} — {}\n", md_inline(ev.label), md_inline(ev.value), md_inline(ev.source));
  }
  out += "\n";
  for (const auto& ev : check.evidence) {
    if (ev.span) out += article_quote(c, *ev.span) + "\n";
  }
}

void append_article(std::string& out, const core::Article& a) {
  out += "## Article\n\n";
  out += fmt::format("- Source: {}\n- Kind: {}\n", md_inline(a.source), core::name_of(a.kind));
  if (!a.title.empty()) out += fmt::format("- Title: {}\n", md_inline(a.title));
  if (!a.byline.empty()) out += fmt::format("- Byline: {}\n", md_inline(a.byline));
  out += fmt::format("- Published: {}\n", a.published ? core::format_iso8601(*a.published) + " (from " +
                                                            md_inline(a.published_from) + ")"
                                                      : std::string("not stated"));
  if (a.modified) out += fmt::format("- Modified: {}\n", core::format_iso8601(*a.modified));
  if (!a.canonical_url.empty()) out += fmt::format("- Canonical URL: {}\n", md_inline(a.canonical_url));
  if (!a.language.empty()) out += fmt::format("- Language: {}\n", md_inline(a.language));
  if (a.custody) out += "- Custody: " + custody_text(*a.custody) + "\n";
  out += "\n";
}

}  // namespace

std::array<std::string, 3> summary_lines(const core::Case& c) {
  return {embeds_line(c), checks_line(c), remaining_line(c)};
}

std::string render_markdown_report(const core::Case& c) {
  std::string out = fmt::format("# embedcheck report: {}\n\n",
                                md_inline(c.article.title.empty() ? c.article.source : c.article.title));
  for (const auto& line : summary_lines(c)) out += line + "  \n";
  out += "\n## Embeds\n\n";
  if (c.embeds.empty()) out += "None found.\n\n";
  for (const auto& e : c.embeds) append_embed(out, c, e);
  append_posts(out, c);
  append_media(out, c);
  out += "## Checks\n\n";
  if (c.checks.empty()) out += "None ran.\n\n";
  for (const auto& check : c.checks) append_check(out, c, check);
  append_claims(out, c);
  if (!c.errors.empty()) {
    out += "## Problems\n\n";
    for (const auto& e : c.errors) out += fmt::format("- {}\n", md_inline(core::to_line(e)));
    out += "\n";
  }
  append_article(out, c.article);
  out += "Each check says consistent, inconsistent or unverifiable, never true or false. "
         "report.json holds the full record.\n";
  return out;
}

}  // namespace reports
