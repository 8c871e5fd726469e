#pragma once
// `embedcheck media URL`: one direct media URL or HLS playlist made into a
// local file through the gate, with the cache and client the fetch stage
// uses (cache_dir, net.*), so its custody is recorded the same way and an
// --offline run reads it back from the cache alone.

#include <filesystem>
#include <string>

#include "core/config.hpp"
#include "core/result.hpp"
#include "fetch/fetch_stage.hpp"

namespace media {

// Writes <stem>.<ext> (see media/hls_to_file.hpp). Errors: a bad
// net.allow_addresses (stage "config"), a cache that cannot be opened, and
// everything remote_to_file refuses.
core::Result<fetch::RemoteMediaFile> fetch_media_url(const std::string& url, const core::Config& config, bool offline,
                                                     const std::filesystem::path& stem);

}  // namespace media
