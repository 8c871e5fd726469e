// Picture shapes real devices write: odd and one-pixel sides, widths that are
// not a multiple of 16, portrait video turned by the display matrix, 10-bit
// and full-range pixels, 4K. Each goes through the whole media stage with the
// OCR on; under AddressSanitizer a byte written or read outside a buffer
// fails the run. The keyframes must show the picture upright.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>

#include "media/media_stage.hpp"
#include "media/picture_file.hpp"
#include "tests/support/paths.hpp"

namespace {

namespace fs = std::filesystem;
using testing_support::fixture;

struct Shape {
  std::string file;
  int shown_width = 0;
  int shown_height = 0;
};

std::vector<Shape> shapes() {
  std::vector<Shape> out;
  const auto truth = nlohmann::json::parse(testing_support::read_file(fixture("shape-truth.json")));
  for (const auto& s : truth) out.push_back(Shape{s["file"], s["shown"][0], s["shown"][1]});
  return out;
}

media::MediaStageSettings settings_for(const fs::path& out) {
  media::MediaStageSettings s;
  s.out_dir = out;
  s.media.ocr = true;
  s.media.ocr_frames = 2;
  return s;
}

// The keyframe's size once scaled as the stage scales (longest side at most 640, never enlarged).
std::pair<int, int> expected_size(const Shape& s, int longest) {
  const int side = std::max(s.shown_width, s.shown_height);
  if (side <= longest) return {s.shown_width, s.shown_height};
  const double k = static_cast<double>(longest) / side;
  return {std::max(2, static_cast<int>(std::lround(s.shown_width * k)) & ~1),
          std::max(2, static_cast<int>(std::lround(s.shown_height * k)) & ~1)};
}

TEST(Shapes, EveryShapeGoesThroughTheStageUpright) {
  const auto all = shapes();
  ASSERT_EQ(all.size(), 15u);
  for (const Shape& shape : all) {
    SCOPED_TRACE(shape.file);
    const fs::path out = testing_support::temp_dir("shapes-" + shape.file);
    core::Case c;
    media::analyse_file(c, media::MediaInput{fixture(shape.file), "", shape.file, "k"}, settings_for(out));
    ASSERT_EQ(c.media.size(), 1u);
    for (const auto& e : c.errors) ADD_FAILURE() << e.input << ": " << e.message;
    const core::MediaReport& m = c.media[0];
    ASSERT_FALSE(m.keyframes.empty());
    const auto [w, h] = expected_size(shape, settings_for(out).media.keyframe_side);
    for (const auto& k : m.keyframes) {
      auto picture = media::read_picture(out / k.file);
      ASSERT_TRUE(picture) << k.file;
      EXPECT_EQ((*picture)->width(), w) << k.file;
      EXPECT_EQ((*picture)->height(), h) << k.file;
    }
  }
}

// The padded buffer: rows at least width × 3 bytes, aligned for SIMD.
TEST(Shapes, BgrFramesArePaddedAndAligned) {
  for (const auto& [w, h] : std::vector<std::pair<int, int>>{{1, 1}, {17, 9}, {568, 320}, {4095, 1}}) {
    auto frame = media::BgrFrame::allocate(w, h);
    ASSERT_TRUE(frame);
    EXPECT_GE(frame->stride(), w * 3);
    EXPECT_EQ(frame->stride() % 16, 0);
    EXPECT_EQ(reinterpret_cast<std::uintptr_t>(frame->data()) % 16, 0u);
  }
  EXPECT_FALSE(media::BgrFrame::allocate(0, 10));
  EXPECT_FALSE(media::BgrFrame::allocate(10, -1));
}

}  // namespace
