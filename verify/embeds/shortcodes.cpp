#include "verify/embeds/shortcodes.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "verify/article/html_tag.hpp"
#include "verify/embeds/post_url.hpp"

namespace verify::embeds {
namespace {

using article::lower_ascii;

// A shortcode longer than this is no shortcode: the scan stays linear.
constexpr std::size_t k_max_shortcode_bytes = 1000;
constexpr std::size_t k_max_arguments = 16;

struct Delimiters {
  std::string_view open;
  std::string_view close;
  std::string_view style;  // for found_by: "{{< %s >}}"
};
constexpr std::array<Delimiters, 3> k_delimiters{{
    {"{{<", ">}}", "{{< "},
    {"{{%", "%}}", "{{% "},
    {"{%", "%}", "{% "},
}};

struct Argument {
  std::string key;  // empty for a positional argument
  std::string value;
};

struct Shortcode {
  std::string name;
  std::vector<Argument> arguments;
};

// "tweet user=\"a\" id='1' 123": words, key=value pairs, quoted values.
std::optional<Shortcode> read_inside(std::string_view inner) {
  Shortcode out;
  std::size_t at = 0;
  auto skip_spaces = [&] {
    while (at < inner.size() && (inner[at] == ' ' || inner[at] == '\t' || inner[at] == '\n' || inner[at] == '\r')) {
      ++at;
    }
  };
  auto read_value = [&]() -> std::string {
    if (at < inner.size() && (inner[at] == '"' || inner[at] == '\'')) {
      const char quote = inner[at++];
      const std::size_t end = inner.find(quote, at);
      const std::size_t stop = end == std::string_view::npos ? inner.size() : end;
      std::string value(inner.substr(at, stop - at));
      at = end == std::string_view::npos ? inner.size() : end + 1;
      return value;
    }
    const std::size_t start = at;
    while (at < inner.size() && inner[at] != ' ' && inner[at] != '\t' && inner[at] != '\n' && inner[at] != '=') ++at;
    return std::string(inner.substr(start, at - start));
  };
  skip_spaces();
  out.name = lower_ascii(read_value());
  if (out.name.empty() || out.name.front() == '/') return std::nullopt;  // "{{< /tweet >}}" closes
  while (out.arguments.size() < k_max_arguments) {
    skip_spaces();
    if (at >= inner.size()) break;
    const std::size_t before = at;
    Argument a;
    a.value = read_value();
    if (at < inner.size() && inner[at] == '=') {
      ++at;
      a.key = lower_ascii(a.value);
      a.value = read_value();
    }
    if (at == before) break;  // nothing read: stop rather than loop
    out.arguments.push_back(std::move(a));
  }
  return out;
}

std::string argument(const Shortcode& s, std::string_view key) {
  for (const auto& a : s.arguments) {
    if (a.key == key) return a.value;
  }
  return {};
}

// The first positional argument that is not `skip` ("oembed" in Jekyll's twitter tag).
std::string positional(const Shortcode& s, std::size_t index = 0) {
  std::size_t seen = 0;
  for (const auto& a : s.arguments) {
    if (!a.key.empty() || a.value == "oembed") continue;
    if (seen++ == index) return a.value;
  }
  return {};
}

bool looks_like_url(std::string_view value) {
  return value.find("://") != std::string_view::npos || value.starts_with("www.") || value.find('/') != std::string_view::npos;
}

// "youtube.html", "_includes/youtube-player.html" → "youtube".
std::string platform_of_include(std::string_view file) {
  const auto slash = file.rfind('/');
  if (slash != std::string_view::npos) file.remove_prefix(slash + 1);
  const std::string lower = lower_ascii(file);
  for (std::string_view name : {"youtube", "vimeo", "instagram", "tweet", "twitter"}) {
    if (lower.starts_with(name)) return std::string(name);
  }
  return {};
}

// The post URL a shortcode names, or "" when it names none of a known platform.
std::string url_of(const Shortcode& s, const std::string& platform) {
  std::string id = argument(s, "id");
  if (id.empty()) id = argument(s, "url");
  if (id.empty()) id = argument(s, "src");
  if (id.empty()) id = positional(s, s.name == "include" ? 1 : 0);
  if (id.empty()) return {};
  if (looks_like_url(id)) return id;
  if (platform == "tweet" || platform == "twitter" || platform == "x") {
    const std::string user = argument(s, "user").empty() ? argument(s, "username") : argument(s, "user");
    return "https://twitter.com/" + (user.empty() ? std::string("i/web") : user) + "/status/" + id;
  }
  if (platform == "youtube") return "https://www.youtube.com/watch?v=" + id;
  if (platform == "instagram") return "https://www.instagram.com/p/" + id + "/";
  if (platform == "vimeo") return "https://vimeo.com/" + id;
  return {};
}

bool known_platform(std::string_view name) {
  return name == "tweet" || name == "twitter" || name == "x" || name == "youtube" || name == "instagram" ||
         name == "vimeo";
}

void read_one(std::string_view text, core::Span span, const Delimiters& d, std::string_view inner, Detection& out) {
  std::string_view body = inner;
  if (d.open == "{%") {  // Liquid's whitespace control: "{%- tweet … -%}"
    if (body.starts_with('-')) body.remove_prefix(1);
    if (body.ends_with('-')) body.remove_suffix(1);
  }
  const auto s = read_inside(body);
  if (!s) return;
  const std::string platform = s->name == "include" ? platform_of_include(positional(*s)) : s->name;
  if (!known_platform(platform)) return;
  const std::string url = url_of(*s, platform);
  if (url.empty()) return;
  const std::string found_by = "shortcode " + std::string(d.style) + s->name +
                               (s->name == "include" ? " " + positional(*s) : std::string()) + " " +
                               std::string(d.close);
  const auto ref = parse_post_url(url);
  if (!ref || ref->kind != UrlKind::post) return;
  if (!ref->problem.empty()) {
    out.errors.push_back({k_stage, std::string(text.substr(span.start, span.end - span.start)), ref->problem});
    return;
  }
  out.embeds.push_back(embed_from_ref(*ref, url, found_by, span));
}

}  // namespace

Detection find_shortcode_embeds(std::string_view text, core::Span region) {
  Detection out;
  const std::string_view part = text.substr(0, region.end);
  // The next closer of each kind at or after the last opener: it only moves
  // forward, so a megabyte of "{%" costs one pass, not one search each.
  std::array<std::size_t, k_delimiters.size()> next_close{};
  std::array<std::size_t, k_delimiters.size()> next_open{};  // the same for openers after this one
  std::size_t at = region.start;
  while (at < region.end) {
    const std::size_t open = part.find('{', at);
    if (open == std::string_view::npos) break;
    at = open + 1;
    for (std::size_t k = 0; k < k_delimiters.size(); ++k) {
      const Delimiters& d = k_delimiters[k];
      if (part.substr(open, d.open.size()) != d.open) continue;
      const std::size_t from = open + d.open.size();
      if (next_close[k] != std::string_view::npos && next_close[k] < from) next_close[k] = part.find(d.close, from);
      const std::size_t close = next_close[k];
      if (close == std::string_view::npos || close - open > k_max_shortcode_bytes) break;
      // "{{< {{< youtube ID >}}": an opener left unclosed before a shortcode is not its start.
      if (next_open[k] != std::string_view::npos && next_open[k] < from) next_open[k] = part.find(d.open, from);
      if (next_open[k] < close) break;
      const core::Span span{open, close + d.close.size()};
      read_one(text, span, d, text.substr(from, close - from), out);
      at = span.end;
      break;
    }
  }
  return out;
}

}  // namespace verify::embeds
