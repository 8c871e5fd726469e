#pragma once
// The bytes of one fetched answer, handed to libavformat: an AVIOContext
// (read and seek) over a window of the cached blob, so FFmpeg reads what the
// custody record names and nothing else. What it hands out is counted against
// one budget per video, so a playlist that repeats a segment cannot make the
// demuxer read without end.

#include <cstdint>
#include <filesystem>

#include "core/result.hpp"

struct AVIOContext;

namespace media {

struct ByteBudget {
  std::uint64_t served = 0;
  std::uint64_t limit = 0;
  bool exceeded() const { return served > limit; }
};

// Bytes [begin, end) of `file` (end clamped to its size). The Error (stage
// "fetch", input the file) says why it cannot be opened.
core::Result<AVIOContext*> open_window(const std::filesystem::path& file, std::uint64_t begin, std::uint64_t end,
                                       ByteBudget& budget);

// Frees what open_window made (the buffer, the context and the file).
void close_window(AVIOContext* io);

}  // namespace media
