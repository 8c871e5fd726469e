#pragma once
// Media files in the output folder (OUT/media/<embed>-<n>.<ext>): copied from
// the cache's blob under a temp name, checked against the digest the custody
// record cites, then renamed, so the folder never holds a partial or altered
// file.

#include <filesystem>
#include <string>

#include "core/case.hpp"
#include "core/result.hpp"

namespace fetch {

// "mp4", "jpg", "png", "gif", "webp", …: from the content type, else from the
// URL's path, else "bin". Only [a-z0-9], so it cannot reshape a path.
std::string media_extension(const core::MediaItem& item);

// Copies `blob` to `target` (temp + rename) and checks the copy's SHA-256 is
// `sha256`; on any failure nothing is left at `target` or beside it.
core::Result<void> place_media(const std::filesystem::path& blob, const std::string& sha256,
                               const std::filesystem::path& target);

}  // namespace fetch
