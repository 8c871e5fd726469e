#pragma once
#include <string>

namespace media {

// "FFmpeg 5.1.x (libavformat 59.27.100, libavcodec 59.37.100)".
std::string library_version();

}  // namespace media
