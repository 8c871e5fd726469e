#include "verify/embeds/link_scan.hpp"

#include <algorithm>
#include <array>

#include "core/text.hpp"

namespace verify::embeds {
namespace {

constexpr std::array<std::string_view, 5> k_anchors = {"pic.twitter.com/", "pic.x.com/", "t.co/", "/status/",
                                                       "/statuses/"};
constexpr std::string_view k_trailing_punctuation = ".,;:!?'\"";
constexpr std::size_t k_max_url_bytes = 2048;

// Printable ASCII that can stand in a URL as articles print it.
bool is_url_char(char ch) {
  const unsigned char c = static_cast<unsigned char>(ch);
  if (c <= 0x20 || c >= 0x7F) return false;
  return std::string_view("<>\"'()[]{}|\\^`").find(ch) == std::string_view::npos;
}

// Widens the anchor at `at` to the URL around it; an empty span when the
// run of URL characters is too long to be a URL (keeps long inputs linear).
core::Span widen(std::string_view text, std::size_t at) {
  std::size_t start = at;
  while (start > 0 && is_url_char(text[start - 1])) {
    if (at - --start > k_max_url_bytes) return {};
  }
  std::size_t end = at;
  while (end < text.size() && is_url_char(text[end])) {
    if (++end - start > k_max_url_bytes) return {};
  }
  while (end > at && k_trailing_punctuation.find(text[end - 1]) != std::string_view::npos) --end;
  // "Video:https://t.co/x": start at the scheme.
  const std::string_view token = text.substr(start, end - start);
  for (std::string_view scheme : {"https://", "http://"}) {
    const auto found = token.find(scheme);
    if (found != std::string_view::npos && found > 0) return core::Span{start + found, end};
  }
  return core::Span{start, end};
}

}  // namespace

std::vector<TextLink> find_twitter_links(std::string_view text) {
  std::vector<TextLink> out;
  for (std::string_view anchor : k_anchors) {
    for (auto at = text.find(anchor); at != std::string_view::npos; at = text.find(anchor, at + anchor.size())) {
      const core::Span span = widen(text, at);
      if (span.start == span.end) {
        // Too long for a URL: skip the rest of this run, so each byte is widened over once.
        while (at < text.size() && is_url_char(text[at])) ++at;
        continue;
      }
      const std::string_view url = text.substr(span.start, span.end - span.start);
      const auto ref = parse_post_url(url);
      if (!ref || ref->platform != core::Platform::twitter) continue;
      out.push_back(TextLink{span, std::string(url), *ref});
    }
  }
  // "…/status/1/photo/1" is reached from two anchors: keep one of each span.
  std::sort(out.begin(), out.end(), [](const TextLink& a, const TextLink& b) { return a.span.start < b.span.start; });
  const auto same = [](const TextLink& a, const TextLink& b) { return a.span == b.span; };
  out.erase(std::unique(out.begin(), out.end(), same), out.end());
  return out;
}

std::string_view standalone_url(std::string_view line) {
  line = core::trim(line);
  if (line.size() > 2 && line.front() == '<' && line.back() == '>') line = line.substr(1, line.size() - 2);
  if (line.empty() || line.size() > k_max_url_bytes) return {};
  for (char ch : line) {
    if (!is_url_char(ch) && ch != '(' && ch != ')') return {};
  }
  return line;
}

}  // namespace verify::embeds
