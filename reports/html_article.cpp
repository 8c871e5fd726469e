// report.html: the article text with its claims marked, and the claims table.
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "core/text.hpp"
#include "reports/html_sections.hpp"
#include "reports/html_text.hpp"

namespace reports {
namespace {

// More article than this is shown cut, with a note: the report must stay a page.
constexpr std::size_t k_max_article_bytes = 2u << 20;


std::string value_text(const core::Claim& k) {
  if (const auto* t = std::get_if<core::TimeRange>(&k.value)) {
    const std::string start = core::format_iso8601(t->start), end = core::format_iso8601(t->end);
    return start == end ? start : start + " – " + end;
  }
  if (const auto* p = std::get_if<core::Place>(&k.value)) {
    std::string out = p->name + " (" + core::name_of(p->type);
    if (!p->country_name.empty() || !p->country.empty()) out += ", " + (p->country_name.empty() ? p->country : p->country_name);
    out += ")";
    if (k.resolution && !k.resolution->confident) out += "; not confident: " + k.resolution->doubt;
    return out;
  }
  if (const auto* s = std::get_if<core::SourceRef>(&k.value)) return s->outlet;
  if (const auto* n = std::get_if<core::Count>(&k.value)) return fmt::format("{} {}", n->value, n->what);
  return k.note.empty() ? std::string("no value") : k.note;
}

// Which checks use each claim, by claim id, each check once.
std::map<std::string, std::set<std::size_t>> checks_by_claim(const core::Case& c) {
  std::map<std::string, std::set<std::size_t>> out;
  for (std::size_t i = 0; i < c.checks.size(); ++i) {
    for (const auto& id : c.checks[i].claims) out[id].insert(i);
  }
  return out;
}

std::string check_links(const std::set<std::size_t>& checks) {
  std::string out;
  for (std::size_t i : checks) out += fmt::format("<a href=\"{}\">{}</a>", check_anchor(i), i + 1);
  return out.empty() ? out : "<sup>" + out + "</sup>";
}

}  // namespace

std::string instant_text(const std::optional<core::Instant>& t) { return t ? core::format_iso8601(*t) : "unknown"; }

std::string claim_anchor(const std::string& id) { return "#claim-" + html_attr(id); }

std::string check_anchor(std::size_t index) { return fmt::format("#check-{}", index + 1); }

void append_article(std::string& out, const core::Case& c) {
  const std::string& text = c.article.text;
  const std::size_t shown = std::min(text.size(), k_max_article_bytes);
  const auto used_by = checks_by_claim(c);
  std::vector<const core::Claim*> marks;
  for (const auto& k : c.claims) {
    if (k.span.start < k.span.end && k.span.end <= shown) marks.push_back(&k);
  }
  std::stable_sort(marks.begin(), marks.end(),
                   [](const core::Claim* a, const core::Claim* b) { return a->span.start < b->span.start; });
  out += "<h2 id=\"article\">The article, claims marked</h2>\n";
  out += "<p class=\"muted\">Yellow: times, green: places, violet: sources, orange: counts. The small numbers "
         "link to the checks that use a claim.</p>\n";
  out += "<div class=\"article\" dir=\"auto\" style=\"unicode-bidi:isolate\">";
  std::size_t at = 0;
  std::set<std::string> linked;  // a claim id's check links follow its first mark only
  for (const core::Claim* k : marks) {
    if (k->span.start < at) continue;  // overlaps the one before: shown in the table only
    out += html_attr(std::string_view(text).substr(at, k->span.start - at));
    const auto it = linked.insert(k->id).second ? used_by.find(k->id) : used_by.end();
    out += "<mark class=\"k-" + std::string(core::name_of(k->kind)) + "\" id=\"" + claim_anchor(k->id).substr(1) + "\" title=\"" +
           html_label(k->id + ": " + core::shorten(value_text(*k), 200)) + "\">" +
           html_attr(std::string_view(text).substr(k->span.start, k->span.end - k->span.start)) + "</mark>" +
           (it == used_by.end() ? std::string() : check_links(it->second));
    at = k->span.end;
  }
  out += html_attr(std::string_view(text).substr(at, shown - at));
  out += "</div>\n";
  if (shown < text.size()) {
    out += fmt::format("<p class=\"muted\">The article goes on for {} more bytes, not shown here (report.json holds it "
                       "all).</p>\n",
                       text.size() - shown);
  }
  if (c.claims.empty()) return;
  out += "<h2 id=\"claims\">Claims</h2>\n<div class=\"card\"><table>\n";
  for (const auto& k : c.claims) {
    out += "<tr><th>" + html_text(k.id) + " · " + std::string(core::name_of(k.kind)) + (k.role.empty() ? "" : " · " + html_text(k.role)) +
           (k.embed.empty() ? "" : " · " + html_text(k.embed)) + "</th><td>“" + html_text(k.text) + "” → " +
           html_text(value_text(k)) + "</td></tr>\n";
  }
  out += "</table></div>\n";
}

}  // namespace reports
