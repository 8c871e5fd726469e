#pragma once
// Keyframe JPEGs through libavcodec's MJPEG encoder. libavcodec is loaded
// anyway; OpenCV's image codecs would bring a few dozen more libraries
// (GDAL, DICOM, OpenEXR…) into every run, and their start-up and memory.

#include <memory>
#include <string>

#include "core/result.hpp"
#include "media/frame_look.hpp"

namespace media {

class JpegEncoder {
 public:
  // quality: 2 (best) … 31, as ffmpeg's -q:v.
  explicit JpegEncoder(int quality = 3);
  JpegEncoder(JpegEncoder&&) noexcept;
  JpegEncoder& operator=(JpegEncoder&&) noexcept;
  ~JpegEncoder();

  // The picture as JPEG bytes, or an Error (stage "media", input `what`).
  core::Result<std::string> encode(const BgrImage& image, const std::string& what);

  struct State;

 private:
  std::unique_ptr<State> state_;
};

}  // namespace media
