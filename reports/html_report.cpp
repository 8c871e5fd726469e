#include "reports/html_report.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "core/text.hpp"
#include "reports/html_sections.hpp"
#include "reports/html_text.hpp"

namespace reports {
namespace {

using core::Verdict;

// One column under 600 px, printable, no external resource of any kind.
constexpr std::string_view k_style = R"css(
*{box-sizing:border-box}
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:#1b1f24;background:#f6f7f9;margin:0}
main{max-width:980px;margin:0 auto;padding:16px}
h1{font-size:1.5em;margin:.2em 0}h2{font-size:1.2em;margin:1.6em 0 .5em;border-bottom:2px solid #d0d4da}
h3{font-size:1.05em;margin:.2em 0 .4em}
.card{background:#fff;border:1px solid #d0d4da;border-radius:6px;padding:12px 14px;margin:10px 0;overflow-wrap:anywhere}
.verdict{display:inline-block;padding:1px 8px;border-radius:10px;font-size:.85em;font-weight:600}
.v-consistent{background:#d8f0dd;color:#14532d}.v-inconsistent{background:#fbd5d5;color:#7f1d1d}
.v-unverifiable{background:#e8e8ec;color:#3f3f46}
.counts{display:flex;gap:10px;flex-wrap:wrap}.counts div{flex:1 1 150px;text-align:center;padding:10px;border-radius:6px}
.counts b{display:block;font-size:1.8em}
.alert{border-left:5px solid #b91c1c}.warn{border-left:5px solid #b45309}
table{border-collapse:collapse;width:100%;font-size:.9em}th,td{border-top:1px solid #e4e6ea;padding:4px 6px;text-align:left;vertical-align:top}
th{width:28%;font-weight:600;color:#374151}
.article{white-space:pre-wrap;background:#fff;border:1px solid #d0d4da;border-radius:6px;padding:12px 14px;max-height:none}
mark{background:#fff3bf;padding:0 1px}mark.k-place{background:#d3f9d8}mark.k-source{background:#e5dbff}mark.k-count{background:#ffe8cc}
sup a{font-size:.75em;text-decoration:none;margin-left:1px}
.post{white-space:pre-wrap;border-left:3px solid #94a3b8;padding-left:10px;margin:8px 0}
.status-gone{background:#7f1d1d;color:#fff;padding:4px 8px;border-radius:4px;font-weight:600}
.sheet{display:grid;grid-template-columns:repeat(auto-fill,minmax(150px,1fr));gap:8px}
.sheet figure{margin:0}.sheet img{width:100%;height:auto;display:block;border:1px solid #d0d4da}
.sheet figcaption{font-size:.8em;color:#4b5563}
.muted{color:#6b7280;font-size:.9em}
code{font-size:.9em;background:#f1f3f5;padding:0 3px;border-radius:3px}
@media (max-width:600px){main{padding:8px}th{width:auto;display:block;border:0}td{display:block;border-top:0}}
@media print{body{background:#fff}.card,.article{border-color:#999;break-inside:avoid}img{max-width:100%;break-inside:avoid}a{color:#000}}
)css";

// One sentence per check a reader without the tool understands.
const std::map<std::string, std::string_view>& check_meanings() {
  static const std::map<std::string, std::string_view> meanings{
      {"embed-date", "The date printed under an embedded post is compared with the time encoded in the post's id; "
                     "ids of Twitter/X and some other platforms carry the moment the post was made."},
      {"post-vs-article", "The time the post was made is compared with when the article says the event happened "
                          "and with when the article was published."},
      {"attribution", "The outlet or account the article credits is compared with the account that posted."},
      {"place-in-region", "A place the article names is looked up, and the region or country the article puts it "
                          "in is checked to really contain it."},
      {"route", "A journey the article describes is checked against the distance between its two places and the "
                "time it says the journey took."},
      {"media-time", "The capture time stored in the video or photo file is compared with the time the article "
                     "claims; file times can be edited, so this is evidence, not proof."},
      {"media-place", "The GPS position stored in the file is compared with the place the article claims."},
      {"daylight", "The brightness of the video's frames is compared with whether the sun was up at the claimed "
                   "place and time."},
      {"onscreen-text", "Text read on screen (captions, watermarks) is compared with the outlet credited and the "
                        "places and dates claimed."},
  };
  return meanings;
}

std::string verdict_badge(Verdict v) {
  const std::string name = core::name_of(v);
  return fmt::format(R"(<span class="verdict v-{0}">{0}</span>)", name);
}

std::size_t count_of(const core::Case& c, Verdict v) {
  return static_cast<std::size_t>(
      std::count_if(c.checks.begin(), c.checks.end(), [&](const core::Check& k) { return k.verdict == v; }));
}

void append_head(std::string& out, const core::Case& c) {
  const std::string title = c.article.title.empty() ? c.article.source : c.article.title;
  out += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
  // Nothing may load or run: images only as data: URIs, the one inline style sheet.
  out += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; "
         "style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'\">\n";
  out += "<meta name=\"referrer\" content=\"no-referrer\">\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  out += "<title>embedcheck report: " + html_attr(core::shorten(title, 200)) + "</title>\n";
  out += "<style>" + std::string(k_style) + "</style>\n</head>\n<body>\n<main>\n";
}

void append_title(std::string& out, const core::Case& c) {
  const auto& a = c.article;
  out += "<h1>Verification report</h1>\n<div class=\"card\"><table>\n";
  if (!a.title.empty()) out += "<tr><th>Article</th><td>" + html_text(a.title) + "</td></tr>\n";
  out += "<tr><th>Source</th><td>";
  const std::string href = safe_href(a.source);
  out += href.empty() ? html_text(a.source) : "<a href=\"" + href + "\" rel=\"noreferrer\">" + html_text(a.source) + "</a>";
  out += "</td></tr>\n";
  if (!a.byline.empty()) out += "<tr><th>Byline</th><td>" + html_text(a.byline) + "</td></tr>\n";
  out += "<tr><th>Published</th><td>" +
         (a.published ? html_attr(instant_text(a.published)) + " <span class=\"muted\">(from " +
                            html_attr(a.published_from) + ")</span>"
                      : std::string("not stated")) +
         "</td></tr>\n</table></div>\n";
}

// The evidence that weighs most in a check's verdict: the first item, which every check gives first.
std::string strongest_evidence(const core::Check& k) {
  if (k.evidence.empty()) return {};
  const auto& e = k.evidence.front();
  return html_text(e.label) + ": " + html_text(core::shorten(e.value, 300)) + " <span class=\"muted\">(" +
         html_text(core::shorten(e.source, 200)) + ")</span>";
}

void append_summary(std::string& out, const core::Case& c) {
  out += "<h2 id=\"summary\">Summary</h2>\n<div class=\"counts\">\n";
  for (Verdict v : {Verdict::inconsistent, Verdict::unverifiable, Verdict::consistent}) {
    out += fmt::format("<div class=\"v-{0}\"><b>{1}</b>{0}</div>\n", core::name_of(v), count_of(c, v));
  }
  out += "</div>\n";
  const auto read = static_cast<std::size_t>(std::count_if(
      c.posts.begin(), c.posts.end(), [](const core::Post& p) { return p.status != core::PostStatus::error; }));
  out += fmt::format("<p>{} embedded post{}; {} of {} post{} looked up could be read; {} media file{}; {} claim{} read "
                     "from the article.</p>\n",
                     c.embeds.size(), c.embeds.size() == 1 ? "" : "s", read, c.posts.size(),
                     c.posts.size() == 1 ? "" : "s", c.media.size(), c.media.size() == 1 ? "" : "s", c.claims.size(),
                     c.claims.size() == 1 ? "" : "s");
  for (std::size_t i = 0; i < c.checks.size(); ++i) {
    const auto& k = c.checks[i];
    if (k.verdict != Verdict::inconsistent) continue;
    out += "<div class=\"card alert\"><p><b>" + html_text(k.kind) + "</b>" +
           (k.embed.empty() ? "" : " for " + html_text(k.embed)) + ": " + html_text(k.explanation) + "</p>";
    if (const std::string ev = strongest_evidence(k); !ev.empty()) out += "<p class=\"muted\">Evidence: " + ev + "</p>";
    out += "<p><a href=\"" + check_anchor(i) + "\">The check in full</a></p></div>\n";
  }
  if (count_of(c, Verdict::inconsistent) == 0) {
    out += c.checks.empty() ? "<p>No check could run.</p>\n" : "<p>Nothing found contradicts the article.</p>\n";
  }
}

void append_checks(std::string& out, const core::Case& c) {
  out += "<h2 id=\"checks\">Checks</h2>\n";
  if (c.checks.empty()) out += "<p class=\"muted\">None.</p>\n";
  for (std::size_t i = 0; i < c.checks.size(); ++i) {
    const auto& k = c.checks[i];
    out += "<div class=\"card" + std::string(k.verdict == Verdict::inconsistent ? " alert" : "") + "\" id=\"" +
           check_anchor(i).substr(1) + "\">\n<h3>" + verdict_badge(k.verdict) + " " + html_text(k.kind) +
           (k.embed.empty() ? "" : " · " + html_text(k.embed)) + "</h3>\n<p>" + html_text(k.explanation) + "</p>\n";
    if (!k.claims.empty()) {
      out += "<p class=\"muted\">Claims: ";
      for (const auto& id : k.claims) out += "<a href=\"" + claim_anchor(id) + "\">" + html_text(id) + "</a> ";
      out += "</p>\n";
    }
    if (!k.evidence.empty()) {
      out += "<table>\n";
      for (const auto& e : k.evidence) {
        out += "<tr><th>" + html_text(e.label) + "</th><td>" + html_text(e.value) + "<br><span class=\"muted\">" +
               html_text(e.source) + "</span></td></tr>\n";
      }
      out += "</table>\n";
    }
    out += "</div>\n";
  }
}

void append_how(std::string& out, const core::Case& c) {
  out += "<h2 id=\"how\">How each check works</h2>\n<div class=\"card\"><table>\n";
  std::vector<std::string> kinds;  // in order of first use
  std::set<std::string> seen;
  for (const auto& k : c.checks) {
    if (seen.insert(k.kind).second) kinds.push_back(k.kind);
  }
  for (const auto& kind : kinds) {
    const auto it = check_meanings().find(kind);
    out += "<tr><th>" + html_text(kind) + "</th><td>" +
           (it == check_meanings().end() ? std::string("(no description)") : html_attr(it->second)) + "</td></tr>\n";
  }
  out += "<tr><th>Verdicts</th><td>consistent: the evidence agrees with the article; inconsistent: it "
         "contradicts it; unverifiable: there is not enough to tell, or a name could mean more than one place.</td></tr>\n";
  out += "</table></div>\n";
}

void append_problems(std::string& out, const core::Case& c) {
  if (c.errors.empty()) return;
  out += "<h2 id=\"problems\">Problems met</h2>\n<div class=\"card warn\"><table>\n";
  for (const auto& e : c.errors) {
    out += "<tr><th>" + html_text(e.stage) + "</th><td>" + html_text(e.input) + ": " + html_text(e.message) +
           "</td></tr>\n";
  }
  out += "</table></div>\n";
}

void append_tool(std::string& out, const ToolInfo& tool) {
  out += "<h2 id=\"tool\">Made by</h2>\n<div class=\"card\"><table>\n<tr><th>Tool</th><td>" + html_text(tool.name) +
         " " + html_text(tool.version) + "</td></tr>\n";
  std::string libraries;
  for (const auto& [name, version] : tool.libraries) {
    libraries += (libraries.empty() ? "" : ", ") + html_text(name) + " " + html_text(version);
  }
  if (!libraries.empty()) out += "<tr><th>Libraries</th><td>" + libraries + "</td></tr>\n";
  out += "</table></div>\n";
}

}  // namespace

std::string render_html_report(const core::Case& c, const ToolInfo& tool, const std::filesystem::path& report_dir,
                               const Outlines& outlines) {
  std::string out;
  out.reserve(c.article.text.size() * 2 + 64 * 1024);
  append_head(out, c);
  append_title(out, c);
  append_summary(out, c);
  append_checks(out, c);
  append_timeline(out, c);
  append_map(out, c, outlines);
  append_embed_cards(out, c);
  append_media_cards(out, c, report_dir);
  append_article(out, c);
  append_evidence_files(out, c);
  append_how(out, c);
  append_problems(out, c);
  append_tool(out, tool);
  out += "</main>\n</body>\n</html>\n";
  return out;
}

}  // namespace reports
