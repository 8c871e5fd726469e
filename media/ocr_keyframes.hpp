#pragma once
// On-screen text of a video's keyframes, for the media stage:
//
//   auto reader = media::OcrReader::open({.languages = config.media.ocr_languages});
//   auto read = media::read_keyframes(*reader, report.keyframes, out_dir);
//   report.ocr = std::move(read.texts);            // frames with text, in keyframe order
//   for (auto& e : read.errors) c.errors.push_back(e);  // frames that could not be read
//
// Each keyframe's JPEG is `dir / keyframe.file`; a frame that cannot be read
// is an error of its own and the others are still read. A keyframe file that
// is absolute or climbs out of `dir` ("..") is refused: the path comes from
// the Case, and the OCR reads nothing outside the report's folder.

#include <chrono>
#include <filesystem>
#include <vector>

#include "core/case.hpp"
#include "media/ocr.hpp"

namespace media {

struct OcrOfKeyframes {
  std::vector<core::OcrText> texts;
  std::vector<core::Error> errors;
  std::size_t unread = 0;  // keyframes left when the time budget ran out
};

// One file's OCR stops starting new frames once `budget` has passed: a busy
// frame takes Tesseract seconds, and one file must not hold up the rest.
inline constexpr std::chrono::milliseconds k_ocr_budget_per_file{6000};

OcrOfKeyframes read_keyframes(OcrReader& reader, const std::vector<core::Keyframe>& keyframes,
                              const std::filesystem::path& dir,
                              std::chrono::milliseconds budget = k_ocr_budget_per_file);

}  // namespace media
