#pragma once
// Tesseract's text made fit to compare and to print: the bidi marks it wraps
// right-to-left words in (U+200E, U+200F, the embeddings, overrides and
// isolates U+202A–U+202E, U+2066–U+2069) and byte-order marks removed,
// control characters dropped, runs of spaces and tabs one space, lines
// trimmed, empty lines gone. Invalid UTF-8 is kept byte for byte apart from
// control bytes: the text is evidence, never rewritten beyond this.
//
//   clean_ocr_text("\u200fشام اف ام\u200e  \n\n SHAM   FM \n") == "شام اف ام\nSHAM FM"

#include <string>
#include <string_view>

namespace media {

std::string clean_ocr_text(std::string_view text);

}  // namespace media
