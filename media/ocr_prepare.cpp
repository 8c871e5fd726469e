#include "media/ocr_prepare.hpp"

#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace media {
namespace {

cv::Mat grey_of(const cv::Mat& image) {
  if (image.channels() == 1) return image;
  cv::Mat grey;
  cv::cvtColor(image, grey, image.channels() == 4 ? cv::COLOR_BGRA2GRAY : cv::COLOR_BGR2GRAY);
  return grey;
}

// Down to the largest size the OCR reads (first, so boxes are found on a
// bounded image too).
cv::Mat bounded(const cv::Mat& grey) {
  const int side = std::max(grey.cols, grey.rows);
  if (side <= k_ocr_max_side) return grey;
  const double f = static_cast<double>(k_ocr_max_side) / side;
  cv::Mat out;
  cv::resize(grey, out, cv::Size(), f, f, cv::INTER_AREA);
  return out;
}

// A whole factor keeps strokes even; cubic interpolation keeps them smooth.
cv::Mat enlarged(const cv::Mat& grey, int reference_side) {
  const int factor = std::clamp((k_ocr_min_side + reference_side - 1) / std::max(1, reference_side), 1, 4);
  if (factor == 1) return grey;
  cv::Mat out;
  cv::resize(grey, out, cv::Size(), factor, factor, cv::INTER_CUBIC);
  return out;
}

// Thresholded before enlarging: the interpolation then smooths the letters'
// stair-stepped edges, which reads better than thresholding smooth grey.
cv::Mat inverted_padded(const cv::Mat& grey, int reference_side) {
  cv::Mat binary;
  cv::threshold(grey, binary, 0, 255, cv::THRESH_BINARY_INV | cv::THRESH_OTSU);
  const cv::Mat large = enlarged(binary, reference_side);
  cv::Mat padded;
  cv::copyMakeBorder(large, padded, k_ocr_pad, k_ocr_pad, k_ocr_pad, k_ocr_pad, cv::BORDER_CONSTANT, cv::Scalar(255));
  return padded;
}

bool is_caption_box(const cv::Rect& r, const cv::Mat& dark, std::size_t frame_pixels) {
  // At least 1/200 of the frame, at least 12 pixels tall (a line of text),
  // wider than tall (a caption runs along a line), and dark almost all over.
  if (static_cast<std::size_t>(r.area()) * 200 < frame_pixels || r.height < 12 || r.width * 5 < r.height * 6) {
    return false;
  }
  return cv::countNonZero(dark(r)) >= k_box_min_fill * r.area();
}

}  // namespace

std::vector<cv::Rect> caption_boxes(const cv::Mat& grey) {
  cv::Mat dark = grey < k_box_dark_level;
  // Closing fills the letters' strokes (a few pixels wide at keyframe size),
  // so a box with text in it counts as one dark region.
  cv::morphologyEx(dark, dark, cv::MORPH_CLOSE, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(9, 9)));
  std::vector<std::vector<cv::Point>> contours;
  cv::findContours(dark, contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_SIMPLE);
  std::vector<cv::Rect> boxes;
  for (const auto& contour : contours) {
    const cv::Rect r = cv::boundingRect(contour);
    // A box covering the whole frame is a dark frame, read as a whole.
    if (r.area() * 10 < static_cast<int>(grey.total()) * 9 && is_caption_box(r, dark, grey.total())) boxes.push_back(r);
  }
  std::sort(boxes.begin(), boxes.end(), [](const cv::Rect& a, const cv::Rect& b) { return a.area() > b.area(); });
  if (boxes.size() > static_cast<std::size_t>(k_max_boxes)) boxes.resize(k_max_boxes);
  return boxes;
}

OcrVariants prepare_for_ocr(const cv::Mat& image) {
  const cv::Mat grey = bounded(grey_of(image));
  const int side = std::max(grey.cols, grey.rows);
  OcrVariants v{enlarged(grey, side), {}};
  for (const cv::Rect& box : caption_boxes(grey)) v.light_on_dark.push_back(inverted_padded(grey(box), side));
  if (v.light_on_dark.empty()) v.light_on_dark.push_back(inverted_padded(grey, side));
  return v;
}

}  // namespace media
