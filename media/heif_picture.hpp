#pragma once
// HEIC/HEIF and AVIF stills — the iPhone's default photo format — which
// FFmpeg 5.1 cannot demux: the primary image decoded by libheif (its
// rotation and mirroring applied, as a viewer shows it) into a padded BGR
// buffer, with the file's size and codec, so the stage can probe, hash and
// take its one keyframe as for any other image.
//
// Bounded like every media input: the file is read into memory under a size
// cap, the declared size is checked against the pixel limit before decoding,
// and libheif's own maximum image size is set.

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>

#include "core/result.hpp"
#include "media/bgr_frame.hpp"

namespace media {

// Is this file HEIF or AVIF (its ftyp brand)? Reads its first bytes only.
bool is_heif_file(const std::filesystem::path& file);

struct HeifPicture {
  std::unique_ptr<BgrFrame> pixels;  // upright
  int width = 0;                     // as shown (libheif's size, its rotation applied)
  int height = 0;
  std::string codec;                 // "hevc" (HEIC) or "av1" (AVIF)
};

// Errors (stage "media", the path): unreadable, over the byte or pixel limits, not decodable.
core::Result<HeifPicture> read_heif_picture(const std::filesystem::path& file, std::uint64_t max_pixels,
                                            std::uintmax_t max_bytes = 256u << 20);

}  // namespace media
