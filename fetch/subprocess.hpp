#pragma once
// Runs a helper program (yt-dlp) as a child with a fixed argv: never a shell,
// so nothing in a URL or a title can become a command. The child gets
// /dev/null as stdin, a minimal environment (PATH, HOME, LANG, TMPDIR; no
// tokens), its own process group, and rlimits: no file may grow past 0 bytes
// (it can print, never download), CPU seconds and address space are capped.
// A wall-clock timeout or stdout over its cap kills the whole group, so a
// grandchild cannot hold the pipe open.

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include "core/result.hpp"

namespace fetch {

struct SubprocessLimits {
  std::chrono::milliseconds timeout{120'000};
  std::size_t max_stdout = 32u << 20;
  std::size_t max_stderr = 64u << 10;  // enough for its last lines
};

struct SubprocessResult {
  bool exited = false;      // ended by itself; exit_code is then valid
  int exit_code = -1;
  int signal = 0;           // the signal that ended it, when it did not exit
  bool timed_out = false;   // killed at the timeout
  bool over_cap = false;    // killed when stdout passed max_stdout
  std::string out;          // at most max_stdout bytes
  std::string err;          // at most max_stderr bytes
};

// `program` is a path or a name looked up on PATH; argv[0] is set to it.
// An Error (stage "fetch", input `program`) when it cannot be found or started.
core::Result<SubprocessResult> run_subprocess(const std::string& program, const std::vector<std::string>& args,
                                              const SubprocessLimits& limits);

}  // namespace fetch
