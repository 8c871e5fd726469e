#pragma once
// The image type behind media::OcrImage: a decoded frame as OpenCV holds it
// (8-bit, 1, 3 or 4 channels, BGR order). Only code that already uses OpenCV
// (the keyframe decoder, the OCR) includes this header; media/ocr.hpp names
// the type without it.

#include <opencv2/core.hpp>

namespace media {

struct OcrImage {
  cv::Mat pixels;
};

}  // namespace media
