#include "media/keyframe_choice.hpp"

#include <bit>
#include <cmath>
#include <limits>

#include <fmt/format.h>

namespace media {

int phash_distance(std::uint64_t a, std::uint64_t b) { return std::popcount(a ^ b); }

std::string phash_hex(std::uint64_t hash) { return fmt::format("{:016x}", hash); }

std::optional<std::string> KeyframeChooser::offer(const FrameLook& look) {
  const std::size_t id = offered_++;
  std::string why;
  if (chosen_.empty()) {
    why = "first";
  } else if (previous_ && (phash_distance(previous_->phash, look.phash) >= options_.scene_cut_bits ||
                           std::abs(previous_->luma - look.luma) >= options_.scene_cut_luma)) {
    why = "scene-cut";
  } else if (phash_distance(chosen_.back().look.phash, look.phash) >= options_.look_change_bits) {
    why = "look-change";
  }
  previous_ = look;
  if (why.empty()) return std::nullopt;
  const int distance = chosen_.empty() ? 0 : phash_distance(chosen_.back().look.phash, look.phash);
  chosen_.push_back(Chosen{id, look, why, distance});
  if (options_.max_chosen > 0 && chosen_.size() > options_.max_chosen) drop_least();
  return why;
}

// The first frame always stays. Among the others the one that adds least
// gives way: the nearest in pHash to the frame chosen before it (in steps of
// 8 bits, so small differences do not decide), and among those the one in the
// densest stretch of time, so a long video keeps frames from its whole length.
void KeyframeChooser::drop_least() {
  const std::size_t n = chosen_.size();
  std::size_t least = n;
  std::pair<int, double> least_key{std::numeric_limits<int>::max(), 0};
  for (std::size_t i = 1; i < n; ++i) {
    const double after = i + 1 < n ? chosen_[i + 1].look.t : chosen_[i].look.t;
    const std::pair<int, double> key{chosen_[i].distance / 8, after - chosen_[i - 1].look.t};
    if (key < least_key) {
      least_key = key;
      least = i;
    }
  }
  if (least == n) return;
  dropped_ = chosen_[least].id;
  chosen_.erase(chosen_.begin() + static_cast<std::ptrdiff_t>(least));
  if (least < chosen_.size()) {
    chosen_[least].distance = phash_distance(chosen_[least - 1].look.phash, chosen_[least].look.phash);
  }
}

std::optional<std::size_t> KeyframeChooser::take_dropped() {
  auto d = dropped_;
  dropped_.reset();
  return d;
}

}  // namespace media
