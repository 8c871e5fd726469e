#include "fetch/platforms/ytdlp_json.hpp"

#include <nlohmann/json.hpp>

#include <cmath>

#include "fetch/platforms/post_parts.hpp"
#include "fetch/service_json.hpp"

namespace fetch::ytdlp {
namespace {

using nlohmann::json;

// A real video lists a few dozen formats; far more is not an answer worth reading.
constexpr std::size_t k_max_formats = 1000;

double number_at(const json& j, const char* key) {
  const auto it = j.find(key);
  return it != j.end() && it->is_number() && std::isfinite(it->get<double>()) ? it->get<double>() : 0.0;
}

bool is_http(std::string_view url) { return url.starts_with("https://") || url.starts_with("http://"); }

// Video and audio in one MP4 file at a plain http(s) URL; a codec of "none" means the stream is absent.
bool is_progressive_mp4(const json& f) {
  const std::string protocol = string_at(f, "protocol");
  return string_at(f, "ext") == "mp4" && is_http(string_at(f, "url")) &&
         (protocol.empty() || protocol == "https" || protocol == "http") && string_at(f, "vcodec") != "none" &&
         string_at(f, "acodec") != "none";
}

// Bits per second: tbr (kbit/s), else video + audio, else 0 (unknown, chosen last).
std::int64_t bitrate_of(const json& f) {
  double kbps = number_at(f, "tbr");
  if (kbps <= 0) kbps = number_at(f, "vbr") + number_at(f, "abr");
  return static_cast<std::int64_t>(std::llround(std::max(0.0, kbps) * 1000.0));
}

// The chosen format's item, or nullopt when no format is a progressive MP4.
std::optional<core::MediaItem> video_of(const json& j, const MediaChoice& choice) {
  const auto formats = j.find("formats");
  if (formats == j.end() || !formats->is_array()) return std::nullopt;
  std::vector<VideoVariant> variants;
  std::vector<const json*> sources;
  for (const auto& f : *formats) {
    if (variants.size() == k_max_formats) break;
    if (!f.is_object() || !is_progressive_mp4(f)) continue;
    variants.push_back(VideoVariant{string_at(f, "url"), "video/mp4", bitrate_of(f)});
    sources.push_back(&f);
  }
  const auto chosen = choose_variant(variants, choice);
  if (!chosen) return std::nullopt;
  const json* f = nullptr;
  for (std::size_t i = 0; i < variants.size() && !f; ++i) {
    if (variants[i].url == chosen->url) f = sources[i];
  }
  core::MediaItem item;
  item.kind = "video";
  item.url = chosen->url;
  item.content_type = chosen->content_type;
  item.bitrate = chosen->bitrate;
  item.width = static_cast<int>(integer_at(*f, "width"));
  item.height = static_cast<int>(integer_at(*f, "height"));
  item.poster = is_http(string_at(j, "thumbnail")) ? string_at(j, "thumbnail") : std::string();
  if (const double d = number_at(j, "duration"); d > 0) item.duration_s = d;
  return item;
}

// The title leads unless the description already says it (TikTok's title is its description).
std::string text_of(const json& j) {
  const std::string title = string_at(j, "title");
  const std::string description = string_at(j, "description");
  if (description.empty()) return title;
  if (title.empty() || description.find(title) != std::string::npos) return description;
  return title + "\n\n" + description;
}

void set_time(const json& j, core::Post& post, std::vector<std::string>& notes) {
  const double timestamp = number_at(j, "timestamp");
  if (timestamp > 0) {
    post.created_at = core::from_unix_millis(static_cast<long long>(std::floor(timestamp)) * 1000, core::Precision::second);
    return;
  }
  const std::string day = string_at(j, "upload_date");
  if (day.size() == 8) {
    notes.push_back("yt-dlp gives only the upload day " + one_line(day.substr(0, 4) + "-" + day.substr(4, 2) + "-" +
                                                                    day.substr(6)) + " (time zone not stated)");
  } else {
    notes.push_back("yt-dlp gives no upload time");
  }
}

}  // namespace

core::Result<core::Post> parse_video_json(std::string_view body, const std::string& id, const MediaChoice& choice) {
  const std::string input = "post " + (id.empty() ? std::string("(no id)") : id) + " (" + std::string(k_via) + ")";
  auto parsed = parse_service_json(body, k_via, input);
  if (!parsed) return tl::unexpected(parsed.error());
  const json& j = *parsed;
  const std::string type = string_at(j, "_type");
  if (!type.empty() && type != "video") {
    return core::fail("fetch", input, "yt-dlp answered a " + one_line(type) + ", not one video");
  }
  const std::string answered = string_at(j, "id");
  if (answered.empty()) return core::fail("fetch", input, "JSON of the wrong shape: no id");
  if (!id.empty() && answered != id) {
    return core::fail("fetch", input, "JSON of the wrong shape: it describes post \"" + one_line(answered) + "\"");
  }
  core::Post post = post_finding(answered, core::PostStatus::ok, "", k_via);
  post.author = string_at(j, "uploader");
  if (post.author.empty()) post.author = string_at(j, "channel");
  post.author_handle = string_at(j, "uploader_id");
  if (post.author_handle.starts_with("@")) post.author_handle.erase(0, 1);
  post.text = text_of(j);
  post.lang = string_at(j, "language");
  std::vector<std::string> notes;
  set_time(j, post, notes);
  if (auto video = video_of(j, choice)) {
    post.media.push_back(std::move(*video));
  } else {
    notes.push_back("yt-dlp lists no progressive MP4 (only streaming formats, which are not downloaded)");
  }
  for (const auto& note : notes) post.status_note += (post.status_note.empty() ? "" : "; ") + note;
  return post;
}

}  // namespace fetch::ytdlp
