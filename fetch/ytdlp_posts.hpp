#pragma once
// YouTube, TikTok, Instagram, Facebook and Vimeo posts through yt-dlp, when
// tools.yt_dlp.enabled (off by default: to read a page yt-dlp reaches the
// platform itself, outside the address guard). Only the JSON it prints is
// used; the video it names is downloaded through the guarded client with the
// other media. It runs once per post, one at a time, as
//   PATH --dump-json --no-playlist --ignore-config --no-exec --no-cache-dir -- URL
// (fetch/subprocess.hpp: no shell, a fixed argv with "--" before the URL so
// it can never be an option, a minimal environment, no file written, killed
// at tools.yt_dlp.timeout_s, stdout capped). Its output is stored in the
// custody cache under the post's URL (via "yt-dlp") before it is parsed, so
// --offline reads it back and runs nothing.

#include <optional>
#include <string>
#include <vector>

#include "core/case.hpp"
#include "fetch/fetch_stage.hpp"
#include "fetch/stage_source.hpp"

namespace fetch {

bool is_ytdlp_platform(core::Platform platform);

// The URL yt-dlp is given: the post's canonical URL from its id where the
// platform has one, else the embed's first http(s) URL; nullopt when neither
// is safe to pass (only plain http(s) URLs, no spaces or control characters).
std::optional<std::string> ytdlp_post_url(const core::Embed& embed);

// The whole argv after the program, `url` last behind "--".
std::vector<std::string> ytdlp_arguments(const std::string& url);

// Appends one Post per embed of those platforms to c.posts.
void read_ytdlp_posts(core::Case& c, StageSource& source, const FetchSettings& settings);

}  // namespace fetch
