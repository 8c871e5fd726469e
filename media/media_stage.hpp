#pragma once
// The media stage: every video and image the fetch stage downloaded (or the
// one file `embedcheck media` is given) becomes a MediaReport — its sha256,
// the probe's facts and tags, keyframes with their fingerprints, on-screen
// text — added to Case::media. A file that cannot be read is a one-line
// Error and, when its bytes could at least be hashed, a MediaReport with a
// note; the other files go on.

#include <cstddef>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>

#include "core/case.hpp"
#include "core/config.hpp"

namespace media {

class TextReader;

struct MediaStageSettings {
  core::Limits limits;            // media_seconds, frame_pixels, keyframes
  core::MediaSettings media;      // keyframe_side, ocr, ocr_languages
  std::filesystem::path out_dir;  // the report's folder: keyframes go to out_dir/keyframes
  bool keyframes = true;          // false: probe and hash only
  // The gazetteer's place at a point (nearest place, its region and country);
  // empty when there is no gazetteer.
  std::function<std::optional<core::Place>(const core::Location&)> place_at;
  // Called as each file starts: (its number, how many).
  std::function<void(std::size_t done, std::size_t total)> progress;
};

// A file to analyse, and what the report says of where it came from.
struct MediaInput {
  std::filesystem::path path;  // the local file
  std::string embed;           // empty for a bare file
  std::string source;          // the URL it was fetched from, or the path as given
  std::string name;            // keyframe files are named <name>-<nnnn>.jpg
};

// Analyses one file and appends its MediaReport (and any Errors) to the Case.
void analyse_file(core::Case& c, const MediaInput& input, const MediaStageSettings& settings);

// Every downloaded media file of Case::posts, in post order.
void analyse_post_media(core::Case& c, const MediaStageSettings& settings);

}  // namespace media
