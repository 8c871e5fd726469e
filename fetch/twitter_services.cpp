#include "fetch/twitter_services.hpp"

#include "fetch/platforms/twitter_api_v2.hpp"
#include "fetch/platforms/twitter_fxtwitter.hpp"
#include "fetch/platforms/twitter_oembed.hpp"
#include "fetch/platforms/twitter_syndication.hpp"

namespace fetch {
namespace {

std::optional<std::string> syndication(const core::Services& s, const TwitterAsk& ask) {
  return twitter::syndication_url(s.twitter_syndication, ask.post_id);
}

// An embed's handle that is no handle must not cost the post: ask by id alone.
std::optional<std::string> oembed(const core::Services& s, const TwitterAsk& ask) {
  if (auto url = twitter::oembed_url(s.twitter_oembed, ask.post_id, ask.handle)) return url;
  return twitter::oembed_url(s.twitter_oembed, ask.post_id);
}

std::optional<std::string> api_v2(const core::Services& s, const TwitterAsk& ask) {
  return twitter::api_v2_url(s.twitter_api, ask.post_id);
}

std::optional<std::string> mirror(const core::Services& s, const TwitterAsk& ask) {
  return twitter::mirror_url(s.twitter_mirror, ask.post_id);
}

// oEmbed prints a day with no time zone: it is said in the note, never made a created_at.
core::Result<core::Post> parse_oembed(std::string_view body, long http_status, const std::string& id,
                                      const MediaChoice&) {
  auto answer = twitter::parse_oembed(body, http_status, id);
  if (!answer) return tl::unexpected(answer.error());
  core::Post post = std::move(answer->post);
  if (post.status == core::PostStatus::ok) {
    post.status_note = "oEmbed gives the text and author only, no time and no media";
    if (!answer->date_text.empty()) {
      post.status_note += "; the post prints the day \"" + answer->date_text + "\" (time zone not stated)";
    }
  }
  return post;
}

core::Result<core::Post> parse_mirror(std::string_view body, long http_status, const std::string& id,
                                      const MediaChoice& choice) {
  auto post = twitter::parse_mirror(body, http_status, id, choice);
  if (post && post->status == core::PostStatus::ok) {
    post->status_note = "read from a third-party mirror of X, not from X itself";
  }
  return post;
}

}  // namespace

std::vector<TwitterService> twitter_services(bool with_api) {
  std::vector<TwitterService> services = {
      {twitter::k_syndication_via, syndication, twitter::parse_syndication},
      {twitter::k_oembed_via, oembed, parse_oembed},
  };
  if (with_api) services.push_back({twitter::k_api_v2_via, api_v2, twitter::parse_api_v2});
  services.push_back({twitter::k_mirror_via, mirror, parse_mirror});
  return services;
}

}  // namespace fetch
