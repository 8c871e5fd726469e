#include "cli/fetch_settings.hpp"

namespace cli {

core::Result<fetch::FetchSettings> fetch_settings(const core::Config& config, bool offline) {
  auto client = fetch::from_config(config, core::process_environment());
  if (!client) return tl::unexpected(client.error());
  fetch::FetchSettings settings;
  settings.config = config;
  settings.client = std::move(*client);
  settings.offline = offline;
  return settings;
}

}  // namespace cli
