#include "cli/fetch_settings.hpp"

#include "media/hls_to_file.hpp"

namespace cli {

core::Result<fetch::FetchSettings> fetch_settings(const core::Config& config, bool offline) {
  auto client = fetch::from_config(config, core::process_environment());
  if (!client) return tl::unexpected(client.error());
  fetch::FetchSettings settings;
  settings.config = config;
  settings.client = std::move(*client);
  settings.offline = offline;
  // HLS-only videos are read through the media library's gate, which fetch/ cannot link.
  settings.read_remote_media = media::remote_media_reader(config);
  return settings;
}

}  // namespace cli
