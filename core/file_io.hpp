#pragma once
// Reading inputs within a size limit, and writing outputs so that a reader
// never sees a half-written file: write a temporary beside it, fsync, rename.

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

#include "core/result.hpp"

namespace core {

// The whole file, or an Error (stage "ingest") naming the path and the reason:
// missing, unreadable, a folder, or larger than `max_bytes` (checked before reading).
Result<std::string> read_file_limited(const std::filesystem::path& path, std::size_t max_bytes,
                                      std::string_view limit_hint);

// `durable`: the bytes and the name are on disk when the call returns (fsync
// of the file and the folder). `none`: a reader still never sees a partial
// file, but a power cut may lose it — for files made again from evidence
// kept elsewhere (keyframe JPEGs), where a sync per file would cost more
// than making them.
enum class Sync { durable, none };

// Writes `content` to `path` atomically: temp file in the same folder, (fsync,)
// rename, (fsync of the folder). On failure nothing is left at `path` or beside it.
Result<void> write_file_atomic(const std::filesystem::path& path, std::string_view content, Sync sync = Sync::durable);

}  // namespace core
