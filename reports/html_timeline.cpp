// report.html: the timeline, an inline SVG of the article's published time,
// the posts' times, the files' capture times and the times the article
// claims. Every uncertainty is a span, not a point: a byline date is its day
// in any time zone, a capture time with no zone is ±14 hours, a claimed day
// is the whole day.
#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <map>

#include "core/text.hpp"
#include "reports/html_sections.hpp"
#include "reports/html_text.hpp"

namespace reports {
namespace {

using namespace std::chrono;
using core::Millis;

constexpr int k_width = 900;
constexpr int k_label_width = 260;
constexpr int k_row_height = 22;
constexpr std::size_t k_max_rows = 60;  // a long article's claims: the first ones
constexpr hours k_any_zone{14};         // UTC−12 … UTC+14, rounded out

struct Mark {
  std::string label;
  Millis start;
  Millis end;
  std::string kind;  // published | post | capture | claim
};

Millis day_start(year_month_day d) { return Millis(sys_days(d)); }

Millis end_of(const core::Instant& t) { return t.precision == core::Precision::day ? t.utc + days(1) : t.utc; }

std::vector<Mark> marks_of(const core::Case& c) {
  std::vector<Mark> out;
  if (c.article.published) out.push_back({"article published", c.article.published->utc, c.article.published->utc, "published"});
  for (const auto& e : c.embeds) {
    if (e.id_time) out.push_back({e.id + " time in post id", e.id_time->utc, e.id_time->utc, "post"});
    if (e.byline_date) {
      const Millis d = day_start(*e.byline_date);
      out.push_back({e.id + " byline date (its day, any zone)", d - k_any_zone, d + days(1) + k_any_zone, "post"});
    }
  }
  for (const auto& p : c.posts) {
    if (p.created_at) out.push_back({p.embed + " posted (platform)", p.created_at->utc, p.created_at->utc, "post"});
  }
  for (const auto& m : c.media) {
    if (!m.capture_time) continue;
    const std::string who = (m.embed.empty() ? std::string("file") : m.embed + " file") + " captured";
    if (m.capture_zone.empty()) {
      out.push_back({who + " (zone unknown)", m.capture_time->utc - k_any_zone, m.capture_time->utc + k_any_zone, "capture"});
    } else {
      out.push_back({who, m.capture_time->utc, m.capture_time->utc, "capture"});
    }
  }
  for (const auto& k : c.claims) {
    const auto* t = std::get_if<core::TimeRange>(&k.value);
    if (t == nullptr || out.size() >= k_max_rows) continue;
    out.push_back({k.id + " \"" + core::shorten(k.text, 30) + "\"", t->start.utc, end_of(t->end), "claim"});
  }
  return out;
}

std::string date_label(Millis t) {
  const auto d = year_month_day(floor<days>(t));
  return fmt::format("{:04}-{:02}-{:02}", int(d.year()), unsigned(d.month()), unsigned(d.day()));
}

}  // namespace

void append_timeline(std::string& out, const core::Case& c) {
  const auto marks = marks_of(c);
  if (marks.empty()) return;
  Millis first = marks.front().start, last = marks.front().end;
  for (const auto& m : marks) {
    first = std::min(first, m.start);
    last = std::max(last, m.end);
  }
  const auto pad = std::max<Millis::duration>((last - first) / 20, hours(12));
  first -= pad;
  last += pad;
  const double span = static_cast<double>((last - first).count());
  const int plot = k_width - k_label_width - 50;  // room for the last date label
  auto x_of = [&](Millis t) { return k_label_width + plot * static_cast<double>((t - first).count()) / span; };
  const int height = static_cast<int>(marks.size()) * k_row_height + 40;
  out += "<h2 id=\"timeline\">Timeline</h2>\n<div class=\"card\" style=\"overflow-x:auto\">\n";
  out += fmt::format("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {} {}\" width=\"100%\" role=\"img\" "
                     "aria-label=\"timeline\" style=\"min-width:600px;font:12px system-ui,sans-serif\">\n",
                     k_width, height);
  const std::map<std::string, std::string> colours{
      {"published", "#1f2937"}, {"post", "#2563eb"}, {"capture", "#b45309"}, {"claim", "#15803d"}};
  for (std::size_t i = 0; i < marks.size(); ++i) {
    const auto& m = marks[i];
    const int y = 10 + static_cast<int>(i) * k_row_height;
    const double x0 = x_of(m.start), x1 = std::max(x_of(m.end), x0 + 3);
    out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>", k_label_width - 8, y + 13,
                       html_label(core::shorten(m.label, 48)));
    out += fmt::format("<rect x=\"{:.1f}\" y=\"{}\" width=\"{:.1f}\" height=\"14\" fill=\"{}\" fill-opacity=\"{}\">"
                       "<title>{} – {}</title></rect>\n",
                       x0, y + 2, x1 - x0, colours.at(m.kind), m.start == m.end ? "1" : "0.45",
                       html_attr(core::format_iso8601(core::Instant{m.start})),
                       html_attr(core::format_iso8601(core::Instant{m.end})));
  }
  const int axis = height - 24;
  out += fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#9ca3af\"/>", k_label_width, axis,
                     k_width - 20, axis);
  for (int tick = 0; tick <= 4; ++tick) {
    const Millis t = first + (last - first) * tick / 4;
    const double x = x_of(t);
    out += fmt::format("<line x1=\"{0:.1f}\" y1=\"{1}\" x2=\"{0:.1f}\" y2=\"{2}\" stroke=\"#9ca3af\"/>"
                       "<text x=\"{0:.1f}\" y=\"{3}\" text-anchor=\"middle\" fill=\"#4b5563\">{4}</text>\n",
                       x, axis, axis + 4, axis + 16, date_label(t));
  }
  out += "</svg>\n<p class=\"muted\">Dark: published; blue: post times; orange: capture times; green: times the "
         "article claims. Pale bars are spans of uncertainty (a day in any time zone, a clock with no zone).</p>\n"
         "</div>\n";
}

}  // namespace reports
