#include "cli/progress_line.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <cstdio>

namespace cli {

ProgressLine::ProgressLine(bool wanted) : enabled_(wanted && ::isatty(STDERR_FILENO) == 1) {}

ProgressLine::~ProgressLine() {
  // "\r" then erase to the end of the line: the problems printed next start clean.
  if (drawn_) fmt::print(stderr, "\r\x1b[K");
}

fetch::StageProgress ProgressLine::callback() {
  if (!enabled_) return {};
  return [this](std::string_view what, std::size_t done, std::size_t total) {
    fmt::print(stderr, "\r\x1b[Kfetching {} {}/{} …", what, done, total);
    std::fflush(stderr);
    drawn_ = true;
  };
}

std::function<void(std::size_t, std::size_t)> ProgressLine::media_callback() {
  if (!enabled_) return {};
  return [this](std::size_t done, std::size_t total) {
    fmt::print(stderr, "\r\x1b[Kanalysing media {}/{} …", done, total);
    std::fflush(stderr);
    drawn_ = true;
  };
}

}  // namespace cli
