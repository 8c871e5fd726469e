#include "fetch/platforms/twitter_oembed.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>

#include "fetch/platforms/post_parts.hpp"
#include "fetch/service_json.hpp"

namespace fetch::twitter {
namespace {

using nlohmann::json;

bool all_of(std::string_view s, std::size_t max, bool (*ok)(unsigned char)) {
  return !s.empty() && s.size() <= max &&
         std::all_of(s.begin(), s.end(), [ok](char c) { return ok(static_cast<unsigned char>(c)); });
}
bool digit(unsigned char c) { return std::isdigit(c) != 0; }
bool handle_char(unsigned char c) { return std::isalnum(c) != 0 || c == '_'; }

core::Post finding(const std::string& id, core::PostStatus status, std::string note) {
  return post_finding(id, status, std::move(note), k_oembed_via);
}

// The digits after "/status/" in a post URL, or "".
std::string status_id_in(std::string_view url) {
  const auto at = url.find("/status/");
  if (at == std::string_view::npos) return {};
  std::size_t end = at + 8;
  while (end < url.size() && std::isdigit(static_cast<unsigned char>(url[end]))) ++end;
  return std::string(url.substr(at + 8, end - at - 8));
}

// "https://twitter.com/handle" → "handle".
std::string handle_in(std::string_view url) {
  while (!url.empty() && url.back() == '/') url.remove_suffix(1);
  const auto slash = url.rfind('/');
  const std::string_view last = slash == std::string_view::npos ? url : url.substr(slash + 1);
  return all_of(last, 50, handle_char) ? std::string(last) : std::string();
}

// The last link of the blockquote outside its <p>: the post's own URL, whose text is the date.
const GumboNode* permalink_of(const GumboNode& quote) {
  const GumboNode* last = nullptr;
  html::walk(quote, [&](const GumboNode& n) {
    if (html::is_element(n, GUMBO_TAG_P)) return false;
    if (html::is_element(n, GUMBO_TAG_A)) last = &n;
    return true;
  });
  return last;
}

}  // namespace

std::optional<std::string> oembed_url(std::string_view base, std::string_view id, std::string_view handle) {
  if (!all_of(id, 20, digit) || (!handle.empty() && !all_of(handle, 50, handle_char))) return std::nullopt;
  std::string url(base);
  while (!url.empty() && url.back() == '/') url.pop_back();
  const std::string who = handle.empty() ? "i" : std::string(handle);
  return url + "/oembed?url=https%3A%2F%2Ftwitter.com%2F" + who + "%2Fstatus%2F" + std::string(id) +
         "&omit_script=true&dnt=true";
}

core::Result<OEmbedPost> parse_oembed(std::string_view body, long http_status, const std::string& id,
                                      std::size_t max_html_bytes) {
  const std::string input = "post " + id + " (" + std::string(k_oembed_via) + ")";
  if (http_status == 404) return OEmbedPost{finding(id, core::PostStatus::not_found, "the oEmbed endpoint answered 404"), {}};
  if (http_status == 403) {
    return OEmbedPost{finding(id, core::PostStatus::restricted, "the oEmbed endpoint answered 403 (a protected account)"), {}};
  }
  auto parsed = parse_service_json(body, k_oembed_via, input);
  if (!parsed) return tl::unexpected(parsed.error());
  const json& j = *parsed;
  const std::string markup = string_at(j, "html");
  if (markup.empty()) return core::fail("fetch", input, "JSON of the wrong shape: no html");
  auto page = html::Page::parse(markup, max_html_bytes, k_oembed_via, input);
  if (!page) return tl::unexpected(page.error());
  const GumboNode* quote = html::first_with_class(page->root(), "twitter-tweet");
  if (!quote) quote = html::first_tag(page->root(), GUMBO_TAG_BLOCKQUOTE);
  if (!quote) return core::fail("fetch", input, "JSON of the wrong shape: its html holds no blockquote");
  const GumboNode* permalink = permalink_of(*quote);
  std::string described = permalink ? status_id_in(html::attribute(*permalink, "href")) : std::string();
  if (described.empty()) described = status_id_in(string_at(j, "url"));
  if (described != id) {
    return core::fail("fetch", input, "JSON of the wrong shape: it describes post \"" + described + "\"");
  }
  OEmbedPost out{finding(id, core::PostStatus::ok, ""), permalink ? html::visible_text(*permalink) : std::string()};
  core::Post& post = out.post;
  post.author = string_at(j, "author_name");
  post.author_handle = handle_in(string_at(j, "author_url"));
  if (const GumboNode* p = html::first_tag(*quote, GUMBO_TAG_P)) {
    post.text = html::visible_text(*p);
    post.lang = std::string(html::attribute(*p, "lang"));
  }
  return out;
}

}  // namespace fetch::twitter
