#include "fetch/cache_blobs.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <random>
#include <string>
#include <system_error>
#include <utility>

namespace fetch::blobs {
namespace {

std::string errno_text() { return std::strerror(errno); }

struct Fd {
  int fd = -1;
  ~Fd() {
    if (fd >= 0) ::close(fd);
  }
};

// pid + counter + random: unique across processes (shards) and across the
// Cache objects of one process, without any coordination.
std::filesystem::path unique_temp(const std::filesystem::path& tmp_dir) {
  static std::atomic<unsigned long> counter{0};
  static const unsigned long salt = std::random_device{}();
  return tmp_dir / (std::to_string(::getpid()) + "-" + std::to_string(counter++) + "-" + std::to_string(salt) + ".tmp");
}

bool write_all(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

core::Result<void> fsync_file(const std::filesystem::path& path) {
  Fd file{::open(path.c_str(), O_RDONLY | O_CLOEXEC)};
  if (file.fd < 0 || ::fsync(file.fd) != 0) return core::fail("fetch", path.string(), "cannot fsync: " + errno_text());
  return {};
}

// Copies `source` into `temp` (created exclusively), hashing on the way.
core::Result<FileDigest> copy_hashing(const std::filesystem::path& source, const std::filesystem::path& temp) {
  Fd in{::open(source.c_str(), O_RDONLY | O_CLOEXEC)};
  if (in.fd < 0) return core::fail("fetch", source.string(), "cannot open to store: " + errno_text());
  Fd out{::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644)};
  if (out.fd < 0) return core::fail("fetch", temp.string(), "cannot create: " + errno_text());
  Sha256 hash;
  FileDigest digest;
  char buffer[65536];
  while (true) {
    const ssize_t n = ::read(in.fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return core::fail("fetch", source.string(), "cannot read to store: " + errno_text());
    if (n == 0) break;
    const std::string_view chunk(buffer, static_cast<std::size_t>(n));
    if (!write_all(out.fd, chunk)) return core::fail("fetch", temp.string(), "cannot write: " + errno_text());
    hash.update(chunk);
    digest.size += chunk.size();
  }
  if (::fsync(out.fd) != 0) return core::fail("fetch", temp.string(), "cannot fsync: " + errno_text());
  digest.sha256 = hash.hex_digest();
  return digest;
}

}  // namespace

void fsync_dir(const std::filesystem::path& dir) {
  Fd folder{::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)};
  if (folder.fd >= 0) ::fsync(folder.fd);
}

core::Result<Temp> write_temp(const std::filesystem::path& tmp_dir, std::string_view bytes) {
  Temp temp{unique_temp(tmp_dir), {sha256_hex(bytes), bytes.size()}};
  Fd file{::open(temp.path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644)};
  if (file.fd < 0) return core::fail("fetch", temp.path.string(), "cannot create: " + errno_text());
  if (!write_all(file.fd, bytes) || ::fsync(file.fd) != 0) {
    const std::string reason = errno_text();
    ::unlink(temp.path.c_str());
    return core::fail("fetch", temp.path.string(), "cannot write: " + reason);
  }
  return temp;
}

core::Result<Temp> take_file(const std::filesystem::path& tmp_dir, const std::filesystem::path& source) {
  Temp temp{unique_temp(tmp_dir), {}};
  struct stat info {};
  if (::stat(source.c_str(), &info) != 0) return core::fail("fetch", source.string(), "cannot store: " + errno_text());
  if (!S_ISREG(info.st_mode)) return core::fail("fetch", source.string(), "cannot store: not a regular file");
  if (::rename(source.c_str(), temp.path.c_str()) == 0) {
    core::Result<FileDigest> digest = fsync_file(temp.path).and_then([&] { return sha256_file(temp.path); });
    if (!digest) {
      // Give the caller its file back: nothing was stored.
      ::rename(temp.path.c_str(), source.c_str());
      return tl::unexpected(digest.error());
    }
    temp.digest = std::move(*digest);
    return temp;
  }
  if (errno != EXDEV) return core::fail("fetch", source.string(), "cannot move into the cache: " + errno_text());
  auto digest = copy_hashing(source, temp.path);
  if (!digest) {
    ::unlink(temp.path.c_str());
    return tl::unexpected(digest.error());
  }
  temp.digest = std::move(*digest);
  ::unlink(source.c_str());
  return temp;
}

core::Result<void> place(const Temp& temp, const std::filesystem::path& blob) {
  const auto folder = blob.parent_path();
  std::error_code ec;
  if (std::filesystem::create_directory(folder, ec)) fsync_dir(folder.parent_path());
  if (ec) {
    ::unlink(temp.path.c_str());
    return core::fail("fetch", folder.string(), "cannot create the blob folder: " + ec.message());
  }
  // Renaming over an existing blob of the same name replaces identical
  // content (readers keep the file they opened) and repairs one that was
  // altered since: storing the same bytes again always leaves a good blob.
  if (::rename(temp.path.c_str(), blob.c_str()) != 0) {
    const std::string reason = errno_text();
    ::unlink(temp.path.c_str());
    return core::fail("fetch", blob.string(), "cannot move the blob into place: " + reason);
  }
  fsync_dir(folder);
  return {};
}

core::Result<FileLock> FileLock::open(const std::filesystem::path& path) {
  const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) return core::fail("fetch", path.string(), "cannot open the cache lock file: " + errno_text());
  return FileLock(fd);
}

FileLock::~FileLock() {
  if (m_fd >= 0) ::close(m_fd);
}

FileLock::FileLock(FileLock&& other) noexcept : m_fd(std::exchange(other.m_fd, -1)) {}

FileLock& FileLock::operator=(FileLock&& other) noexcept {
  if (this != &other) {
    if (m_fd >= 0) ::close(m_fd);
    m_fd = std::exchange(other.m_fd, -1);
  }
  return *this;
}

FileLock::Guard::Guard(const FileLock& lock, bool exclusive) : m_fd(lock.m_fd) {
  // flock only fails on a bad descriptor or an interrupted wait; a retry
  // covers the latter, and the former cannot happen on an open FileLock.
  while (::flock(m_fd, exclusive ? LOCK_EX : LOCK_SH) != 0 && errno == EINTR) {
  }
}

FileLock::Guard::~Guard() { ::flock(m_fd, LOCK_UN); }

}  // namespace fetch::blobs
