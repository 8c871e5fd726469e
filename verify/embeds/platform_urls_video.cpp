// URL readers for the video-first platforms: YouTube, TikTok, Instagram, Facebook, Vimeo.
#include <array>

#include "verify/embeds/platform_urls.hpp"

namespace verify::embeds {
namespace {

using core::Platform;

bool one_of(std::string_view value, std::initializer_list<std::string_view> options) {
  for (std::string_view option : options) {
    if (value == option) return true;
  }
  return false;
}

PostRef checked(PostRef ref, bool valid, std::string_view what) {
  if (ref.problem.empty() && !valid) ref.problem = std::string(what) + " \"" + ref.post_id + "\" is malformed";
  return ref;
}

PostRef youtube_post(std::string_view id) {
  return checked(numbered_post(Platform::youtube, id, {}), id.size() == 11 && is_word(id, "_-"), "video id");
}

// An id that is either a number or one of Facebook's opaque "pfbid…" post ids.
PostRef facebook_post(std::string_view id, std::string_view handle) {
  const bool valid = is_digits(id) || (id.starts_with("pfbid") && is_word(id, ""));
  return checked(numbered_post(Platform::facebook, id, handle), valid, "post id");
}

std::string_view segment(const std::vector<std::string_view>& s, std::size_t i) {
  return i < s.size() ? s[i] : std::string_view();
}

// /plugins/video.php?href=<url-encoded post URL>: the post is the decoded href.
std::optional<PostRef> read_facebook_plugin(const UrlParts& url) {
  const auto href = query_value(url.query, "href");
  if (!href) return std::nullopt;
  auto ref = parse_post_url(*href);
  if (!ref || ref->platform != Platform::facebook) return std::nullopt;
  return ref;
}

std::optional<PostRef> read_facebook_query(const UrlParts& url, std::string_view key) {
  const auto id = query_value(url.query, key);
  if (!id) return std::nullopt;
  return facebook_post(*id, {});
}

}  // namespace

// youtube.com/watch?v=ID, /embed/ID, /v/ID, /e/ID, /shorts/ID, /live/ID, youtu.be/ID.
std::optional<PostRef> read_youtube_url(const UrlParts& url) {
  const auto& s = url.segments;
  if (url.host == "youtu.be") return s.empty() ? std::nullopt : std::optional(youtube_post(s[0]));
  if (!one_of(url.host, {"youtube.com", "music.youtube.com", "youtube-nocookie.com"}) || s.empty()) return std::nullopt;
  if (s[0] == "watch") {
    const auto id = query_value(url.query, "v");
    return id ? std::optional(youtube_post(*id)) : std::nullopt;
  }
  if (!one_of(s[0], {"embed", "v", "e", "shorts", "live"}) || s.size() < 2) return std::nullopt;
  if (one_of(s[1], {"videoseries", "live_stream"})) return std::nullopt;  // playlists and channels, not videos
  return youtube_post(s[1]);
}

// tiktok.com/@user/video/ID, /@user/photo/ID, /embed/ID, /embed/v2/ID, /share/video/ID; short links.
std::optional<PostRef> read_tiktok_url(const UrlParts& url) {
  const auto& s = url.segments;
  if (url.host == "vm.tiktok.com" || url.host == "vt.tiktok.com") {
    return s.empty() ? std::nullopt : std::optional(link_without_id(Platform::tiktok, UrlKind::short_link));
  }
  if (url.host != "tiktok.com" || s.empty()) return std::nullopt;
  if (s[0] == "t" && s.size() >= 2) return link_without_id(Platform::tiktok, UrlKind::short_link);
  std::string_view id;
  std::string_view handle;
  if (s[0].starts_with("@") && one_of(segment(s, 1), {"video", "photo"})) {
    handle = s[0].substr(1);
    id = segment(s, 2);
  } else if (s[0] == "embed") {
    id = segment(s, 1) == "v2" ? segment(s, 2) : segment(s, 1);
  } else if (s[0] == "share" && segment(s, 1) == "video") {
    id = segment(s, 2);
  } else {
    return std::nullopt;
  }
  return checked(numbered_post(Platform::tiktok, id, handle), id.empty() || is_digits(id), "video id");
}

// instagram.com[/USER]/p|reel|reels|tv/SHORTCODE[/embed].
std::optional<PostRef> read_instagram_url(const UrlParts& url) {
  const auto& s = url.segments;
  if ((url.host != "instagram.com" && url.host != "instagr.am") || s.empty()) return std::nullopt;
  const auto is_kind = [](std::string_view v) { return one_of(v, {"p", "reel", "reels", "tv"}); };
  const std::size_t at = is_kind(s[0]) ? 0 : (is_kind(segment(s, 1)) ? 1 : s.size());
  if (at == s.size()) return std::nullopt;
  const std::string_view code = segment(s, at + 1);
  PostRef ref = numbered_post(Platform::instagram, code, at == 1 ? s[0] : std::string_view());
  return checked(std::move(ref), code.empty() || is_word(code, "_-"), "shortcode");
}

// facebook.com/USER/videos/[slug/]ID, /USER/posts/ID, /watch/?v=ID, /video.php?v=ID,
// /reel/ID, /video/embed?video_id=ID, /plugins/{video,post}.php?href=…; fb.watch/X.
std::optional<PostRef> read_facebook_url(const UrlParts& url) {
  const auto& s = url.segments;
  if (url.host == "fb.watch") {
    return s.empty() ? std::nullopt : std::optional(link_without_id(Platform::facebook, UrlKind::short_link));
  }
  if (!one_of(url.host, {"facebook.com", "web.facebook.com", "fb.com"}) || s.empty()) return std::nullopt;
  if (s[0] == "plugins" && one_of(segment(s, 1), {"video.php", "post.php"})) return read_facebook_plugin(url);
  if (s[0] == "watch" || s[0] == "video.php") return read_facebook_query(url, "v");
  if (s[0] == "video" && segment(s, 1) == "embed") return read_facebook_query(url, "video_id");
  if (s[0] == "permalink.php") return read_facebook_query(url, "story_fbid");
  if (s[0] == "reel") return facebook_post(segment(s, 1), {});
  if (s[0] == "share" && s.size() >= 3) return link_without_id(Platform::facebook, UrlKind::short_link);
  if (segment(s, 1) == "posts") return facebook_post(segment(s, 2), s[0]);
  if (segment(s, 1) != "videos") return std::nullopt;
  // /USER/videos/ID or /USER/videos/slug/ID
  const bool slug = s.size() >= 4 && !is_digits(s[2]) && is_digits(s[3]);
  return facebook_post(segment(s, slug ? 3 : 2), s[0]);
}

// vimeo.com/ID (also under /channels/NAME/ and /groups/NAME/videos/), player.vimeo.com/video/ID.
std::optional<PostRef> read_vimeo_url(const UrlParts& url) {
  const auto& s = url.segments;
  if (url.host == "player.vimeo.com") {
    if (segment(s, 0) != "video") return std::nullopt;
    return checked(numbered_post(Platform::vimeo, segment(s, 1), {}), segment(s, 1).empty() || is_digits(segment(s, 1)),
                   "video id");
  }
  if (url.host != "vimeo.com") return std::nullopt;
  for (std::string_view part : s) {
    if (is_digits(part)) return numbered_post(Platform::vimeo, part, {});
  }
  return std::nullopt;
}

}  // namespace verify::embeds
