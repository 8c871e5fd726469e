#pragma once
// Keyframes of a video (or the one frame of an image): only key frames are
// decoded, representatives chosen by scene cut and pHash distance
// (media/keyframe_choice), each written as a small JPEG. Memory stays at a
// few frames whatever the length; the input's deadline bounds the time.
//
//   auto input = media::AvInput::open_file(path, limits);
//   auto frames = media::extract_keyframes(*input, options);

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include "core/case.hpp"
#include "core/result.hpp"
#include "media/frame_look.hpp"
#include "media/keyframe_choice.hpp"

namespace media {

class AvInput;

// The perceptual summary keeps at most this many points: past it, every
// other point goes and only every second key frame after is kept.
inline constexpr std::size_t k_fingerprint_points = 4096;

struct KeyframeOptions {
  std::filesystem::path out_dir;  // the JPEGs go here (created when missing)
  std::string name;               // file names: <name>-<nnnn>.jpg
  std::string report_prefix = "keyframes/";  // Keyframe::file = report_prefix + file name
  int longest_side = 640;
  double rotation_deg = 0;        // the display matrix's angle (MediaReport::rotation)
  int jpeg_quality = 3;           // 2 (best) … 31, as ffmpeg -q:v
  ChoiceOptions choice;
};

struct KeyframeResult {
  std::vector<core::Keyframe> keyframes;  // in time order
  std::vector<core::FingerprintPoint> fingerprint;  // every key frame decoded (thinned past k_fingerprint_points)
  std::size_t key_frames_decoded = 0;
  std::size_t packets_rejected = 0;       // damaged key frames skipped
  bool read_by_index = false;             // seeked key frame to key frame
  bool stopped_early = false;             // the deadline or a read error ended it; what came before is kept
  std::string stop_reason;
};

// Errors (stage "media", the file): no video stream, no decoder, nothing decodable,
// or a JPEG that cannot be written. A read failure or the deadline after some
// key frames decoded keeps those and says why in stop_reason.
// The one keyframe of a still picture decoded elsewhere (a HEIF photo), already upright.
core::Result<KeyframeResult> keyframe_of_picture(const BgrImage& picture, const KeyframeOptions& options);

core::Result<KeyframeResult> extract_keyframes(AvInput& input, const KeyframeOptions& options,
                                               std::uint64_t max_pixels);

}  // namespace media
