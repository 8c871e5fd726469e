#pragma once
// On-screen text of keyframes, read with Tesseract (LSTM engine).
//
//   auto reader = media::OcrReader::open({.languages = config.media.ocr_languages});
//   if (!reader) → reader.error(): one line, e.g. no data for a language
//   auto text = reader->read_file("keyframes/e1-0003.jpg", 12.0);
//   text → Result<optional<OcrText>>: nullopt when the frame shows no text
//          worth keeping; an Error when the file cannot be read as an image
//
// Each frame is read twice — as it is, and thresholded, inverted and padded
// for light captions on a dark box — and the more confident reading is kept
// (media/ocr_prepare.hpp says why). Of the reading kept, words below
// k_min_word_confidence or with fewer than k_min_word_letters letters and
// digits are dropped: texture and shapes read as short strings and single
// characters, mostly far below the threshold, sometimes a lone "0" at 92
// (docs/decisions.md gives the measurements). A frame with no word left
// shows no text.
//
// Initialising loads the language data (~0.3 s), so open one reader and read
// many frames with it. Not copyable; movable. Not thread-safe: one reader
// per thread. OCR'd text is untrusted: it is cleaned (media/ocr_clean.hpp)
// and bounded (k_max_text_bytes), never interpreted.

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "core/case.hpp"
#include "core/result.hpp"

namespace media {

struct OcrImage;  // a decoded frame (media/ocr_image.hpp: an OpenCV matrix)

struct OcrSettings {
  std::string languages = "ara+eng";  // Tesseract codes joined by '+', as config media.ocr_languages
  std::filesystem::path tessdata;     // empty: the Debian package's folder (k_debian_tessdata)
  std::chrono::milliseconds deadline_per_pass{10000};  // Tesseract stops a pass after this
};

inline constexpr const char* k_debian_tessdata = "/usr/share/tesseract-ocr/5/tessdata";
inline constexpr double k_min_word_confidence = 75;
inline constexpr std::size_t k_min_word_letters = 2;
inline constexpr std::size_t k_max_text_bytes = 4096;       // per frame; more is cut
inline constexpr std::uintmax_t k_max_image_bytes = 32u << 20;  // a keyframe JPEG larger than this is refused

class OcrReader {
 public:
  // Errors (stage "media", input "ocr"): a malformed language list, a language
  // without its .traineddata file (naming the folder and the Debian package
  // to install), or Tesseract refusing to start.
  static core::Result<OcrReader> open(const OcrSettings& settings = {});

  OcrReader(OcrReader&&) noexcept;
  OcrReader& operator=(OcrReader&&) noexcept;
  ~OcrReader();

  // The text of the JPEG (or PNG) at `file`, stamped with time `t`.
  core::Result<std::optional<core::OcrText>> read_file(const std::filesystem::path& file, double t);
  // The text of a decoded frame.
  std::optional<core::OcrText> read(const OcrImage& image, double t);

  const std::string& languages() const;
  // Each pass from now on stops after at most `deadline` (never longer than
  // the settings' deadline_per_pass): the caller's time budget shrinks it.
  void limit_pass(std::chrono::milliseconds deadline);

  struct State;  // Tesseract's engine and the settings

 private:
  explicit OcrReader(std::unique_ptr<State> state);
  std::unique_ptr<State> m_state;
};

}  // namespace media
