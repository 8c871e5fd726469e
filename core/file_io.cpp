#include "core/file_io.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <random>

namespace core {
namespace {

std::string errno_text() { return std::strerror(errno); }

// Closes the descriptor when it goes out of scope.
struct Fd {
  int fd = -1;
  ~Fd() {
    if (fd >= 0) ::close(fd);
  }
};

bool write_all(int fd, std::string_view content) {
  while (!content.empty()) {
    const ssize_t n = ::write(fd, content.data(), content.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    content.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

}  // namespace

Result<std::string> read_file_limited(const std::filesystem::path& path, std::size_t max_bytes,
                                      std::string_view limit_hint) {
  const std::string name = path.string();
  Fd file{::open(name.c_str(), O_RDONLY | O_CLOEXEC)};
  if (file.fd < 0) return fail("ingest", name, "cannot open: " + errno_text());
  struct stat info {};
  if (::fstat(file.fd, &info) != 0) return fail("ingest", name, "cannot read: " + errno_text());
  if (S_ISDIR(info.st_mode)) return fail("ingest", name, "is a folder, not a file");
  if (S_ISREG(info.st_mode) && static_cast<std::size_t>(info.st_size) > max_bytes) {
    return fail("ingest", name,
                "is " + std::to_string(info.st_size) + " bytes, over the limit of " + std::to_string(max_bytes) +
                    " bytes (" + std::string(limit_hint) + ")");
  }
  std::string content;
  char buffer[65536];
  while (true) {
    const ssize_t n = ::read(file.fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return fail("ingest", name, "read failed: " + errno_text());
    if (n == 0) break;
    content.append(buffer, static_cast<std::size_t>(n));
    // A pipe or device has no size to check up front: stop at the limit.
    if (content.size() > max_bytes) {
      return fail("ingest", name,
                  "is over the limit of " + std::to_string(max_bytes) + " bytes (" + std::string(limit_hint) + ")");
    }
  }
  return content;
}

Result<void> write_file_atomic(const std::filesystem::path& path, std::string_view content, Sync sync) {
  const std::string name = path.string();
  std::filesystem::path folder = path.parent_path();
  if (folder.empty()) folder = ".";
  std::random_device random;
  const std::string temp = (folder / ("." + path.filename().string() + ".tmp-" + std::to_string(random()))).string();
  {
    Fd file{::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644)};
    if (file.fd < 0) return fail("report", name, "cannot create: " + errno_text());
    if (!write_all(file.fd, content) || (sync == Sync::durable && ::fsync(file.fd) != 0)) {
      const std::string reason = errno_text();
      ::unlink(temp.c_str());
      return fail("report", name, "cannot write: " + reason);
    }
  }
  if (::rename(temp.c_str(), name.c_str()) != 0) {
    const std::string reason = errno_text();
    ::unlink(temp.c_str());
    return fail("report", name, "cannot rename into place: " + reason);
  }
  if (sync == Sync::durable) {
    Fd dir{::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)};
    if (dir.fd >= 0) ::fsync(dir.fd);
  }
  return {};
}

}  // namespace core
