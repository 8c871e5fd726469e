#include <gtest/gtest.h>

#include "media/keyframe_choice.hpp"

namespace {

using media::FrameLook;
using media::KeyframeChooser;

TEST(PhashDistance, CountsDifferingBits) {
  EXPECT_EQ(media::phash_distance(0, 0), 0);
  EXPECT_EQ(media::phash_distance(0, 0xFFFFFFFFFFFFFFFFull), 64);
  EXPECT_EQ(media::phash_distance(0b1011, 0b0001), 2);
  EXPECT_EQ(media::phash_hex(0x00ab00000000cd01ull), "00ab00000000cd01");
}

TEST(KeyframeChooser, FirstFrameThenOnlyCutsAndLookChanges) {
  KeyframeChooser chooser({});
  EXPECT_EQ(chooser.offer(FrameLook{0, 0x0, 100}).value_or(""), "first");
  EXPECT_FALSE(chooser.offer(FrameLook{2, 0x3, 100}));                       // 2 bits: same shot
  EXPECT_EQ(chooser.offer(FrameLook{4, 0xFFFF0000ull, 100}).value_or(""), "scene-cut");  // 16 bits from the last
  EXPECT_FALSE(chooser.offer(FrameLook{6, 0xFFFF0000ull, 100}));
  EXPECT_EQ(chooser.offer(FrameLook{8, 0xFFFF0000ull, 180}).value_or(""), "scene-cut");  // luma jump, same hash
  ASSERT_EQ(chooser.chosen().size(), 3u);
  EXPECT_EQ(chooser.offered(), 5u);
}

TEST(KeyframeChooser, SlowDriftBecomesALookChange) {
  KeyframeChooser chooser({});
  std::uint64_t hash = 0;
  chooser.offer(FrameLook{0, hash, 100});
  int changes = 0;
  for (int i = 1; i <= 14; ++i) {
    hash |= 1ull << i;  // one more bit each key frame: never a cut
    if (auto why = chooser.offer(FrameLook{static_cast<double>(i), hash, 100})) {
      EXPECT_EQ(*why, "look-change");
      ++changes;
    }
  }
  EXPECT_EQ(changes, 1);  // 14 bits from the first frame, reached once
}

TEST(KeyframeChooser, CapDropsTheFrameNearestToItsPredecessor) {
  media::ChoiceOptions options;
  options.max_chosen = 3;
  KeyframeChooser chooser(options);
  chooser.offer(FrameLook{0, 0x0, 100});
  chooser.offer(FrameLook{1, 0xFFFFFFFFFFFFFFFFull, 100});  // 64 bits from the first
  chooser.offer(FrameLook{2, 0x0000FFFFFFFFFFFFull, 100});  // 16 bits from the one before: a cut, but the least new
  EXPECT_FALSE(chooser.take_dropped());
  chooser.offer(FrameLook{3, 0x0000000000000000ull, 100});  // 48 bits from the one before
  ASSERT_EQ(chooser.chosen().size(), 3u);
  EXPECT_EQ(chooser.take_dropped().value_or(99), 2u);  // the offer at t=2 gave way
  EXPECT_FALSE(chooser.take_dropped());                // said once
  EXPECT_EQ(chooser.chosen()[0].look.t, 0);
  EXPECT_EQ(chooser.chosen()[1].look.t, 1);
  EXPECT_EQ(chooser.chosen()[2].look.t, 3);
  EXPECT_EQ(chooser.chosen()[2].distance, 64);  // recomputed against its new predecessor
}

TEST(KeyframeChooser, CapKeepsFramesFromTheWholeLength) {
  media::ChoiceOptions options;
  options.max_chosen = 10;
  KeyframeChooser chooser(options);
  for (int i = 0; i < 100; ++i) chooser.offer(FrameLook{static_cast<double>(i), i % 2 ? ~0ull : 0ull, 100});
  const auto& chosen = chooser.chosen();
  ASSERT_EQ(chosen.size(), 10u);
  EXPECT_EQ(chosen.front().look.t, 0);
  EXPECT_GE(chosen.back().look.t, 90);
  for (std::size_t i = 1; i < chosen.size(); ++i) EXPECT_LE(chosen[i].look.t - chosen[i - 1].look.t, 25) << i;  // 11 would be even
}

TEST(KeyframeChooser, NoCapMeansEveryCutKept) {
  media::ChoiceOptions options;
  options.max_chosen = 0;
  KeyframeChooser chooser(options);
  for (int i = 0; i < 200; ++i) chooser.offer(FrameLook{static_cast<double>(i), i % 2 ? ~0ull : 0ull, 100});
  EXPECT_EQ(chooser.chosen().size(), 200u);
}

}  // namespace
