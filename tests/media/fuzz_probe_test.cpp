// Mutated fixtures through probe_file and, when it reads them, the keyframe
// extractor: 200 copies of small fixtures with bit
// flips, truncations, byte runs and spliced chunks (fixed seed, so every run
// feeds the same files). Each must give a report or a one-line error in
// time; none may crash (this runs under ASan+UBSan in CI as well).
#include <gtest/gtest.h>

#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <random>

#include "media/keyframes.hpp"
#include "media/probe.hpp"
#include "tests/support/paths.hpp"

namespace {

using namespace std::chrono_literals;

constexpr int k_cases = 200;
constexpr std::uint32_t k_seed = 0x6d656469;  // "medi"

// EMBEDCHECK_FUZZ_CASES and EMBEDCHECK_FUZZ_SEED run a longer or different sweep by hand.
long from_env(const char* name, long fallback) {
  const char* text = std::getenv(name);
  return text && *text ? std::strtol(text, nullptr, 0) : fallback;
}

// std::mt19937 is the same everywhere; distributions are not, so draws are taken by modulo.
struct Draw {
  std::mt19937 rng{static_cast<std::uint32_t>(from_env("EMBEDCHECK_FUZZ_SEED", k_seed))};
  std::size_t below(std::size_t n) { return n ? rng() % n : 0; }
};

// Most of what a demuxer or EXIF reader trusts sits in the first few KiB: half the edits land there.
std::size_t position(Draw& d, std::size_t size) {
  if (size == 0) return 0;
  return d.below(2) ? d.below(std::min<std::size_t>(size, 4096)) : d.below(size);
}

std::string mutate(std::string bytes, Draw& d, int kind) {
  if (bytes.empty()) return bytes;
  switch (kind) {
    case 0:  // bit flips
      for (std::size_t i = 0, n = 1 + d.below(16); i < n; ++i) bytes[position(d, bytes.size())] ^= static_cast<char>(1u << d.below(8));
      break;
    case 1:  // truncation
      bytes.resize(d.below(bytes.size()));
      break;
    case 2: {  // a run of one byte value (0x00, 0xFF or random)
      const std::size_t at = position(d, bytes.size());
      const std::size_t n = std::min(bytes.size() - at, 1 + d.below(64));
      const char value = d.below(3) == 0 ? '\0' : d.below(2) ? '\xFF' : static_cast<char>(d.below(256));
      std::fill_n(bytes.begin() + static_cast<std::ptrdiff_t>(at), n, value);
      break;
    }
    default: {  // a chunk of the file copied over another place (sizes and tags out of place)
      const std::size_t from = position(d, bytes.size());
      const std::size_t to = position(d, bytes.size());
      const std::size_t n = std::min({bytes.size() - from, bytes.size() - to, 1 + d.below(256)});
      bytes.replace(to, n, bytes.substr(from, n));
      break;
    }
  }
  return bytes;
}

// A file the probe read goes on to the keyframes: a result whose every
// keyframe has its JPEG, or a one-line error — never a crash.
void expect_keyframes_or_error(const std::filesystem::path& file, const media::InputLimits& limits,
                               const std::filesystem::path& out) {
  auto input = media::AvInput::open_file(file, limits);
  if (!input) return;
  media::KeyframeOptions options;
  options.out_dir = out;
  options.name = "k";
  const auto frames = media::extract_keyframes(*input, options, limits.max_pixels);
  if (frames) {
    for (const auto& k : frames->keyframes) EXPECT_TRUE(std::filesystem::exists(out / std::filesystem::path(k.file).filename()));
  } else {
    EXPECT_EQ(frames.error().message.find('\n'), std::string::npos) << frames.error().message;
  }
  std::filesystem::remove_all(out);
}

TEST(ProbeFuzz, MutatedFixturesNeverCrash) {
  // Shapes as well as bytes: odd and one-pixel sides, rotations, 10-bit and full-range pixels.
  const std::vector<std::string> sources = {"tags.mp4", "apple.mov", "rotated.mp4", "vp9.webm", "hevc.mp4",
                                            "photo-exif.jpg", "photo.png", "sticker.webp", "text-latin.mp4", "audio-only.m4a",
                                            "shape-17x9.mkv", "shape-568x320.mp4", "shape-r270.mp4", "shape-8x8.jpg",
                                            "shape-10bit-422.mp4", "shape-fullrange.mp4", "shape-4095x1.mkv"};
  std::vector<std::string> originals;
  for (const auto& name : sources) originals.push_back(testing_support::read_file(testing_support::fixture(name)));
  const auto dir = testing_support::temp_dir("probe-fuzz");
  media::InputLimits limits;
  limits.deadline = 5s;
  Draw draw;
  const int cases = static_cast<int>(from_env("EMBEDCHECK_FUZZ_CASES", k_cases));
  int reports = 0;
  int errors = 0;
  for (int i = 0; i < cases; ++i) {
    const std::size_t which = static_cast<std::size_t>(i) % sources.size();
    const auto file = dir / ("case-" + std::to_string(i) + "-" + sources[which]);
    std::ofstream(file, std::ios::binary) << mutate(originals[which], draw, i % 4);
    SCOPED_TRACE(file.string());
    const auto one = std::chrono::steady_clock::now();
    const auto got = media::probe_file(file, limits);
    EXPECT_LT(std::chrono::steady_clock::now() - one, 10s);  // the 5 s deadline held: no hang
    if (got) expect_keyframes_or_error(file, limits, dir / ("kf-" + std::to_string(i)));
    if (got) {
      ++reports;
      EXPECT_TRUE(got->kind == "video" || got->kind == "image") << got->kind;
      EXPECT_GT(got->width, 0);
      EXPECT_GT(got->height, 0);
      std::filesystem::remove(file);
    } else {
      ++errors;
      EXPECT_EQ(got.error().stage, "media");
      EXPECT_FALSE(got.error().message.empty());
      EXPECT_EQ(got.error().message.find('\n'), std::string::npos) << got.error().message;
      std::filesystem::remove(file);
    }
  }
  EXPECT_EQ(reports + errors, cases);
  EXPECT_GT(reports, 0);  // the mutations leave some files readable…
  EXPECT_GT(errors, 0);   // …and break others
  RecordProperty("reports", reports);
  RecordProperty("errors", errors);
}

}  // namespace
