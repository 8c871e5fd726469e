#pragma once
// File-level steps of the blob store, each safe against a kill at any moment
// and against other processes doing the same: bytes go to a uniquely named
// temp file, are fsynced, and only then renamed onto the blob's final name.

#include <cstdint>
#include <filesystem>
#include <string_view>

#include "core/result.hpp"
#include "fetch/sha256.hpp"

namespace fetch::blobs {

// A temp file written in full and fsynced, with the digest of its bytes.
struct Temp {
  std::filesystem::path path;
  FileDigest digest;
};

// Writes `bytes` to a fresh "*.tmp" file in `tmp_dir`.
core::Result<Temp> write_temp(const std::filesystem::path& tmp_dir, std::string_view bytes);

// Takes `source` over as a fresh "*.tmp" file in `tmp_dir`: a rename on the
// same file system, a copy (then the source removed) across file systems.
// The digest is computed from the temp file, so it describes exactly the
// bytes that will be stored, whatever happens to the source afterwards.
core::Result<Temp> take_file(const std::filesystem::path& tmp_dir, const std::filesystem::path& source);

// Moves `temp` onto `blob` (creating its fan-out folder) and fsyncs the
// folders, so the blob is durable before any index row can name it. A blob
// of that name already there is replaced by the same bytes: identical content
// is stored once, and writers racing with the same content both succeed.
core::Result<void> place(const Temp& temp, const std::filesystem::path& blob);

// Flushes a folder's entries (a rename is atomic but durable only then).
void fsync_dir(const std::filesystem::path& dir);

// An advisory lock on a file (flock): writers hold it shared while a blob is
// between temp and index row; prune holds it exclusively, so it never removes
// a temp file or a not-yet-indexed blob that a live writer still needs. The
// kernel drops it when the process dies, so a killed writer blocks no one.
class FileLock {
public:
  static core::Result<FileLock> open(const std::filesystem::path& path);
  ~FileLock();
  FileLock(FileLock&& other) noexcept;
  FileLock& operator=(FileLock&& other) noexcept;
  FileLock(const FileLock&) = delete;
  FileLock& operator=(const FileLock&) = delete;

  // Holds the lock until the guard is destroyed.
  class Guard {
  public:
    Guard(const FileLock& lock, bool exclusive);
    ~Guard();
    Guard(const Guard&) = delete;
    Guard& operator=(const Guard&) = delete;

  private:
    int m_fd;
  };

private:
  explicit FileLock(int fd) : m_fd(fd) {}
  int m_fd = -1;
};

}  // namespace fetch::blobs
