#include <gtest/gtest.h>

#include "media/ocr_choice.hpp"

namespace {

std::vector<core::Keyframe> frames(const std::vector<double>& sharpness) {
  std::vector<core::Keyframe> out;
  for (std::size_t i = 0; i < sharpness.size(); ++i) {
    core::Keyframe k;
    k.t = static_cast<double>(i);
    k.sharpness = sharpness[i];
    out.push_back(k);
  }
  return out;
}

TEST(OcrChoice, FewFramesAreAllRead) {
  EXPECT_EQ(media::frames_to_read(frames({1, 2, 3}), 8), (std::vector<std::size_t>{0, 1, 2}));
  EXPECT_TRUE(media::frames_to_read(frames({}), 8).empty());
  EXPECT_TRUE(media::frames_to_read(frames({1, 2}), 0).empty());
}

TEST(OcrChoice, ManyFramesGiveTheSharpestOfEachRun) {
  // Four runs of three: the sharpest of each.
  const auto chosen = media::frames_to_read(frames({1, 9, 2, 5, 4, 3, 0, 0, 7, 8, 1, 1}), 4);
  EXPECT_EQ(chosen, (std::vector<std::size_t>{1, 3, 8, 9}));
}

TEST(OcrChoice, TheWholeLengthIsCovered) {
  const auto chosen = media::frames_to_read(frames(std::vector<double>(64, 1.0)), 8);
  ASSERT_EQ(chosen.size(), 8u);
  EXPECT_LT(chosen.front(), 8u);
  EXPECT_GE(chosen.back(), 56u);
}

}  // namespace
