#include "fetch/platforms/twitter_fxtwitter.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>

#include "fetch/platforms/post_parts.hpp"
#include "fetch/service_json.hpp"

namespace fetch::twitter {
namespace {

using nlohmann::json;

// A post carries at most four photos or one video; more is not a real answer.
constexpr std::size_t k_max_media = 8;
// Unix seconds later than this (year 2100) are not a post's time.
constexpr long long k_latest_timestamp = 4102444800;

core::Post finding(const std::string& id, core::PostStatus status, std::string note) {
  return post_finding(id, status, std::move(note), k_mirror_via);
}

const json& member(const json& j, std::string_view key) {
  static const json k_null;
  if (!j.is_object()) return k_null;
  const auto it = j.find(key);
  return it == j.end() ? k_null : *it;
}

// The id as the mirror writes it: a string, or a number in older answers.
std::string id_of(const json& status) {
  const json& id = member(status, "id");
  if (id.is_string()) return id.get<std::string>();
  if (id.is_number_unsigned()) return std::to_string(id.get<std::uint64_t>());
  return string_at(status, "id_str");
}

std::optional<core::MediaItem> video_of(const json& video, const MediaChoice& choice) {
  core::MediaItem item;
  item.kind = string_at(video, "type") == "gif" ? "gif" : "video";
  item.poster = string_at(video, "thumbnail_url");
  item.width = static_cast<int>(integer_at(video, "width"));
  item.height = static_cast<int>(integer_at(video, "height"));
  const json& duration = member(video, "duration");
  if (duration.is_number() && std::isfinite(duration.get<double>()) && duration.get<double>() >= 0) {
    item.duration_s = duration.get<double>();
  }
  std::vector<VideoVariant> variants;
  const json& listed = member(video, "variants");
  if (listed.is_array()) {
    for (const auto& v : listed) {
      if (v.is_object()) variants.push_back({string_at(v, "url"), string_at(v, "content_type"), integer_at(v, "bitrate")});
    }
  }
  // Without variants the one rendition the mirror names is the choice.
  if (variants.empty()) variants.push_back({string_at(video, "url"), string_at(video, "format"), 0});
  const auto chosen = choose_variant(variants, choice);
  if (!chosen) return std::nullopt;
  item.url = chosen->url;
  item.content_type = chosen->content_type;
  item.bitrate = chosen->bitrate;
  return item;
}

std::vector<core::MediaItem> media_of(const json& status, const MediaChoice& choice) {
  std::vector<core::MediaItem> out;
  const json& media = member(status, "media");
  const json& photos = member(media, "photos");
  const json& videos = member(media, "videos");
  if (photos.is_array()) {
    for (const auto& p : photos) {
      if (out.size() == k_max_media) break;
      const std::string url = string_at(p, "url");
      if (url.empty()) continue;
      core::MediaItem item;
      item.kind = "photo";
      item.url = url;
      item.content_type = "image/jpeg";
      item.width = static_cast<int>(integer_at(p, "width"));
      item.height = static_cast<int>(integer_at(p, "height"));
      out.push_back(std::move(item));
    }
  }
  if (videos.is_array()) {
    for (const auto& v : videos) {
      if (out.size() == k_max_media) break;
      if (!v.is_object()) continue;
      if (auto item = video_of(v, choice)) out.push_back(std::move(*item));
    }
  }
  return out;
}

std::optional<core::Instant> created_of(const json& status) {
  const long long seconds = integer_at(status, "created_timestamp", -1);
  if (seconds > 0 && seconds < k_latest_timestamp) return core::from_unix_millis(seconds * 1000, core::Precision::second);
  const std::string text = string_at(status, "created_at");
  if (auto legacy = parse_legacy_time(text)) return legacy;
  return core::parse_iso8601(text);
}

}  // namespace

std::optional<std::string> mirror_url(std::string_view base, std::string_view id) {
  if (!is_post_id(id)) return std::nullopt;
  std::string url(base);
  while (!url.empty() && url.back() == '/') url.pop_back();
  return url + "/2/status/" + std::string(id);
}

std::optional<core::Instant> parse_legacy_time(std::string_view text) {
  // "Www Mmm DD HH:MM:SS +ZZZZ YYYY" → "YYYY-MM-DDTHH:MM:SS+ZZZZ", which parse_iso8601 reads.
  static constexpr std::array<std::string_view, 12> k_months{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                             "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  if (text.size() != 30 || text[3] != ' ' || text[7] != ' ' || text[10] != ' ' || text[19] != ' ' || text[25] != ' ') {
    return std::nullopt;
  }
  const auto month = std::find(k_months.begin(), k_months.end(), text.substr(4, 3));
  if (month == k_months.end()) return std::nullopt;
  const int m = static_cast<int>(month - k_months.begin()) + 1;
  const std::string iso = std::string(text.substr(26, 4)) + "-" + (m < 10 ? "0" : "") + std::to_string(m) + "-" +
                          std::string(text.substr(8, 2)) + "T" + std::string(text.substr(11, 8)) +
                          std::string(text.substr(20, 5));
  return core::parse_iso8601(iso);
}

core::Result<core::Post> parse_mirror(std::string_view body, long http_status, const std::string& id,
                                      const MediaChoice& choice) {
  const std::string input = "post " + id + " (" + std::string(k_mirror_via) + ")";
  auto parsed = parse_service_json(body, k_mirror_via, input);
  if (!parsed) {
    if (http_status == 404) return finding(id, core::PostStatus::not_found, "the mirror answered 404");
    return tl::unexpected(parsed.error());
  }
  const json& j = *parsed;
  const long long code = integer_at(j, "code", http_status);
  const std::string message = string_at(j, "message");
  if (code == 404 || message == "NOT_FOUND") {
    return finding(id, core::PostStatus::not_found, message.empty() ? "the mirror answered 404" : message);
  }
  if (code == 401 || code == 403 || message == "PRIVATE_TWEET") {
    return finding(id, core::PostStatus::restricted, message.empty() ? "the mirror answered " + std::to_string(code) : message);
  }
  if (code != 200) {
    return core::fail("fetch", input, "the mirror answered code " + std::to_string(code) +
                                          (message.empty() ? "" : " \"" + one_line(message) + "\""));
  }
  const json& status = member(j, "status").is_object() ? member(j, "status") : member(j, "tweet");
  if (!status.is_object()) return core::fail("fetch", input, "JSON of the wrong shape: neither status nor tweet");
  if (id_of(status).empty()) return core::fail("fetch", input, "JSON of the wrong shape: a post without an id");
  if (id_of(status) != id) {
    return core::fail("fetch", input, "JSON of the wrong shape: it describes post \"" + one_line(id_of(status)) + "\"");
  }
  core::Post post = finding(id, core::PostStatus::ok, "");
  const json& author = member(status, "author");
  post.author = string_at(author, "name");
  post.author_handle = string_at(author, "screen_name");
  post.created_at = created_of(status);
  if (!post.created_at) return core::fail("fetch", input, "JSON of the wrong shape: no readable created_timestamp or created_at");
  post.text = string_at(status, "text");
  post.lang = string_at(status, "lang");
  post.media = media_of(status, choice);
  return post;
}

}  // namespace fetch::twitter
