#include "fetch/platforms/twitter_media.hpp"

#include <nlohmann/json.hpp>

#include "fetch/service_json.hpp"

namespace fetch::twitter {
namespace {

using nlohmann::json;

// A post carries at most four photos or one video; more is not a real answer.
constexpr std::size_t k_max_media = 8;

std::vector<VideoVariant> variants_of(const json& video_info) {
  std::vector<VideoVariant> out;
  const auto it = video_info.find("variants");
  if (it == video_info.end() || !it->is_array()) return out;
  for (const auto& v : *it) {
    if (!v.is_object()) continue;
    out.push_back(VideoVariant{string_at(v, "url"), string_at(v, "content_type"), integer_at(v, "bitrate")});
  }
  return out;
}

std::optional<core::MediaItem> item_of(const json& detail, const MediaChoice& choice) {
  if (!detail.is_object()) return std::nullopt;
  const std::string type = string_at(detail, "type");
  core::MediaItem item;
  if (const auto info = detail.find("original_info"); info != detail.end()) {
    item.width = static_cast<int>(integer_at(*info, "width"));
    item.height = static_cast<int>(integer_at(*info, "height"));
  }
  if (type == "photo") {
    item.kind = "photo";
    item.url = string_at(detail, "media_url_https");
    item.content_type = "image/jpeg";
    return item.url.empty() ? std::nullopt : std::optional(item);
  }
  if (type != "video" && type != "animated_gif") return std::nullopt;
  item.kind = type == "video" ? "video" : "gif";
  item.poster = string_at(detail, "media_url_https");
  const auto info = detail.find("video_info");
  if (info == detail.end() || !info->is_object()) return std::nullopt;
  const long long millis = integer_at(*info, "duration_millis", -1);
  if (millis >= 0) item.duration_s = static_cast<double>(millis) / 1000.0;
  const auto chosen = choose_variant(variants_of(*info), choice);
  if (!chosen) return std::nullopt;
  item.url = chosen->url;
  item.content_type = chosen->content_type;
  item.bitrate = chosen->bitrate;
  return item;
}

}  // namespace

std::vector<core::MediaItem> media_from_details(const json& tweet, const MediaChoice& choice) {
  std::vector<core::MediaItem> media;
  const auto details = tweet.find("mediaDetails");
  if (details != tweet.end() && details->is_array()) {
    for (const auto& d : *details) {
      if (media.size() == k_max_media) break;
      if (auto item = item_of(d, choice)) media.push_back(std::move(*item));
    }
    return media;
  }
  const auto photos = tweet.find("photos");
  if (photos != tweet.end() && photos->is_array()) {
    for (const auto& p : *photos) {
      if (media.size() == k_max_media) break;
      const std::string url = string_at(p, "url");
      if (url.empty()) continue;
      core::MediaItem item;
      item.kind = "photo";
      item.url = url;
      item.content_type = "image/jpeg";
      media.push_back(std::move(item));
    }
  }
  return media;
}

}  // namespace fetch::twitter
