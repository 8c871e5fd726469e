#include "media/versions.hpp"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/avutil.h>
}

namespace media {
namespace {

std::string dotted(unsigned v) {
  return std::to_string(AV_VERSION_MAJOR(v)) + "." + std::to_string(AV_VERSION_MINOR(v)) + "." +
         std::to_string(AV_VERSION_MICRO(v));
}

}  // namespace

std::string library_version() {
  return std::string("FFmpeg ") + av_version_info() + " (libavformat " + dotted(avformat_version()) +
         ", libavcodec " + dotted(avcodec_version()) + ")";
}

}  // namespace media
