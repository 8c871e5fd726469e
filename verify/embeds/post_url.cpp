#include "verify/embeds/post_url.hpp"

#include <array>

#include "core/text.hpp"
#include "verify/embeds/platform_urls.hpp"

namespace verify::embeds {
namespace {

struct PlatformUrls {
  core::Platform platform;
  std::optional<PostRef> (*read)(const UrlParts& url);
};

// The registry: one line per platform.
constexpr std::array<PlatformUrls, 9> k_platforms = {{
    {core::Platform::twitter, read_twitter_url},
    {core::Platform::youtube, read_youtube_url},
    {core::Platform::tiktok, read_tiktok_url},
    {core::Platform::instagram, read_instagram_url},
    {core::Platform::facebook, read_facebook_url},
    {core::Platform::telegram, read_telegram_url},
    {core::Platform::bluesky, read_bluesky_url},
    {core::Platform::reddit, read_reddit_url},
    {core::Platform::vimeo, read_vimeo_url},
}};

// "at://did:plc:xyz/app.bsky.feed.post/3k…": an AT-URI is not an http URL,
// and its DID is case-sensitive, so it is read before split_url.
std::optional<PostRef> read_at_uri(std::string_view url) {
  if (!url.starts_with("at://")) return std::nullopt;
  url.remove_prefix(5);
  const auto slash = url.find('/');
  if (slash == std::string_view::npos) return std::nullopt;
  const std::string_view authority = url.substr(0, slash);
  std::string_view path = url.substr(slash + 1);
  constexpr std::string_view k_collection = "app.bsky.feed.post/";
  if (!path.starts_with(k_collection)) return std::nullopt;
  path.remove_prefix(k_collection.size());
  path = path.substr(0, path.find_first_of("/?#"));
  return numbered_post(core::Platform::bluesky, path, authority);
}

}  // namespace

PostRef numbered_post(core::Platform platform, std::string_view id, std::string_view handle) {
  PostRef ref{platform, UrlKind::post, std::string(id), std::string(handle), {}};
  if (id.empty()) ref.problem = "post URL without a post id";
  return ref;
}

PostRef link_without_id(core::Platform platform, UrlKind kind) {
  return PostRef{platform, kind, {}, {}, {}};
}

std::optional<PostRef> parse_post_url(std::string_view url) {
  url = core::trim(url);
  if (url.size() > 4096) return std::nullopt;
  if (auto at = read_at_uri(url)) return at;
  const auto parts = split_url(url);
  if (!parts) return std::nullopt;
  for (const auto& entry : k_platforms) {
    if (auto ref = entry.read(*parts)) return ref;
  }
  return std::nullopt;
}

std::vector<core::Platform> platforms_claiming(std::string_view url) {
  std::vector<core::Platform> out;
  url = core::trim(url);
  if (read_at_uri(url)) out.push_back(core::Platform::bluesky);
  const auto parts = split_url(url);
  if (!parts) return out;
  for (const auto& entry : k_platforms) {
    if (entry.read(*parts)) out.push_back(entry.platform);
  }
  return out;
}

}  // namespace verify::embeds
