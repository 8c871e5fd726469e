#pragma once
// The fetch stage: for every Twitter/X embed, the post from the first of its
// services that answers (fetch/twitter_posts.hpp), for every Telegram embed
// its embed page (fetch/telegram_posts.hpp), for YouTube, TikTok, Instagram,
// Facebook and Vimeo yt-dlp's JSON when tools.yt_dlp.enabled
// (fetch/ytdlp_posts.hpp), and then their media, each answer stored in the custody cache first
// and read back from it, so that an --offline run sees exactly the same
// bytes. Media land in OUT/media/<embed>-<n>.<ext>, written under a temp name
// and renamed, so no partial file is ever there.
//
// What goes wrong becomes a one-line Error (stage "fetch", the URL without
// secrets) and, for a post, a Post with status error; the rest goes on. A
// deleted, withheld or missing post is a Post with that status: a finding.

#include <cstddef>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>

#include "core/case.hpp"
#include "core/config.hpp"
#include "core/result.hpp"
#include "fetch/custody.hpp"
#include "fetch/http_client.hpp"
#include "fetch/platforms/media_choice.hpp"

namespace fetch {

// Called as each request of a batch finishes; `what` is "posts", "links" or "media".
using StageProgress = std::function<void(std::string_view what, std::size_t done, std::size_t total)>;

class StageSource;

// A remote video made into a local file by a reader the caller provides: the
// fetch stage hands it the HLS playlists (fetch/ cannot link the media
// library, which links fetch/; the CLI passes media::remote_media_reader).
struct RemoteMediaFile {
  std::filesystem::path file;  // written, complete (temp + rename)
  std::string sha256;          // of that file
  CustodyRecord custody;       // of the URL asked for: the playlist of an HLS video
};
// Reads `url` through `source` into `stem` + an extension it chooses.
using RemoteMediaReader = std::function<core::Result<RemoteMediaFile>(
    const std::string& url, StageSource& source, const std::filesystem::path& stem)>;

struct FetchSettings {
  core::Config config;
  ClientOptions client;
  bool offline = false;  // read only the cache; fetch nothing
  MediaChoice media_choice;
  // OUT/media/. Empty: posts only, no media downloaded.
  std::filesystem::path media_dir;
  StageProgress progress;
  // Reads videos offered only as an HLS playlist; unset: they are an Error.
  RemoteMediaReader read_remote_media;
};

void fetch_posts(core::Case& c, const FetchSettings& settings);

}  // namespace fetch
