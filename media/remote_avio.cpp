#include "media/remote_avio.hpp"

extern "C" {
#include <libavformat/avio.h>
#include <libavutil/error.h>
#include <libavutil/mem.h>
}

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace media {
namespace {

constexpr int k_buffer_bytes = 64 * 1024;

struct Window {
  int fd = -1;
  std::int64_t begin = 0;
  std::int64_t size = 0;  // of the window
  std::int64_t pos = 0;   // within the window
  ByteBudget* budget = nullptr;
};

int read_window(void* opaque, std::uint8_t* buf, int buf_size) {
  auto* w = static_cast<Window*>(opaque);
  const std::int64_t left = w->size - w->pos;
  if (left <= 0) return AVERROR_EOF;
  const auto want = static_cast<std::size_t>(std::min<std::int64_t>(left, buf_size));
  ssize_t got;
  do {
    got = ::pread(w->fd, buf, want, static_cast<off_t>(w->begin + w->pos));
  } while (got < 0 && errno == EINTR);
  if (got < 0) return AVERROR(errno);
  if (got == 0) return AVERROR_EOF;  // the file shrank under us
  w->pos += got;
  w->budget->served += static_cast<std::uint64_t>(got);
  return static_cast<int>(got);
}

std::int64_t seek_window(void* opaque, std::int64_t offset, int whence) {
  auto* w = static_cast<Window*>(opaque);
  std::int64_t target = 0;
  switch (whence & ~AVSEEK_FORCE) {
    case AVSEEK_SIZE: return w->size;
    case SEEK_SET: target = offset; break;
    case SEEK_CUR: target = w->pos + offset; break;
    case SEEK_END: target = w->size + offset; break;
    default: return AVERROR(EINVAL);
  }
  if (target < 0 || target > w->size) return AVERROR(EINVAL);
  w->pos = target;
  return target;
}

core::Result<int> open_readonly(const std::filesystem::path& file, std::int64_t& size) {
  const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return core::fail("fetch", file.string(), std::string("cannot open the cached bytes: ") + std::strerror(errno));
  struct stat info {};
  if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
    ::close(fd);
    return core::fail("fetch", file.string(), "the cached bytes are not a regular file");
  }
  size = info.st_size;
  return fd;
}

}  // namespace

core::Result<AVIOContext*> open_window(const std::filesystem::path& file, std::uint64_t begin, std::uint64_t end,
                                       ByteBudget& budget) {
  std::int64_t file_size = 0;
  auto fd = open_readonly(file, file_size);
  if (!fd) return tl::unexpected(fd.error());
  auto* w = new Window{*fd, 0, 0, 0, &budget};
  w->begin = std::min<std::int64_t>(static_cast<std::int64_t>(std::min<std::uint64_t>(begin, INT64_MAX)), file_size);
  const std::int64_t stop = std::min<std::int64_t>(static_cast<std::int64_t>(std::min<std::uint64_t>(end, INT64_MAX)), file_size);
  w->size = std::max<std::int64_t>(stop - w->begin, 0);
  auto* buffer = static_cast<unsigned char*>(av_malloc(k_buffer_bytes));
  AVIOContext* io = buffer ? avio_alloc_context(buffer, k_buffer_bytes, 0, w, &read_window, nullptr, &seek_window) : nullptr;
  if (!io) {
    av_free(buffer);
    ::close(w->fd);
    delete w;
    return core::fail("fetch", file.string(), "out of memory opening the cached bytes");
  }
  return io;
}

void close_window(AVIOContext* io) {
  if (!io) return;
  auto* w = static_cast<Window*>(io->opaque);
  av_freep(&io->buffer);
  avio_context_free(&io);
  if (w) {
    ::close(w->fd);
    delete w;
  }
}

}  // namespace media
