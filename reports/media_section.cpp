#include "reports/media_section.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "core/time.hpp"
#include "reports/markdown_text.hpp"

namespace reports {
namespace {

constexpr std::size_t k_keyframe_rows = 24;  // report.json has them all
constexpr std::size_t k_sheet_images = 12;

// "keyframes/e1-0003.jpg": letters, digits, '.', '_', '-' and '/', no "..",
// not absolute. Anything else (from a report.json edited by hand) is not
// made an image: it could leave the folder or break out of the link.
bool is_plain_relative_path(std::string_view path) {
  if (path.empty() || path.front() == '/' || path.find("..") != std::string_view::npos) return false;
  return std::all_of(path.begin(), path.end(), [](char ch) {
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '.' || ch == '_' ||
           ch == '-' || ch == '/';
  });
}

std::string seconds(double s) { return fmt::format("{:.2f} s", s); }

const core::StreamFacts* main_video(const core::MediaReport& m) {
  for (const auto& s : m.streams) {
    if (s.kind == "video") return &s;
  }
  return nullptr;
}

void append_facts(std::string& out, const core::MediaReport& m) {
  out += fmt::format("- File: {} (SHA-256 `{}`)\n", md_inline(m.file.empty() ? m.source : m.file), m.sha256);
  if (m.source != m.file && !m.source.empty()) out += fmt::format("- Source: {}\n", md_inline(m.source));
  if (m.format.empty()) return;
  std::string facts = md_inline(m.format);
  if (const auto* v = main_video(m)) {
    facts += fmt::format(", {} {}x{}", md_inline(v->codec), v->width, v->height);
    if (v->frame_rate > 0) facts += fmt::format(" at {:.3g} fps", v->frame_rate);
  }
  if (m.duration_s) facts += ", " + seconds(*m.duration_s);
  if (m.rotation && *m.rotation != 0) facts += fmt::format(", rotated {:g}°", *m.rotation);
  out += fmt::format("- Media: {}\n", facts);
}

std::string capture_text(const core::MediaReport& m) {
  if (m.capture_time) {
    std::string text = core::format_iso8601(*m.capture_time) + " (from " + md_inline(m.capture_time_from) + ")";
    if (!m.capture_local.empty()) text += ", local " + md_inline(m.capture_local);
    if (!m.capture_zone.empty()) text += " " + md_inline(m.capture_zone) + ": " + md_inline(m.capture_zone_from);
    return text;
  }
  if (!m.capture_local.empty()) {
    return md_inline(m.capture_local) + " local time, zone unknown (from " + md_inline(m.capture_time_from) + ")";
  }
  return "none in the file";
}

void append_time_and_place(std::string& out, const core::MediaReport& m) {
  out += "- Capture time: " + capture_text(m) + "\n";
  if (m.written_time) {
    out += fmt::format("- Written: {} (from {}): the capture is no later\n", core::format_iso8601(*m.written_time),
                       md_inline(m.written_time_from));
  }
  if (m.gps_time) out += fmt::format("- GPS clock at the fix: {}\n", core::format_iso8601(*m.gps_time));
  std::string origin = md_inline(m.origin.verdict);
  if (!m.origin.writer.empty()) origin += " (" + md_inline(m.origin.writer) + ")";
  for (const auto& e : m.origin.evidence) origin += "; " + md_inline(e);
  out += "- Origin: " + origin + "\n";
  if (!m.location) {
    out += "- Location: none in the file\n";
  } else {
    std::string where = fmt::format("{:.5f}, {:.5f}", m.location->lat, m.location->lon);
    if (m.altitude_m) where += fmt::format(", {:.0f} m", *m.altitude_m);
    where += " (from " + md_inline(m.location_from) + ")";
    if (m.location_place && !m.location_place->name.empty()) {
      const auto& p = *m.location_place;
      where += " — " + md_inline(p.match == "nearest" ? "near " + p.name : p.name);
      if (!p.admin1.empty()) where += ", " + md_inline(p.admin1);
      if (!p.country_name.empty() && p.type != core::PlaceType::country) where += ", " + md_inline(p.country_name);
    }
    out += "- Location: " + where + "\n";
  }
  std::string device;
  for (const auto* part : {&m.make, &m.model}) {
    if (!part->empty()) device += (device.empty() ? "" : " ") + md_inline(*part);
  }
  if (!device.empty()) out += "- Device: " + device + "\n";
  if (!m.software.empty()) out += fmt::format("- Software: {}\n", md_inline(m.software));
  for (const auto& note : m.notes) out += fmt::format("- Note: {}\n", md_inline(note));
}

void append_keyframes(std::string& out, const core::MediaReport& m) {
  if (m.keyframes.empty()) return;
  out += fmt::format("\n{} keyframes:\n\n| time | why | luma | sharpness | pHash | file |\n|---|---|---|---|---|---|\n",
                     m.keyframes.size());
  for (std::size_t i = 0; i < m.keyframes.size() && i < k_keyframe_rows; ++i) {
    const auto& k = m.keyframes[i];
    out += fmt::format("| {} | {} | {:.0f} | {:.0f} | `{}` | {} |\n", seconds(k.t), md_inline(k.why), k.luma,
                       k.sharpness, md_inline(k.phash), md_inline(k.file));
  }
  if (m.keyframes.size() > k_keyframe_rows) {
    out += fmt::format("\n… and {} more in report.json.\n", m.keyframes.size() - k_keyframe_rows);
  }
  // The first keyframes as images beside the report, for viewers that show them.
  std::string sheet;
  std::size_t shown = 0;
  for (const auto& k : m.keyframes) {
    if (shown == k_sheet_images) break;
    if (!is_plain_relative_path(k.file)) continue;
    sheet += fmt::format("![keyframe at {}]({}) ", seconds(k.t), k.file);
    ++shown;
  }
  if (!sheet.empty()) out += "\n" + sheet + "\n";
}

void append_ocr(std::string& out, const core::MediaReport& m) {
  if (m.ocr.empty()) return;
  out += "\nOn-screen text:\n\n";
  for (const auto& o : m.ocr) {
    out += fmt::format("- at {} ({:.0f}% confidence): {}\n", seconds(o.t), o.confidence, md_inline(o.text));
  }
}

}  // namespace

void append_media(std::string& out, const core::Case& c) {
  if (c.media.empty()) return;
  out += "## Media\n\n";
  for (std::size_t i = 0; i < c.media.size(); ++i) {
    const auto& m = c.media[i];
    out += fmt::format("### {}{} · {}\n\n", m.embed.empty() ? "file" : md_inline(m.embed),
                       c.media.size() > 1 ? fmt::format(" ({})", i + 1) : "", m.kind.empty() ? "unreadable" : md_inline(m.kind));
    append_facts(out, m);
    append_time_and_place(out, m);
    append_keyframes(out, m);
    append_ocr(out, m);
    out += "\n";
  }
}

std::string media_summary(const core::Case& c) {
  if (c.media.empty()) return {};
  std::size_t keyframes = 0;
  std::size_t tagged = 0;
  for (const auto& m : c.media) {
    keyframes += m.keyframes.size();
    tagged += (m.capture_time || m.location) ? 1 : 0;
  }
  return fmt::format("{} media {} analysed: {} keyframes; {} with a capture time or place in the file.", c.media.size(),
                     c.media.size() == 1 ? "file" : "files", keyframes, tagged);
}

}  // namespace reports
