#include "fetch/platforms/twitter_api_v2.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>

#include "fetch/platforms/post_parts.hpp"
#include "fetch/service_json.hpp"

namespace fetch::twitter {
namespace {

using nlohmann::json;

// A post carries at most four photos or one video; more is not a real answer.
constexpr std::size_t k_max_media = 8;

core::Post finding(const std::string& id, core::PostStatus status, std::string note) {
  return post_finding(id, status, std::move(note), k_api_v2_via);
}

const json& array_at(const json& j, std::string_view key) {
  static const json k_empty = json::array();
  if (!j.is_object()) return k_empty;
  const auto it = j.find(key);
  return it != j.end() && it->is_array() ? *it : k_empty;
}

// The entry of `list` whose `key` is `value`, or nullptr.
const json* entry_with(const json& list, std::string_view key, std::string_view value) {
  for (const auto& e : list) {
    if (e.is_object() && !value.empty() && string_at(e, key) == value) return &e;
  }
  return nullptr;
}

std::vector<VideoVariant> variants_of(const json& media) {
  std::vector<VideoVariant> out;
  for (const auto& v : array_at(media, "variants")) {
    if (v.is_object()) out.push_back(VideoVariant{string_at(v, "url"), string_at(v, "content_type"), integer_at(v, "bit_rate")});
  }
  return out;
}

std::optional<core::MediaItem> item_of(const json& media, const MediaChoice& choice) {
  const std::string type = string_at(media, "type");
  core::MediaItem item;
  item.width = static_cast<int>(integer_at(media, "width"));
  item.height = static_cast<int>(integer_at(media, "height"));
  if (type == "photo") {
    item.kind = "photo";
    item.url = string_at(media, "url");
    item.content_type = "image/jpeg";
    return item.url.empty() ? std::nullopt : std::optional(item);
  }
  if (type != "video" && type != "animated_gif") return std::nullopt;
  item.kind = type == "video" ? "video" : "gif";
  item.poster = string_at(media, "preview_image_url");
  const long long millis = integer_at(media, "duration_ms", -1);
  if (millis >= 0) item.duration_s = static_cast<double>(millis) / 1000.0;
  const auto chosen = choose_variant(variants_of(media), choice);
  if (!chosen) return std::nullopt;
  item.url = chosen->url;
  item.content_type = chosen->content_type;
  item.bitrate = chosen->bitrate;
  return item;
}

std::vector<core::MediaItem> media_of(const json& tweet, const json& includes, const MediaChoice& choice) {
  std::vector<core::MediaItem> out;
  const auto attachments = tweet.find("attachments");
  if (attachments == tweet.end()) return out;
  for (const auto& key : array_at(*attachments, "media_keys")) {
    if (out.size() == k_max_media) break;
    if (!key.is_string()) continue;
    const json* media = entry_with(array_at(includes, "media"), "media_key", key.get<std::string>());
    if (!media) continue;
    if (auto item = item_of(*media, choice)) out.push_back(std::move(*item));
  }
  return out;
}

// The API writes &, < and > in a post's text as &amp;, &lt; and &gt;; the
// checks compare the text as its author wrote it.
std::string unescape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const std::string_view rest = text.substr(i);
    if (rest.starts_with("&amp;")) {
      out += '&';
      i += 4;
    } else if (rest.starts_with("&lt;")) {
      out += '<';
      i += 3;
    } else if (rest.starts_with("&gt;")) {
      out += '>';
      i += 3;
    } else {
      out += text[i];
    }
  }
  return out;
}

// The service's words made one line and kept short, for an Error message.
// What an errors[] entry about the post means, in the API's words.
core::Result<core::Post> finding_of(const json& error, const std::string& id, const std::string& input) {
  const std::string title = string_at(error, "title");
  const std::string detail = string_at(error, "detail");
  const std::string note = detail.empty() ? title : detail;
  if (title == "Not Found Error") return finding(id, core::PostStatus::not_found, note);
  if (lower(detail).find("withheld") != std::string::npos) return finding(id, core::PostStatus::withheld, note);
  if (title == "Authorization Error") return finding(id, core::PostStatus::restricted, note);
  return core::fail("fetch", input, "the X API answered \"" + one_line(title) + "\" about the post");
}

}  // namespace

std::optional<std::string> api_v2_url(std::string_view base, std::string_view id) {
  if (!is_post_id(id)) return std::nullopt;
  std::string url(base);
  while (!url.empty() && url.back() == '/') url.pop_back();
  return url + "/2/tweets?ids=" + std::string(id) +
         "&tweet.fields=created_at,attachments,author_id,lang"
         "&expansions=attachments.media_keys,author_id"
         "&media.fields=variants,duration_ms,height,width,preview_image_url,type,url"
         "&user.fields=name,username";
}

core::Result<core::Post> parse_api_v2(std::string_view body, long http_status, const std::string& id,
                                      const MediaChoice& choice) {
  const std::string input = "post " + id + " (" + std::string(k_api_v2_via) + ")";
  auto parsed = parse_service_json(body, k_api_v2_via, input);
  if (!parsed) {
    if (http_status == 404) return finding(id, core::PostStatus::not_found, "the X API answered 404");
    return tl::unexpected(parsed.error());
  }
  const json& j = *parsed;
  const json& data = array_at(j, "data");
  if (const json* tweet = entry_with(data, "id", id)) {
    core::Post post = finding(id, core::PostStatus::ok, "");
    const json includes = j.value("includes", json::object());
    if (const json* user = entry_with(array_at(includes, "users"), "id", string_at(*tweet, "author_id"))) {
      post.author = string_at(*user, "name");
      post.author_handle = string_at(*user, "username");
    }
    post.created_at = core::parse_iso8601(string_at(*tweet, "created_at"));
    if (!post.created_at) return core::fail("fetch", input, "JSON of the wrong shape: no readable created_at");
    post.text = unescape(string_at(*tweet, "text"));
    post.lang = string_at(*tweet, "lang");
    post.media = media_of(*tweet, includes, choice);
    return post;
  }
  for (const auto& error : array_at(j, "errors")) {
    if (string_at(error, "resource_id") == id || string_at(error, "value") == id) return finding_of(error, id, input);
  }
  if (http_status == 404) return finding(id, core::PostStatus::not_found, "the X API answered 404");
  if (!data.empty()) {
    const std::string other = string_at(data.front(), "id");
    if (other.empty()) return core::fail("fetch", input, "JSON of the wrong shape: a post without an id");
    return core::fail("fetch", input, "JSON of the wrong shape: it describes post \"" + one_line(other) + "\"");
  }
  if (j.contains("title")) {  // a problem about the whole request ("Unauthorized", "Too Many Requests")
    return core::fail("fetch", input, "the X API answered \"" + one_line(string_at(j, "title")) + "\"");
  }
  return core::fail("fetch", input, "JSON of the wrong shape: neither the post nor an error about it");
}

}  // namespace fetch::twitter
