#include "media/remote_media.hpp"

#include <optional>

#include "fetch/cache.hpp"
#include "fetch/http_client.hpp"
#include "fetch/stage_source.hpp"
#include "media/hls_to_file.hpp"

namespace media {

core::Result<fetch::RemoteMediaFile> fetch_media_url(const std::string& url, const core::Config& config, bool offline,
                                                     const std::filesystem::path& stem) {
  auto options = fetch::from_config(config, core::process_environment());
  if (!options) return tl::unexpected(options.error());
  // Offline, a missing cache is not made: every lookup misses.
  std::optional<fetch::Cache> cache;
  if (!offline || std::filesystem::exists(config.cache_dir / "index.sqlite")) {
    auto opened = fetch::Cache::open(config.cache_dir);
    if (!opened) return tl::unexpected(opened.error());
    cache.emplace(std::move(*opened));
  }
  std::optional<fetch::Client> client;
  if (!offline) client.emplace(*options);
  fetch::StageSource source(cache ? &*cache : nullptr, client ? &*client : nullptr);
  return remote_to_file(url, source, remote_limits(config), stem);
}

}  // namespace media
