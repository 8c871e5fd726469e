#pragma once
// Which decoded key frames represent a video: a pure function of each frame's
// fingerprint, so it is tested without decoding anything.
//
// A frame is chosen when it is the first, when its pHash is far from the key
// frame before it (a scene cut: the picture changed between two key frames),
// or when it is far from the last frame chosen (the look drifted over a long
// shot). When more are chosen than the cap allows, the one that adds least —
// the nearest in pHash to the chosen frame before it, then the one in the
// densest stretch of time — gives way, so a long video keeps frames spread
// over its whole length, with bounded memory.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace media {

struct FrameLook {
  double t = 0;
  std::uint64_t phash = 0;
  double luma = 0;  // mean, 0 … 255
};

struct ChoiceOptions {
  int scene_cut_bits = 16;    // pHash bits that differ from the previous key frame: a cut
  double scene_cut_luma = 40; // or a jump in mean luma this large (fades to black share hashes)
  int look_change_bits = 14;  // bits that differ from the last chosen frame: a new look
  std::size_t max_chosen = 64;
};

// How many of the 64 bits differ.
int phash_distance(std::uint64_t a, std::uint64_t b);

// 16 lower-case hex digits, most significant first.
std::string phash_hex(std::uint64_t hash);

class KeyframeChooser {
 public:
  struct Chosen {
    std::size_t id;  // the order the frame was offered in
    FrameLook look;
    std::string why;  // first | scene-cut | look-change
    int distance = 0; // to the chosen frame before it, when chosen
  };

  explicit KeyframeChooser(ChoiceOptions options) : options_(options) {}

  // Offers the next key frame. Returns the reason when it is chosen.
  std::optional<std::string> offer(const FrameLook& look);
  // The chosen frame that gave way to the last offer, if one had to: its
  // file can be removed.
  std::optional<std::size_t> take_dropped();

  const std::vector<Chosen>& chosen() const { return chosen_; }
  std::size_t offered() const { return offered_; }

 private:
  void drop_least();

  ChoiceOptions options_;
  std::vector<Chosen> chosen_;
  std::optional<FrameLook> previous_;
  std::optional<std::size_t> dropped_;
  std::size_t offered_ = 0;
};

}  // namespace media
