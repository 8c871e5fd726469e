#include <gtest/gtest.h>

#include "media/versions.hpp"

namespace {

TEST(MediaVersions, NamesFFmpegAndItsLibraries) {
  const std::string v = media::library_version();
  EXPECT_EQ(v.rfind("FFmpeg ", 0), 0u) << v;
  EXPECT_NE(v.find("libavformat "), std::string::npos) << v;
}

}  // namespace
