// report.html: the embed and post cards, the media cards with their keyframe
// contact sheet, and the table of every file fetched or read.
#include <fmt/format.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <iterator>
#include <unordered_map>

#include "core/text.hpp"
#include "reports/html_sections.hpp"
#include "reports/html_text.hpp"

namespace reports {
namespace {

// Keyframes are inlined while the page stays small enough to attach.
// Raw bytes; base64 makes them a third larger: the page stays under 5 MB.
constexpr std::size_t k_image_budget = 3u << 20;
constexpr std::size_t k_max_image_bytes = 512u << 10;
// A post's text is untrusted and may be huge: shown cut.
constexpr std::size_t k_max_post_text = 20000;


std::string status_name(core::PostStatus s) {
  switch (s) {
    case core::PostStatus::ok: return "available";
    case core::PostStatus::deleted: return "deleted";
    case core::PostStatus::not_found: return "not found";
    case core::PostStatus::withheld: return "withheld";
    case core::PostStatus::restricted: return "restricted";
    case core::PostStatus::error: return "could not be fetched";
  }
  return "unknown";
}

void row(std::string& out, std::string_view label, const std::string& escaped_value) {
  if (!escaped_value.empty()) out += "<tr><th>" + std::string(label) + "</th><td>" + escaped_value + "</td></tr>\n";
}

// Escaped text, or "" for no text: a row with nothing to say is left out.
std::string text_or_none(std::string_view untrusted) { return untrusted.empty() ? std::string() : html_text(untrusted); }

std::string link_or_text(const std::string& url) {
  const std::string href = safe_href(url);
  return href.empty() ? html_text(url) : "<a href=\"" + href + "\" rel=\"noreferrer\">" + html_text(url) + "</a>";
}

std::string custody_text(const core::Custody& c) {
  return fmt::format("{} · HTTP {} · {} · {} bytes · sha256 <code>{}</code> · via {}", link_or_text(c.url), c.status,
                     html_attr(instant_text(c.fetched_at)), c.size, html_attr(c.sha256), html_text(c.via));
}

// The first post fetched for each embed, by embed id.
std::unordered_map<std::string, const core::Post*> posts_by_embed(const core::Case& c) {
  std::unordered_map<std::string, const core::Post*> out;
  for (const auto& p : c.posts) out.emplace(p.embed, &p);
  return out;
}

void append_post(std::string& out, const core::Post& p) {
  if (p.status != core::PostStatus::ok) {
    out += "<p><span class=\"status-gone\">Post " + status_name(p.status) + "</span> " + html_text(p.status_note) +
           "</p>\n";
  }
  out += "<table>\n";
  row(out, "Posted by", p.author.empty() && p.author_handle.empty()
                            ? std::string()
                            : html_text(p.author) + (p.author_handle.empty() ? "" : " @" + html_text(p.author_handle)));
  row(out, "Posted at", p.created_at ? html_attr(instant_text(p.created_at)) : std::string());
  row(out, "Fetched via", text_or_none(p.fetched_via));
  if (p.custody) row(out, "Record", custody_text(*p.custody));
  for (const auto& m : p.media) {
    row(out, "Media", html_text(m.kind) + " " + link_or_text(m.url) +
                          (m.sha256.empty() ? "" : " · sha256 <code>" + html_attr(m.sha256) + "</code>"));
  }
  out += "</table>\n";
  if (!p.text.empty()) {
    out += "<div class=\"post\" dir=\"auto\"" + (p.lang.empty() ? std::string() : " lang=\"" + html_attr(p.lang) + "\"") +
           ">" + html_text(core::shorten(p.text, k_max_post_text)) + "</div>\n";
  }
}

// A keyframe file named by report.json, when it is safe and small enough to
// inline: a relative path inside the report's folder, a JPEG or PNG by its bytes.
std::optional<std::string> keyframe_image(const std::filesystem::path& dir, const std::string& file,
                                          std::size_t& budget) {
  const std::filesystem::path relative(file);
  if (file.empty() || relative.is_absolute() || relative.has_root_name()) return std::nullopt;
  for (const auto& part : relative) {
    if (part == "..") return std::nullopt;
  }
  // No symbolic link may lead out of the folder, and only a regular file is read (a FIFO would block).
  std::error_code ec;
  const auto root = std::filesystem::canonical(dir, ec);
  if (ec) return std::nullopt;
  const auto target = std::filesystem::weakly_canonical(dir / relative, ec);
  const auto inside = std::mismatch(root.begin(), root.end(), target.begin(), target.end()).first == root.end();
  if (ec || !inside) return std::nullopt;
  const int fd = ::open(target.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) return std::nullopt;
  struct stat info {};
  std::string bytes;
  if (::fstat(fd, &info) == 0 && S_ISREG(info.st_mode)) {
    bytes.resize(k_max_image_bytes + 1);
    const ssize_t got = ::read(fd, bytes.data(), bytes.size());
    bytes.resize(got > 0 ? static_cast<std::size_t>(got) : 0);
  }
  ::close(fd);
  if (bytes.size() > k_max_image_bytes || bytes.size() > budget) return std::nullopt;
  std::string_view mime;
  if (bytes.starts_with("\xFF\xD8\xFF")) mime = "image/jpeg";
  if (bytes.starts_with("\x89PNG\r\n\x1A\n")) mime = "image/png";
  if (mime.empty()) return std::nullopt;
  budget -= bytes.size();
  return data_uri(mime, bytes);
}

void append_keyframes(std::string& out, const core::MediaReport& m, const std::filesystem::path& dir,
                      std::size_t& budget) {
  if (m.keyframes.empty()) return;
  out += "<h3>Keyframes</h3>\n<div class=\"sheet\">\n";
  std::size_t missing = 0;
  for (const auto& k : m.keyframes) {
    const auto image = keyframe_image(dir, k.file, budget);
    out += "<figure>";
    if (image) {
      out += "<img src=\"" + *image + "\" alt=\"keyframe at " + fmt::format("{:.2f}", k.t) + " s\">";
    } else {
      ++missing;
    }
    out += fmt::format("<figcaption>{:.2f} s · {}</figcaption></figure>\n", k.t, html_text(k.why));
  }
  out += "</div>\n";
  if (missing > 0) {
    out += fmt::format("<p class=\"muted\">{} keyframe image{} not shown: missing beside report.json, or past the "
                       "page's size budget (the files are in the report's folder).</p>\n",
                       missing, missing == 1 ? "" : "s");
  }
}

}  // namespace

void append_embed_cards(std::string& out, const core::Case& c) {
  if (c.embeds.empty()) return;
  out += "<h2 id=\"embeds\">Embedded posts</h2>\n";
  const auto posts = posts_by_embed(c);
  for (const auto& e : c.embeds) {
    out += "<div class=\"card\" id=\"embed-" + html_attr(e.id) + "\">\n<h3>" + html_text(e.id) + " · " +
           core::platform_label(e.platform) + (e.handle.empty() ? "" : " · @" + html_text(e.handle)) + "</h3>\n<table>\n";
    row(out, "Name shown", e.display_name.empty() ? std::string() : html_text(e.display_name));
    row(out, "Post id", e.post_id.empty() ? std::string() : "<code>" + html_attr(e.post_id) + "</code>");
    row(out, "Date printed", e.byline_date_text.empty()
                                 ? std::string()
                                 : html_text(e.byline_date_text) +
                                       (e.byline_date ? " → " + core::format_date(*e.byline_date) : std::string()));
    row(out, "Time in the post id", e.id_time ? html_attr(instant_text(e.id_time)) : text_or_none(e.id_time_note));
    for (const auto& url : e.urls) row(out, "Link", link_or_text(url));
    row(out, "Found by", text_or_none(e.found_by));
    out += "</table>\n";
    if (const auto p = posts.find(e.id); p != posts.end()) {
      append_post(out, *p->second);
    } else if (!e.text.empty()) {
      out += "<p class=\"muted\">Not fetched; the text as the article quotes it:</p>\n<div class=\"post\" dir=\"auto\">" +
             html_text(core::shorten(e.text, k_max_post_text)) + "</div>\n";
    }
    out += "</div>\n";
  }
}

void append_media_cards(std::string& out, const core::Case& c, const std::filesystem::path& report_dir) {
  if (c.media.empty()) return;
  out += "<h2 id=\"media\">Videos and images</h2>\n";
  std::size_t budget = k_image_budget;
  for (const auto& m : c.media) {
    out += "<div class=\"card\">\n<h3>" + html_text(m.kind) + (m.embed.empty() ? "" : " of " + html_text(m.embed)) +
           "</h3>\n<table>\n";
    row(out, "Source", link_or_text(m.source));
    row(out, "SHA-256", m.sha256.empty() ? std::string() : "<code>" + html_attr(m.sha256) + "</code>");
    row(out, "Size and length", fmt::format("{}×{}{}", m.width, m.height,
                                            m.duration_s ? fmt::format(", {:.1f} s", *m.duration_s) : std::string()));
    row(out, "Captured", m.capture_time ? html_attr(instant_text(m.capture_time)) + " <span class=\"muted\">(" +
                                              html_text(m.capture_time_from) + ")</span>"
                                        : std::string("no capture time in the file"));
    row(out, "Time zone", m.capture_zone.empty() ? std::string()
                                                 : html_text(m.capture_zone) + " <span class=\"muted\">(" +
                                                       html_text(m.capture_zone_from) + ")</span>");
    row(out, "GPS", m.location ? fmt::format("{:.5f}, {:.5f}", m.location->lat, m.location->lon) +
                                     (m.location_place ? " → " + html_text(m.location_place->name) : std::string()) +
                                     " <span class=\"muted\">(" + html_text(m.location_from) + ")</span>"
                               : std::string("no position in the file"));
    row(out, "Camera", m.make.empty() && m.model.empty() ? std::string() : html_text(m.make + " " + m.model));
    row(out, "Written by", text_or_none(m.origin.writer.empty() ? m.software : m.origin.writer));
    row(out, "Original or rewritten", text_or_none(m.origin.verdict));
    for (const auto& note : m.notes) row(out, "Note", html_text(note));
    if (m.custody) row(out, "Fetched", custody_text(*m.custody));
    out += "</table>\n";
    append_keyframes(out, m, report_dir, budget);
    if (!m.ocr.empty()) {
      out += "<h3>Text read on screen</h3>\n<table>\n";
      for (const auto& o : m.ocr) {
        out += fmt::format("<tr><th>{:.2f} s ({:.0f}%)</th><td dir=\"auto\">", o.t, o.confidence) + html_text(o.text) +
               "</td></tr>\n";
      }
      out += "</table>\n";
    }
    out += "</div>\n";
  }
}

void append_evidence_files(std::string& out, const core::Case& c) {
  std::vector<std::pair<std::string, const core::Custody*>> rows;
  if (c.article.custody) rows.emplace_back("the article", &*c.article.custody);
  for (const auto& p : c.posts) {
    if (p.custody) rows.emplace_back("post of " + p.embed, &*p.custody);
    for (const auto& m : p.media) {
      if (m.custody) rows.emplace_back(m.kind + " of " + p.embed, &*m.custody);
    }
  }
  for (const auto& m : c.media) {
    if (m.custody) rows.emplace_back(m.kind + (m.embed.empty() ? "" : " of " + m.embed), &*m.custody);
  }
  out += "<h2 id=\"files\">Files fetched or read</h2>\n";
  if (rows.empty()) {
    out += "<p class=\"muted\">Nothing was fetched for this report.</p>\n";
    return;
  }
  out += "<div class=\"card\"><table>\n";
  for (const auto& [what, custody] : rows) out += "<tr><th>" + html_text(what) + "</th><td>" + custody_text(*custody) + "</td></tr>\n";
  out += "</table></div>\n";
}

}  // namespace reports
