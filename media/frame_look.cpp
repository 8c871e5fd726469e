#include "media/frame_look.hpp"

#include <cmath>
#include <new>
#include <stdexcept>

#include <opencv2/core.hpp>
#include <opencv2/img_hash/phash.hpp>
#include <opencv2/imgproc.hpp>

#include "media/bgr_frame.hpp"

namespace media {
namespace {

cv::Mat wrap(const BgrImage& image) {
  // OpenCV does not write through a const picture; the cast only lets it view one.
  return cv::Mat(image.height, image.width, CV_8UC3, const_cast<std::uint8_t*>(image.data),
                 static_cast<std::size_t>(image.stride));
}

std::uint64_t hash_of(const cv::Mat& bgr) {
  cv::Mat hash;
  cv::img_hash::pHash(bgr, hash);  // 8 bytes
  std::uint64_t value = 0;
  for (int i = 0; i < hash.cols; ++i) value = (value << 8) | hash.at<std::uint8_t>(0, i);
  return value;
}

}  // namespace

FrameMeasure measure_frame(const BgrImage& image) {
  const cv::Mat bgr = wrap(image);
  cv::Mat grey;
  cv::cvtColor(bgr, grey, cv::COLOR_BGR2GRAY);
  cv::Mat laplacian;
  cv::Laplacian(grey, laplacian, CV_32F);
  cv::Scalar mean;
  cv::Scalar deviation;
  cv::meanStdDev(laplacian, mean, deviation);
  return FrameMeasure{hash_of(bgr), cv::mean(grey)[0], deviation[0] * deviation[0]};
}

void with_upright(const BgrImage& image, double rotation_deg, const std::function<void(const BgrImage&)>& use) {
  // As ffmpeg's autorotate: a matrix angle of -90 (counter-clockwise) is shown
  // turned 90 degrees clockwise.
  const long quarter = std::lround(-rotation_deg / 90.0);
  const bool multiple = std::abs(-rotation_deg - 90.0 * static_cast<double>(quarter)) < 1.0;
  const int turn = multiple ? static_cast<int>(((quarter % 4) + 4) % 4) : 0;
  if (turn == 0) {
    use(image);
    return;
  }
  const bool sideways = turn % 2 == 1;
  auto upright = BgrFrame::allocate(sideways ? image.height : image.width, sideways ? image.width : image.height);
  if (!upright) throw std::bad_alloc();
  // Written into the padded libav buffer: the JPEG encoder's swscale reads past rows' ends.
  cv::Mat into = wrap(upright->view());
  const int code[] = {0, cv::ROTATE_90_CLOCKWISE, cv::ROTATE_180, cv::ROTATE_90_COUNTERCLOCKWISE};
  cv::rotate(wrap(image), into, code[turn]);
  if (into.data != upright->data()) throw std::logic_error("the turned picture left its buffer");
  use(upright->view());
}

}  // namespace media
