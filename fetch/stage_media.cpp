#include "fetch/stage_media.hpp"

#include <cctype>
#include <string>
#include <vector>

#include "fetch/media_output.hpp"
#include "fetch/url.hpp"

namespace fetch {
namespace {

struct Job {
  core::MediaItem* item;
  std::string name;  // <embed>-<n>.<ext>
};

bool is_playlist(const core::MediaItem& item) {
  std::string type = item.content_type;
  for (char& ch : type) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return type.find("mpegurl") != std::string::npos;
}

// Videos offered only as a playlist, read one by one by the caller's reader.
void read_playlists(core::Case& c, const std::vector<Job>& jobs, StageSource& source, const FetchSettings& settings) {
  for (const Job& job : jobs) {
    core::MediaItem& item = *job.item;
    auto read = settings.read_remote_media(item.url, source, settings.media_dir / job.name);
    if (!read) {
      c.errors.push_back(read.error());
      continue;
    }
    item.file = (settings.media_dir.filename() / read->file.filename()).generic_string();
    item.sha256 = read->sha256;
    item.custody = to_custody(read->custody);
  }
}

}  // namespace

void fetch_media(core::Case& c, std::size_t first_post, StageSource& source, const FetchSettings& settings) {
  std::vector<Job> jobs;
  std::vector<Job> playlists;  // name without extension: the reader picks it
  std::vector<std::string> urls;
  for (std::size_t p = first_post; p < c.posts.size(); ++p) {
    core::Post& post = c.posts[p];
    if (post.status != core::PostStatus::ok) continue;
    for (std::size_t n = 0; n < post.media.size(); ++n) {
      core::MediaItem& item = post.media[n];
      if (item.url.empty()) continue;
      if (is_playlist(item) && settings.read_remote_media) {
        playlists.push_back(Job{&item, post.embed + "-" + std::to_string(n + 1)});
        continue;
      }
      if (is_playlist(item)) {
        // The service offered no MP4; a playlist alone is not the video.
        c.add_error("fetch", redact_url(item.url), "only an HLS playlist is offered for this video, and no reader for it was given");
        continue;
      }
      jobs.push_back(Job{&item, post.embed + "-" + std::to_string(n + 1) + "." + media_extension(item)});
      urls.push_back(item.url);
    }
  }
  read_playlists(c, playlists, source, settings);
  if (jobs.empty()) return;
  auto stored = source.files(urls, k_direct_via, settings.config.limits.media_bytes,
                             [&](std::size_t done, std::size_t total) {
                               if (settings.progress) settings.progress("media", done, total);
                             });
  for (std::size_t i = 0; i < jobs.size(); ++i) {
    if (!stored[i]) {
      c.errors.push_back(stored[i].error());
      continue;
    }
    const CustodyRecord& record = stored[i]->record;
    auto placed = place_media(source.cache()->blob_path(record.sha256), record.sha256, settings.media_dir / jobs[i].name);
    if (!placed) {
      c.errors.push_back(placed.error());
      continue;
    }
    core::MediaItem& item = *jobs[i].item;
    item.file = (settings.media_dir.filename() / jobs[i].name).generic_string();
    item.sha256 = record.sha256;
    item.custody = to_custody(record);
  }
}

}  // namespace fetch
