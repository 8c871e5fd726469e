#pragma once
// The audio and video streams of an open remote input copied (no re-encode)
// into one local file: MP4 when MP4 can hold every codec, else Matroska.
// Written under a temp name beside the target and renamed when complete, so
// no partial file is ever left; timestamps start at zero.

#include <cstdint>
#include <filesystem>
#include <string>

#include "core/result.hpp"

namespace media {

class RemoteInput;

struct Remuxed {
  std::filesystem::path file;  // stem + ".mp4" or ".mkv"
  std::string sha256;
  std::uint64_t size = 0;
  std::int64_t packets = 0;
};

// Reads `input` to its end. A refusal met on the way (a segment the gate
// would not open) fails the whole copy: the file would not be the video.
core::Result<Remuxed> remux_to_file(RemoteInput& input, const std::filesystem::path& stem);

}  // namespace media
