#pragma once
// What one picture looks like, measured with OpenCV: its perceptual hash
// (img_hash pHash), mean luma and sharpness; and its JPEG. The picture is
// passed as packed BGR bytes so that callers need no OpenCV header.

#include <cstdint>
#include <functional>

namespace media {

// A view of packed BGR pixels. Pixels that libswscale reads (the JPEG
// encoder's input) must live in a media::BgrFrame, whose rows are padded.
struct BgrImage {
  const std::uint8_t* data = nullptr;
  int width = 0;
  int height = 0;
  int stride = 0;  // bytes per row
};

struct FrameMeasure {
  std::uint64_t phash = 0;
  double luma = 0;       // mean of the grey picture, 0 … 255
  double sharpness = 0;  // variance of its Laplacian
};

FrameMeasure measure_frame(const BgrImage& image);

// Turns the picture upright as the display matrix says (`rotation_deg` as
// av_display_rotation_get gives it, counter-clockwise; multiples of 90 are
// honoured, others left as they are) and hands it to `use`.
void with_upright(const BgrImage& image, double rotation_deg, const std::function<void(const BgrImage&)>& use);

}  // namespace media
