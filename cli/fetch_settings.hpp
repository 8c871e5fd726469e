#pragma once
// The fetch stage's settings from the loaded config, shared by `verify` and `post`.

#include "core/config.hpp"
#include "core/result.hpp"
#include "fetch/fetch_stage.hpp"

namespace cli {

// Client options from the config (a bad net.allow_addresses entry is an
// Error, a config error) plus the mode; media_dir and progress are left to the caller.
core::Result<fetch::FetchSettings> fetch_settings(const core::Config& config, bool offline);

}  // namespace cli
