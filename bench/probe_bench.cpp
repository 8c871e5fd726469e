// In-process probe time per file: media::probe_file on each file given,
// RUNS times after one warm-up, median printed in milliseconds. The target
// (DESIGN, issue "Media") is at most 20 ms per file after start-up.
//
//   usage: probe_bench FILE…

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "media/av_input.hpp"
#include "media/probe.hpp"

int main(int argc, char** argv) {
  const int runs = 15;
  for (int i = 1; i < argc; ++i) {
    const char* file = argv[i];
    if (auto warm = media::probe_file(file, {}); !warm) {
      std::printf("  %-28s error: %s\n", file, warm.error().message.c_str());
      continue;
    }
    std::vector<double> ms;
    for (int r = 0; r < runs; ++r) {
      const auto start = std::chrono::steady_clock::now();
      auto probed = media::probe_file(file, {});
      ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
      if (!probed) return EXIT_FAILURE;
    }
    std::sort(ms.begin(), ms.end());
    std::printf("  %-28s %6.2f ms (median of %d)\n", file, ms[ms.size() / 2], runs);
  }
  return EXIT_SUCCESS;
}
