#include "fetch/platforms/telegram_embed.hpp"

#include <algorithm>
#include <cctype>

#include "fetch/platforms/post_parts.hpp"

namespace fetch::telegram {
namespace {

bool is_channel(std::string_view s) {
  return s.size() >= 3 && s.size() <= 32 &&
         std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isalnum(c) != 0 || c == '_'; });
}
bool is_number(std::string_view s) {
  return !s.empty() && s.size() <= 12 && std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c) != 0; });
}

core::Post finding(const std::string& number, core::PostStatus status, std::string note) {
  return post_finding(number, status, std::move(note), k_embed_via);
}

// "0:14", "1:02:03" → seconds; nullopt for anything else.
std::optional<double> clock_seconds(std::string_view text) {
  double total = 0;
  int parts = 0;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    const auto colon = std::min(text.find(':', pos), text.size());
    const std::string_view part = text.substr(pos, colon - pos);
    if (!is_number(part) || part.size() > 2 || ++parts > 3) return std::nullopt;
    total = total * 60 + std::stoi(std::string(part));
    pos = colon + 1;
  }
  return parts >= 2 ? std::optional(total) : std::nullopt;
}

// The text of the message itself: the first .tgme_widget_message_text outside a quoted reply.
const GumboNode* message_text(const GumboNode& message) {
  const GumboNode* found = nullptr;
  html::walk(message, [&](const GumboNode& n) {
    if (found || html::has_class(n, "tgme_widget_message_reply")) return false;
    if (html::has_class(n, "tgme_widget_message_text")) found = &n;
    return found == nullptr;
  });
  return found;
}

std::vector<core::MediaItem> media_of(const GumboNode& message) {
  std::vector<core::MediaItem> out;
  for (const GumboNode* wrap : html::all_with_class(message, "tgme_widget_message_photo_wrap")) {
    const std::string url = html::background_image(html::attribute(*wrap, "style"));
    if (url.empty()) continue;
    core::MediaItem item;
    item.kind = "photo";
    item.url = url;
    item.content_type = "image/jpeg";
    out.push_back(std::move(item));
  }
  for (const GumboNode* player : html::all_with_class(message, "tgme_widget_message_video_player")) {
    const GumboNode* video = html::first_with_class(*player, "tgme_widget_message_video");
    const std::string src = video ? std::string(html::attribute(*video, "src")) : std::string();
    if (src.empty()) continue;  // "media is too big": the page offers no file
    core::MediaItem item;
    item.kind = "video";
    item.url = src;
    item.content_type = "video/mp4";
    if (const GumboNode* thumb = html::first_with_class(*player, "tgme_widget_message_video_thumb")) {
      item.poster = html::background_image(html::attribute(*thumb, "style"));
    }
    if (const GumboNode* duration = html::first_with_class(*player, "message_video_duration")) {
      item.duration_s = clock_seconds(html::visible_text(*duration));
    }
    out.push_back(std::move(item));
  }
  return out;
}

}  // namespace

std::optional<std::string> embed_url(std::string_view base, std::string_view channel, std::string_view number) {
  if (!is_channel(channel) || !is_number(number)) return std::nullopt;
  std::string url(base);
  while (!url.empty() && url.back() == '/') url.pop_back();
  return url + "/" + std::string(channel) + "/" + std::string(number) + "?embed=1";
}

core::Result<core::Post> parse_embed(std::string_view html, long http_status, const std::string& channel,
                                     const std::string& number, std::size_t max_bytes) {
  const std::string input = "post " + channel + "/" + number + " (" + std::string(k_embed_via) + ")";
  if (http_status == 404 || http_status == 410) {
    return finding(number, core::PostStatus::not_found, "the embed page answered " + std::to_string(http_status));
  }
  auto page = html::Page::parse(html, max_bytes, k_embed_via, input);
  if (!page) return tl::unexpected(page.error());
  // The error widget ("Post not found") may sit alone or inside an otherwise empty message frame.
  if (const GumboNode* error = html::first_with_class(page->root(), "tgme_widget_message_error")) {
    const std::string said = html::visible_text(*error);
    return finding(number, core::PostStatus::not_found, said.empty() ? "the embed page shows an error" : said);
  }
  const GumboNode* message = html::first_with_class(page->root(), "tgme_widget_message");
  if (!message) return core::fail("fetch", input, "HTML of the wrong shape: no Telegram message in the page");
  // data-post="channel/number" names the message the page shows.
  const std::string data_post(html::attribute(*message, "data-post"));
  if (data_post.empty()) return core::fail("fetch", input, "HTML of the wrong shape: the message names no post (data-post)");
  const auto slash = data_post.rfind('/');
  const std::string page_channel = slash == std::string::npos ? std::string() : data_post.substr(0, slash);
  if (slash == std::string::npos || lower(page_channel) != lower(channel) || data_post.substr(slash + 1) != number) {
    return core::fail("fetch", input, "HTML of the wrong shape: it shows post \"" + one_line(data_post) + "\"");
  }
  core::Post post = finding(number, core::PostStatus::ok, "");
  post.author_handle = page_channel;
  if (const GumboNode* owner = html::first_with_class(*message, "tgme_widget_message_owner_name")) {
    post.author = html::visible_text(*owner);
  }
  if (const GumboNode* text = message_text(*message)) post.text = html::visible_text(*text);
  if (const GumboNode* date = html::first_with_class(*message, "tgme_widget_message_date")) {
    if (const GumboNode* time = html::first_tag(*date, GUMBO_TAG_TIME)) {
      post.created_at = core::parse_iso8601(html::attribute(*time, "datetime"));
    }
  }
  if (!post.created_at) return core::fail("fetch", input, "HTML of the wrong shape: no readable <time datetime>");
  post.media = media_of(*message);
  return post;
}

}  // namespace fetch::telegram
