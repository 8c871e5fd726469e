#include "fetch/platforms/media_choice.hpp"

namespace fetch {
namespace {

bool is_mp4(const VideoVariant& v) { return v.content_type == "video/mp4"; }
bool is_hls(const VideoVariant& v) {
  return v.content_type == "application/x-mpegURL" || v.content_type == "application/vnd.apple.mpegurl";
}

}  // namespace

std::optional<VideoVariant> choose_variant(const std::vector<VideoVariant>& variants, const MediaChoice& choice) {
  const VideoVariant* best_under = nullptr;
  const VideoVariant* smallest = nullptr;
  const VideoVariant* playlist = nullptr;
  for (const auto& v : variants) {
    if (v.url.empty()) continue;
    if (is_hls(v) && playlist == nullptr) playlist = &v;
    if (!is_mp4(v)) continue;
    if (v.bitrate <= choice.max_bitrate && (best_under == nullptr || v.bitrate > best_under->bitrate)) best_under = &v;
    if (smallest == nullptr || v.bitrate < smallest->bitrate) smallest = &v;
  }
  if (best_under) return *best_under;
  if (smallest) return *smallest;
  if (playlist) return *playlist;
  return std::nullopt;
}

}  // namespace fetch
