#pragma once
// What the image metadata tests share: the real camera files of ../shared/real-media, the TIFF
// inside a JPEG's EXIF, seeded damage to bytes, and the bounds every reading must keep.

#include <filesystem>
#include <optional>
#include <random>
#include <string>

#include "media/image_metadata.hpp"

namespace media_testing {

using Bytes = std::string;

std::filesystem::path real_media();
// A file of real-media/files; fails the test when it is missing.
std::filesystem::path real_file(const std::string& name);

std::filesystem::path write(const std::filesystem::path& path, const Bytes& bytes);

// The TIFF part of a JPEG's APP1 segment (after "Exif\0\0").
Bytes tiff_of_jpeg(const Bytes& jpeg);

// Truncations, flipped bytes and extreme 32-bit values, at positions from a fixed seed.
Bytes mutated(const Bytes& original, std::mt19937& random, int round);

// No more fields than the caps allow, no value longer, no position out of range.
void expect_bounded(const std::optional<media::ImageMetadata>& m);

}  // namespace media_testing
