#pragma once
// Text and numbers as the image metadata readers keep them (media/exif_reader, media/xmp_reader):
// values bounded in length without splitting a character, ASCII fields without their padding,
// decimals and degrees written the same way everywhere.

#include <string>

namespace media::exif_xmp {

// At most 512 bytes, cut before a UTF-8 continuation byte so that no character is split.
std::string bounded(std::string text);

// ASCII text up to the first NUL, without trailing blanks.
std::string ascii_text(std::string text);

// Up to 10 significant digits: "6.84", "4294967284".
std::string decimal(double value);

// Degrees rounded to 1e-7 (about 1 cm).
double to_1e7(double degrees);

}  // namespace media::exif_xmp
