#include "tests/media/image_metadata_fixture.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <fstream>

#include "tests/support/paths.hpp"

namespace media_testing {

namespace fs = std::filesystem;

fs::path real_media() { return testing_support::shared_dir() / "real-media"; }

fs::path real_file(const std::string& name) {
  const fs::path path = real_media() / "files" / name;
  EXPECT_TRUE(fs::is_regular_file(path)) << path << " is missing: EMBEDCHECK_SHARED_DIR must hold real-media/files/";
  return path;
}

fs::path write(const fs::path& path, const Bytes& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

Bytes tiff_of_jpeg(const Bytes& jpeg) {
  const auto at = jpeg.find(std::string("Exif\0\0", 6));
  if (at == Bytes::npos || at < 2) {
    ADD_FAILURE() << "no EXIF in the JPEG";
    return {};
  }
  const std::size_t length = (static_cast<unsigned char>(jpeg[at - 2]) << 8) | static_cast<unsigned char>(jpeg[at - 1]);
  return jpeg.substr(at + 6, length - 2 - 6);
}

Bytes mutated(const Bytes& original, std::mt19937& random, int round) {
  Bytes bytes = original;
  auto position = [&](std::size_t size) { return std::uniform_int_distribution<std::size_t>(0, size - 1)(random); };
  switch (round % 3) {
    case 0: bytes.resize(position(bytes.size())); break;
    case 1:
      for (int flips = std::uniform_int_distribution<int>(1, 16)(random); flips > 0; --flips) {
        bytes[position(bytes.size())] ^= static_cast<char>(1 << std::uniform_int_distribution<int>(0, 7)(random));
      }
      break;
    default: {
      const std::size_t at = position(bytes.size() - 4);
      const char fill = (round / 3) % 2 ? '\xFF' : '\0';
      std::fill_n(bytes.begin() + static_cast<std::ptrdiff_t>(at), 4, fill);
    }
  }
  return bytes;
}

void expect_bounded(const std::optional<media::ImageMetadata>& m) {
  if (!m) return;
  EXPECT_LE(m->xmp_fields.size(), 200u);
  for (const auto& [name, value] : m->xmp_fields) EXPECT_LE(value.size(), 512u) << name;
  for (const auto& [name, value] : m->exif.fields) EXPECT_LE(value.size(), 512u) << name;
  EXPECT_LE(std::abs(m->exif.lat.value_or(0)), 90.0);
  EXPECT_LE(std::abs(m->exif.lon.value_or(0)), 180.0);
}

}  // namespace media_testing
