#include "fetch/platforms/twitter_syndication.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

#include "fetch/platforms/post_parts.hpp"
#include "fetch/platforms/twitter_media.hpp"
#include "fetch/platforms/twitter_token.hpp"
#include "fetch/service_json.hpp"

namespace fetch::twitter {
namespace {

using nlohmann::json;

core::Post finding(const std::string& id, core::PostStatus status, std::string note) {
  return post_finding(id, status, std::move(note), k_syndication_via);
}

std::string tombstone_text(const json& j) {
  const auto it = j.find("tombstone");
  if (it == j.end() || !it->is_object()) return {};
  const auto text = it->find("text");
  if (text == it->end()) return {};
  if (text->is_string()) return text->get<std::string>();
  return string_at(*text, "text");
}

}  // namespace

std::optional<std::string> syndication_url(std::string_view base, std::string_view id) {
  const auto token = syndication_token(id);
  if (!token) return std::nullopt;
  std::string url(base);
  while (!url.empty() && url.back() == '/') url.pop_back();
  return url + "/tweet-result?id=" + std::string(id) + "&lang=en&token=" + *token;
}

core::PostStatus status_from_tombstone(std::string_view text) {
  const std::string t = lower(text);
  if (t.find("withheld") != std::string::npos) return core::PostStatus::withheld;
  if (t.find("age-restricted") != std::string::npos || t.find("adult") != std::string::npos ||
      t.find("sensitive") != std::string::npos || t.find("log in") != std::string::npos ||
      t.find("protected") != std::string::npos) {
    return core::PostStatus::restricted;
  }
  return core::PostStatus::deleted;  // "deleted by the Post author", "violated the X Rules", or no text at all
}

core::Result<core::Post> parse_syndication(std::string_view body, long http_status, const std::string& id,
                                           const MediaChoice& choice) {
  const std::string input = "post " + id + " (" + std::string(k_syndication_via) + ")";
  if (http_status == 404) return finding(id, core::PostStatus::not_found, "the syndication endpoint answered 404");
  auto parsed = parse_service_json(body, k_syndication_via, input);
  if (!parsed) return tl::unexpected(parsed.error());
  const json& j = *parsed;
  if (j.empty()) {
    return core::fail("fetch", input, "the syndication endpoint answered an empty object (token refused, or no such post)");
  }
  const std::string type = string_at(j, "__typename");
  if (type == "TweetTombstone") {
    const std::string text = tombstone_text(j);
    return finding(id, status_from_tombstone(text), text.empty() ? "TweetTombstone" : text);
  }
  if (type != "Tweet" && !j.contains("id_str")) {
    return core::fail("fetch", input, "JSON of the wrong shape: neither a Tweet nor a TweetTombstone");
  }
  if (string_at(j, "id_str") != id) {
    return core::fail("fetch", input, "JSON of the wrong shape: it describes post \"" + string_at(j, "id_str") + "\"");
  }
  core::Post post = finding(id, core::PostStatus::ok, "");
  const auto user = j.find("user");
  if (user != j.end()) {
    post.author = string_at(*user, "name");
    post.author_handle = string_at(*user, "screen_name");
  }
  post.created_at = core::parse_iso8601(string_at(j, "created_at"));
  if (!post.created_at) return core::fail("fetch", input, "JSON of the wrong shape: no readable created_at");
  post.text = string_at(j, "text");
  post.lang = string_at(j, "lang");
  post.media = media_from_details(j, choice);
  return post;
}

}  // namespace fetch::twitter
