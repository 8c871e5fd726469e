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

}  // namespace

void fetch_media(core::Case& c, std::size_t first_post, StageSource& source, const FetchSettings& settings) {
  std::vector<Job> jobs;
  std::vector<std::string> urls;
  for (std::size_t p = first_post; p < c.posts.size(); ++p) {
    core::Post& post = c.posts[p];
    if (post.status != core::PostStatus::ok) continue;
    for (std::size_t n = 0; n < post.media.size(); ++n) {
      core::MediaItem& item = post.media[n];
      if (item.url.empty()) continue;
      if (is_playlist(item)) {
        // The service offered no MP4; a playlist alone is not the video.
        c.add_error("fetch", redact_url(item.url),
                    "only an HLS playlist is offered for this video; downloading its segments is not built yet");
        continue;
      }
      jobs.push_back(Job{&item, post.embed + "-" + std::to_string(n + 1) + "." + media_extension(item)});
      urls.push_back(item.url);
    }
  }
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
