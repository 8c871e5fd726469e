#pragma once
// Settings, with this precedence: command line > EMBEDCHECK_* environment >
// config file (JSON) > defaults. Every key of the file can be set in the
// environment: "services.twitter_syndication" is EMBEDCHECK_SERVICES_TWITTER_SYNDICATION;
// list values there are comma-separated. Unknown keys and wrong types are errors.

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/result.hpp"

namespace core {

struct Limits {
  std::size_t article_bytes = 10u << 20;  // limits.article_bytes
  int html_depth = 2000;                  // limits.html_depth: checked before the HTML parser runs
  int keyframes = 64;                     // limits.keyframes: per video
  std::uint64_t media_bytes = 1ull << 30; // limits.media_bytes
  int media_seconds = 120;                // limits.media_seconds: wall-clock deadline per media file
  std::uint64_t frame_pixels = 1ull << 26;  // limits.frame_pixels: largest frame decoded (64 Mpx)
};

// How the media stage works (media.*).
struct MediaSettings {
  int keyframe_side = 640;               // media.keyframe_side: longest side of keyframe JPEGs, in pixels
  bool ocr = true;                       // media.ocr: read on-screen text (--no-ocr turns it off)
  std::string ocr_languages = "ara+eng"; // media.ocr_languages: Tesseract language codes
  int ocr_frames = 8;                    // media.ocr_frames: keyframes read per video, at most
};

struct Services {
  std::string twitter_syndication = "https://cdn.syndication.twimg.com";
  std::string twitter_oembed = "https://publish.twitter.com";
  std::string twitter_api = "https://api.x.com";
  std::string twitter_mirror = "https://api.fxtwitter.com";
  std::string telegram = "https://t.me";
  std::vector<std::string> resolver_hosts = {"t.co", "pic.twitter.com", "pic.x.com"};
};

struct Net {
  std::vector<std::string> allow_addresses;  // IP addresses or CIDR prefixes
  int timeout_s = 30;
  std::uint64_t max_bytes = 1ull << 30;
};

struct YtDlp {
  bool enabled = false;
  std::string path = "yt-dlp";
  int timeout_s = 120;
};

struct Config {
  Services services;
  Net net;
  Limits limits;
  YtDlp yt_dlp;  // tools.yt_dlp
  MediaSettings media;
  std::filesystem::path cache_dir;
  std::filesystem::path data_dir;
};

// Reads an environment variable; tests pass their own.
using EnvLookup = std::function<std::optional<std::string>(const std::string& name)>;
EnvLookup process_environment();

// Loads defaults, then `file` (if given), then the environment. Errors (stage
// "config") name the file or variable and the key.
Result<Config> load_config(const std::optional<std::filesystem::path>& file, const EnvLookup& env);

// The environment variable that sets a dotted key: "net.timeout_s" → EMBEDCHECK_NET_TIMEOUT_S.
std::string env_name_for(const std::string& dotted_key);

}  // namespace core
