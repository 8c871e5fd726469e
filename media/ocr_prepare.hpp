#pragma once
// The images the OCR reads for one frame. Captions on video come in two
// polarities: dark text on a light ground, which Tesseract reads as it is, and
// light text on a dark box or band (channel captions, tickers), which its
// binariser loses — the white letters come back as nothing. So each frame is
// read both ways and the more confident reading is kept; nothing has to guess
// in advance which kind of caption a frame holds.
//
//   as_is          grey, scaled so letters are tall enough for Tesseract
//   light_on_dark  each dark caption box found in the frame (a near-black
//                  region, wider than tall, that its letters only puncture),
//                  cut out, Otsu-thresholded and inverted (the letters become
//                  black on white) and padded with white (letters touching
//                  the edge are otherwise lost); the whole frame treated so
//                  when no box is found
//
// Internal to media/: the types are OpenCV's.

#include <vector>

#include <opencv2/core.hpp>

namespace media {

struct OcrVariants {
  cv::Mat as_is;
  std::vector<cv::Mat> light_on_dark;
};

// Images whose longer side is below k_ocr_min_side are scaled up by the
// smallest whole factor (at most 4) that reaches it: a 640-pixel keyframe's
// 30-pixel caption letters become 60 pixels, where Tesseract's models read
// best; a 480-pixel one is doubled, not tripled (as well read, far faster). Larger ones
// are scaled down to k_ocr_max_side, so no image can make the OCR run long.
inline constexpr int k_ocr_min_side = 960;
inline constexpr int k_ocr_max_side = 2560;
inline constexpr int k_ocr_pad = 24;          // white pixels around each inverted image
inline constexpr int k_box_dark_level = 60;   // a caption box's pixels are darker than this (0–255)
inline constexpr double k_box_min_fill = 0.85;  // share of the box's rectangle that is dark, letters filled in
inline constexpr int k_max_boxes = 8;         // the largest boxes of a frame that are read

// `image` is 8-bit with 1, 3 (BGR) or 4 (BGRA) channels and not empty.
OcrVariants prepare_for_ocr(const cv::Mat& image);

// The dark caption boxes of a grey image, largest first (at most k_max_boxes).
std::vector<cv::Rect> caption_boxes(const cv::Mat& grey);

}  // namespace media
