#include "media/metadata_text.hpp"

#include <cmath>
#include <cstddef>
#include <cstdio>

namespace media::exif_xmp {
namespace {

constexpr std::size_t k_max_value = 512;  // bytes of text kept per field

}  // namespace

std::string bounded(std::string text) {
  if (text.size() <= k_max_value) return text;
  std::size_t end = k_max_value;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  text.resize(end);
  return text;
}

std::string ascii_text(std::string text) {
  if (const auto nul = text.find('\0'); nul != std::string::npos) text.resize(nul);
  while (!text.empty() && text.back() == ' ') text.pop_back();
  return text;
}

std::string decimal(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.10g", value);
  return text;
}

double to_1e7(double degrees) { return std::round(degrees * 1e7) / 1e7; }

}  // namespace media::exif_xmp
