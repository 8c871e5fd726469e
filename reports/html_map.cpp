// report.html: the map, an inline SVG of the places the article claims, the
// GPS points found in its files and the routes it describes, over country
// outlines (equirectangular, scaled for the middle latitude: the distances a
// reader compares are local).
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>

#include "core/text.hpp"
#include "reports/html_sections.hpp"
#include "reports/html_text.hpp"

namespace reports {
namespace {

constexpr double k_width = 900;
constexpr double k_min_height = 260, k_max_height = 560;
constexpr double k_min_extent_degrees = 1.0;  // one place alone: a box of a degree around it
constexpr std::size_t k_max_outline_points = 200000;  // the map stays a small part of the page
constexpr std::size_t k_max_ids_bytes = 200;            // "c1, c2, …" beside one dot

struct Point {
  double lat = 0, lon = 0;
  std::string label;
  std::string kind;  // place | gps
  std::string ids{};  // the claims naming a place there
};

std::string place_label(const core::Place& p) {
  std::string label = p.name;
  if (!p.admin1.empty()) label += ", " + p.admin1;
  if (!p.country_name.empty()) label += ", " + p.country_name;
  return label;
}

struct View {
  double min_lat, max_lat, min_lon, max_lon, height, x_scale;
  double x(double lon) const { return (lon - min_lon) * x_scale; }
  double y(double lat) const { return (max_lat - lat) / (max_lat - min_lat) * height; }
};

View view_of(const std::vector<Point>& points) {
  double min_lat = 90, max_lat = -90, min_lon = 180, max_lon = -180;
  for (const auto& p : points) {
    min_lat = std::min(min_lat, p.lat), max_lat = std::max(max_lat, p.lat);
    min_lon = std::min(min_lon, p.lon), max_lon = std::max(max_lon, p.lon);
  }
  const double pad_lat = std::max((max_lat - min_lat) * 0.2, k_min_extent_degrees / 2);
  const double pad_lon = std::max((max_lon - min_lon) * 0.2, k_min_extent_degrees / 2);
  View v{std::max(-85.0, min_lat - pad_lat), std::min(85.0, max_lat + pad_lat),
         std::max(-180.0, min_lon - pad_lon), std::min(180.0, max_lon + pad_lon), 0, 0};
  const double cos_mid = std::cos((v.min_lat + v.max_lat) / 2 * M_PI / 180);
  const double width_deg = (v.max_lon - v.min_lon) * std::max(cos_mid, 0.1);
  v.height = std::clamp(k_width * (v.max_lat - v.min_lat) / width_deg, k_min_height, k_max_height);
  v.x_scale = k_width / (v.max_lon - v.min_lon);
  return v;
}

void append_outlines(std::string& out, const View& v, const Outlines& outlines) {
  if (!outlines) return;
  std::size_t points = 0;
  out += "<g fill=\"#eef1f4\" stroke=\"#9ca3af\" stroke-width=\"0.6\">\n";
  for (const auto& ring : outlines(v.min_lat, v.max_lat, v.min_lon, v.max_lon)) {
    std::string d;
    double last_x = -1e9, last_y = -1e9;
    for (const auto& [lon, lat] : ring) {
      if (points >= k_max_outline_points) break;
      const double x = v.x(lon), y = v.y(lat);
      if (!d.empty() && std::abs(x - last_x) < 0.7 && std::abs(y - last_y) < 0.7) continue;  // under a pixel
      d += fmt::format("{}{:.1f},{:.1f}", d.empty() ? "M" : "L", x, y);
      last_x = x, last_y = y;
      ++points;
    }
    if (!d.empty()) out += "<path d=\"" + d + "Z\"/>\n";
  }
  out += "</g>\n";
}

}  // namespace

void append_map(std::string& out, const core::Case& c, const Outlines& outlines) {
  std::vector<Point> points;
  std::map<std::string, const core::Place*> by_claim;
  std::map<std::pair<double, double>, std::size_t> dot_of;  // a place's dot, by its point
  for (const auto& k : c.claims) {
    const auto* p = std::get_if<core::Place>(&k.value);
    if (p == nullptr || !p->point) continue;
    by_claim[k.id] = p;
    // One dot per place: "c1, c2, c10 al-Tanf, Homs, Syria".
    const auto key = std::make_pair(p->point->lat, p->point->lon);
    if (const auto same = dot_of.find(key); same != dot_of.end()) {
      if (points[same->second].ids.size() < k_max_ids_bytes) points[same->second].ids += ", " + k.id;
    } else {
      dot_of.emplace(key, points.size());
      points.push_back({p->point->lat, p->point->lon, place_label(*p), "place", k.id});
    }
  }
  for (const auto& m : c.media) {
    if (!m.location) continue;
    points.push_back({m.location->lat, m.location->lon,
                      (m.embed.empty() ? std::string("file") : m.embed + " file") + " GPS", "gps"});
  }
  if (points.empty()) return;
  const View v = view_of(points);
  out += "<h2 id=\"map\">Map</h2>\n<div class=\"card\" style=\"overflow-x:auto\">\n";
  out += fmt::format("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {:.0f} {:.0f}\" width=\"100%\" role=\"img\" "
                     "aria-label=\"map\" style=\"min-width:600px;font:12px system-ui,sans-serif;background:#dbe7f3\">\n",
                     k_width, v.height);
  append_outlines(out, v, outlines);
  for (const auto& k : c.claims) {  // routes: destination ← origin
    const auto to = by_claim.find(k.id);
    const auto from = by_claim.find(k.from);
    if (k.from.empty() || to == by_claim.end() || from == by_claim.end()) continue;
    out += fmt::format("<line x1=\"{:.1f}\" y1=\"{:.1f}\" x2=\"{:.1f}\" y2=\"{:.1f}\" stroke=\"#15803d\" "
                       "stroke-width=\"2\" stroke-dasharray=\"6 4\"/>\n",
                       v.x(from->second->point->lon), v.y(from->second->point->lat), v.x(to->second->point->lon),
                       v.y(to->second->point->lat));
  }
  for (std::size_t i = 0; i < points.size(); ++i) {
    const auto& p = points[i];
    const double x = v.x(p.lon), y = v.y(p.lat);
    const bool gps = p.kind == "gps";
    const bool right_half = x > k_width * 0.6;  // labels run inwards, never off the edge
    const std::string label = (p.ids.empty() ? "" : p.ids + " ") + p.label;
    out += fmt::format("<circle cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"5\" fill=\"{}\" stroke=\"#fff\"/>"
                       "<text x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"{}\" fill=\"#111827\">{}</text>\n",
                       x, y, gps ? "#b45309" : "#15803d", right_half ? x - 8 : x + 8, y + 4 + (i % 2 ? 12 : 0),
                       right_half ? "end" : "start", html_label(core::shorten(label, 70)));
  }
  out += "</svg>\n<p class=\"muted\">Green: places the article claims (with the region they resolved to); "
         "orange: GPS points stored in the files; dashed: routes the article describes. Country outlines: Natural "
         "Earth.</p>\n</div>\n";
}

}  // namespace reports
