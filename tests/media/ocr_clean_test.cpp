// Cleaning Tesseract's text: bidi marks, whitespace, control characters.
#include <gtest/gtest.h>

#include "media/ocr_clean.hpp"

namespace {

struct Row {
  const char* in;
  const char* out;
};

TEST(OcrClean, StripsMarksAndStrayWhitespace) {
  const Row rows[] = {
      {"\u200f\u0634\u0627\u0645 \u0627\u0641 \u0627\u0645\u200e", "\u0634\u0627\u0645 \u0627\u0641 \u0627\u0645"},
      {"  SHAM   FM \n\n\n PALMYRA\t\t", "SHAM FM\nPALMYRA"},
      {"\u202bA\u202c \u2067B\u2069 \ufeffC", "A B C"},
      {"a\x01\x7f" "b\r\nc", "ab\nc"},
      {"\n \n\t\n", ""},
      {"", ""},
      {"\xe2\x80", "\xe2\x80"},  // a cut-off sequence is kept, not read past its end
  };
  for (const auto& row : rows) EXPECT_EQ(media::clean_ocr_text(row.in), row.out) << row.in;
}

}  // namespace
