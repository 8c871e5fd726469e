#include "media/remote_urls.hpp"

#include <cctype>
#include <optional>

#include "fetch/url.hpp"

namespace media {
namespace {

// The scheme of an absolute reference (RFC 3986: ALPHA *( ALPHA / DIGIT /
// "+" / "-" / "." ) ":"), lower case; nullopt for a relative reference.
std::optional<std::string> scheme_of(std::string_view url) {
  if (url.empty() || !std::isalpha(static_cast<unsigned char>(url[0]))) return std::nullopt;
  std::string scheme;
  for (char ch : url) {
    const auto byte = static_cast<unsigned char>(ch);
    if (ch == ':') return scheme;
    if (!std::isalnum(byte) && ch != '+' && ch != '-' && ch != '.') return std::nullopt;
    scheme += static_cast<char>(std::tolower(byte));
  }
  return std::nullopt;
}

bool has_control(std::string_view url) {
  for (char ch : url) {
    if (static_cast<unsigned char>(ch) < 0x20 || ch == 0x7f) return true;
  }
  return false;
}

std::string trimmed(std::string_view line) {
  while (!line.empty() && std::isspace(static_cast<unsigned char>(line.back()))) line.remove_suffix(1);
  while (!line.empty() && std::isspace(static_cast<unsigned char>(line.front()))) line.remove_prefix(1);
  return std::string(line);
}

// The value of URI="…" in a tag line, if any.
std::optional<std::string> uri_attribute(std::string_view tag) {
  const auto at = tag.find("URI=\"");
  if (at == std::string_view::npos) return std::nullopt;
  const auto start = at + 5;
  const auto end = tag.find('"', start);
  if (end == std::string_view::npos) return std::string(tag.substr(start));
  return std::string(tag.substr(start, end - start));
}

std::string check(const std::string& uri, const std::string& base) {
  auto url = gate_url(base, uri);
  if (url) return {};
  return fetch::redact_url(uri) + ": " + url.error().message;
}

}  // namespace

core::Result<std::string> gate_url(const std::string& base, const std::string& url) {
  if (url.empty() || has_control(url)) return core::fail("", "", "refused: not a URL");
  std::string absolute = url;
  if (auto scheme = scheme_of(url)) {
    if (*scheme != "http" && *scheme != "https") {
      return core::fail("", "", "refused: " + *scheme + ": URLs are never read (only http and https)");
    }
  } else {
    // RFC 3986 4.2: a relative path's first segment holds no ':'. FFmpeg
    // reads "subfile,,start,0,…:/etc/passwd" as its subfile protocol.
    const std::string first = url.substr(0, url.find_first_of("/?#"));
    if (first.find(':') != std::string::npos) {
      return core::fail("", "", "refused: a ':' before the first '/' makes it neither a URL nor a relative path");
    }
    auto resolved = fetch::resolve_url(base, url);
    if (!resolved) return core::fail("", "", "refused: not a URL relative to its playlist");
    absolute = *resolved;
  }
  auto parts = fetch::parse_url(absolute);
  if (!parts || (parts->scheme != "http" && parts->scheme != "https") || parts->host.empty()) {
    return core::fail("", "", "refused: not an http or https URL");
  }
  return absolute;
}

bool looks_like_playlist(std::string_view head) {
  if (head.substr(0, 3) == "\xEF\xBB\xBF") head.remove_prefix(3);
  return head.substr(0, 7) == "#EXTM3U";
}

std::string playlist_refusal(std::string_view text, const std::string& base) {
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find_first_of("\r\n", start);
    if (end == std::string_view::npos) end = text.size();
    const std::string line = trimmed(text.substr(start, end - start));
    start = end + 1;
    if (line.empty()) continue;
    std::optional<std::string> uri = line[0] == '#' ? uri_attribute(line) : std::optional<std::string>(line);
    if (!uri) continue;
    if (auto why = check(*uri, base); !why.empty()) return why;
  }
  return {};
}

}  // namespace media
