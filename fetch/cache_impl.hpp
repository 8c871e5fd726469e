#pragma once
// The state behind a Cache, shared by cache.cpp and cache_prune.cpp.

#include <filesystem>
#include <string>

#include "core/error.hpp"
#include "core/sqlite.hpp"
#include "fetch/cache.hpp"
#include "fetch/cache_blobs.hpp"

namespace fetch {

struct Cache::Impl {
  std::filesystem::path dir;
  blobs::FileLock lock;
  core::Database db;

  std::filesystem::path index_path() const { return dir / "index.sqlite"; }
  std::filesystem::path tmp_dir() const { return dir / "tmp"; }
  std::filesystem::path blobs_dir() const { return dir / "blobs"; }
};

// An SQLite failure on the index as a one-line Error; a damaged file says how
// to recover.
core::Error index_error(const std::filesystem::path& index, const core::SqliteError& error);

}  // namespace fetch
