// URL readers for the text-first platforms: Twitter/X, Bluesky, Telegram, Reddit.
#include <array>

#include "verify/embeds/platform_urls.hpp"

namespace verify::embeds {
namespace {

using core::Platform;
using Segments = std::vector<std::string_view>;

// Twitter itself and the mirrors that serve the same /USER/status/ID paths.
constexpr std::array<std::string_view, 8> k_twitter_hosts = {
    "twitter.com", "x.com", "fxtwitter.com", "vxtwitter.com", "fixupx.com", "fixvx.com", "twittpr.com", "nitter.net"};

bool is_twitter_host(const std::string& host) {
  for (std::string_view known : k_twitter_hosts) {
    if (host == known) return true;
  }
  return host.starts_with("nitter.");  // nitter instances live on many domains
}

// /USER/status/ID, /USER/statuses/ID, /i/web/status/ID, /statuses/ID (+ /video/N, /photo/N).
std::optional<PostRef> read_status_path(const Segments& s) {
  std::size_t at = 0;
  std::string_view handle;
  if (s.size() >= 3 && s[0] == "i" && s[1] == "web" && s[2] == "status") {
    at = 3;
  } else if (!s.empty() && s[0] == "statuses") {
    at = 1;
  } else if (s.size() >= 2 && (s[1] == "status" || s[1] == "statuses")) {
    at = 2;
    if (s[0] != "i") handle = s[0];
  } else {
    return std::nullopt;
  }
  const std::string_view id = at < s.size() ? s[at] : std::string_view();
  PostRef ref = numbered_post(Platform::twitter, id, handle);
  if (!id.empty() && !is_digits(id)) ref.problem = "post id \"" + std::string(id) + "\" is not a number";
  return ref;
}

// The widget iframe: platform.twitter.com/embed/Tweet.html?id=ID.
std::optional<PostRef> read_widget(const UrlParts& url) {
  if (url.segments.empty() || url.segments[0] != "embed") return std::nullopt;
  const auto id = query_value(url.query, "id");
  if (!id || !is_digits(*id)) return std::nullopt;
  return numbered_post(Platform::twitter, *id, {});
}

bool is_reddit_host(const std::string& host) {
  return host == "reddit.com" || host == "old.reddit.com" || host == "new.reddit.com" || host == "np.reddit.com";
}

}  // namespace

std::optional<PostRef> read_twitter_url(const UrlParts& url) {
  const bool has_path = !url.segments.empty();
  if (url.host == "pic.twitter.com" || url.host == "pic.x.com") {
    if (!has_path) return std::nullopt;
    return link_without_id(Platform::twitter, UrlKind::media_link);
  }
  if (url.host == "t.co") {
    if (!has_path) return std::nullopt;
    return link_without_id(Platform::twitter, UrlKind::short_link);
  }
  if (url.host == "platform.twitter.com") return read_widget(url);
  if (!is_twitter_host(url.host)) return std::nullopt;
  return read_status_path(url.segments);
}

// bsky.app/profile/HANDLE_OR_DID/post/RKEY (AT-URIs are read in post_url.cpp).
std::optional<PostRef> read_bluesky_url(const UrlParts& url) {
  const auto& s = url.segments;
  if (url.host != "bsky.app" || s.size() < 3 || s[0] != "profile" || s[2] != "post") return std::nullopt;
  const std::string_view id = s.size() > 3 ? s[3] : std::string_view();
  PostRef ref = numbered_post(Platform::bluesky, id, s[1]);
  if (!id.empty() && !is_word(id, "._:~-")) ref.problem = "record key \"" + std::string(id) + "\" is malformed";
  return ref;
}

// t.me/CHANNEL/N and t.me/s/CHANNEL/N; invite, sticker and private-chat links are not posts.
std::optional<PostRef> read_telegram_url(const UrlParts& url) {
  if (url.host != "t.me" && url.host != "telegram.me" && url.host != "telegram.dog") return std::nullopt;
  const auto& s = url.segments;
  const std::size_t at = !s.empty() && s[0] == "s" ? 1 : 0;
  if (s.size() < at + 2) return std::nullopt;
  const std::string_view channel = s[at];
  const std::string_view number = s[at + 1];
  if (channel.size() < 3 || channel.size() > 32 || !is_word(channel, "_") || channel == "joinchat") return std::nullopt;
  if (!is_digits(number)) return std::nullopt;
  return numbered_post(Platform::telegram, number, channel);
}

// reddit.com/r/SUB/comments/ID/…, /user/U/comments/ID, /comments/ID, redd.it/ID.
std::optional<PostRef> read_reddit_url(const UrlParts& url) {
  const auto& s = url.segments;
  if (url.host == "redd.it") {
    if (s.empty()) return std::nullopt;
    return numbered_post(Platform::reddit, s[0], {});
  }
  if (!is_reddit_host(url.host)) return std::nullopt;
  if (s.size() >= 4 && s[0] == "r" && s[2] == "s") return link_without_id(Platform::reddit, UrlKind::short_link);
  std::size_t at = 0;
  while (at < s.size() && s[at] != "comments") ++at;
  if (at == s.size() || at > 2) return std::nullopt;
  const std::string_view id = at + 1 < s.size() ? s[at + 1] : std::string_view();
  const bool by_user = at == 2 && (s[0] == "user" || s[0] == "u");
  PostRef ref = numbered_post(Platform::reddit, id, by_user ? s[1] : std::string_view());
  if (!id.empty() && !is_word(id, "")) ref.problem = "post id \"" + std::string(id) + "\" is malformed";
  return ref;
}

}  // namespace verify::embeds
