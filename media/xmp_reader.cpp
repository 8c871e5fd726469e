#include "media/xmp_reader.hpp"

#include <exiv2/exiv2.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>

#include "media/exif_reader.hpp"
#include "media/image_metadata.hpp"
#include "media/metadata_text.hpp"
#include "media/tag_time.hpp"

namespace media::exif_xmp {
namespace {

constexpr std::size_t k_max_xmp_fields = 200;

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// A whole string as one number; no sign, no spaces.
template <typename Number>
std::optional<Number> number(std::string_view text) {
  if (text.empty() || !is_digit(text.front())) return std::nullopt;
  Number value{};
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

std::string xmp_text(const Exiv2::XmpData& xmp, const char* key) {
  const auto it = xmp.findKey(Exiv2::XmpKey(key));
  return it == xmp.end() ? std::string() : bounded(it->toString());
}

// XMP's GPSCoordinate: "DDD,MM,SSk" or "DDD,MM.mmk", k the reference letter.
std::optional<double> xmp_angle(std::string_view text, char positive_ref, char negative_ref, double max) {
  if (text.size() < 4 || text.size() > 64) return std::nullopt;
  const char ref = static_cast<char>(std::toupper(static_cast<unsigned char>(text.back())));
  if (ref != positive_ref && ref != negative_ref) return std::nullopt;
  text.remove_suffix(1);
  std::array<double, 3> parts{};
  std::size_t count = 0;
  for (std::size_t start = 0; start <= text.size(); ++count) {
    const std::size_t comma = std::min(text.find(',', start), text.size());
    const auto part = count < parts.size() ? number<double>(text.substr(start, comma - start)) : std::nullopt;
    if (!part) return std::nullopt;
    parts[count] = *part;
    start = comma + 1;
  }
  if (count < 2 || parts[1] >= 60 || parts[2] >= 60) return std::nullopt;
  const double degrees = to_1e7(parts[0] + parts[1] / 60 + parts[2] / 3600);
  if (degrees > max) return std::nullopt;
  return ref == negative_ref ? -degrees : degrees;
}

// XMP writes EXIF rationals as "358000/10000".
std::optional<double> xmp_rational(std::string_view text) {
  const auto slash = text.find('/');
  if (slash == std::string_view::npos) return number<double>(text);
  const auto numerator = number<long long>(text.substr(0, slash));
  const auto denominator = number<long long>(text.substr(slash + 1));
  if (!numerator || !denominator || *denominator == 0) return std::nullopt;
  return static_cast<double>(*numerator) / static_cast<double>(*denominator);
}

}  // namespace

void read_xmp_fields(const Exiv2::XmpData& xmp, ImageMetadata& metadata) {
  for (const auto& datum : xmp) {
    if (metadata.xmp_fields.size() >= k_max_xmp_fields) break;
    metadata.xmp_fields.try_emplace("xmp:" + datum.key(), bounded(datum.toString()));
  }
}

void read_xmp_times(const Exiv2::XmpData& xmp, XmpTimes& times) {
  times.date_time_original = xmp_text(xmp, "Xmp.exif.DateTimeOriginal");
  times.create_date = xmp_text(xmp, "Xmp.xmp.CreateDate");
  times.photoshop_date_created = xmp_text(xmp, "Xmp.photoshop.DateCreated");
  times.creator_tool = xmp_text(xmp, "Xmp.xmp.CreatorTool");
}

// For files whose EXIF has no position: XMP's, with its altitude.
void read_xmp_position(const Exiv2::XmpData& xmp, ExifFacts& facts) {
  const std::string lat_text = xmp_text(xmp, "Xmp.exif.GPSLatitude");
  const std::string lon_text = xmp_text(xmp, "Xmp.exif.GPSLongitude");
  if (lat_text.empty() && lon_text.empty()) return;
  const auto lat = xmp_angle(lat_text, 'N', 'S', 90);
  const auto lon = xmp_angle(lon_text, 'E', 'W', 180);
  if (!lat || !lon) {
    facts.problems.push_back("XMP position \"" + lat_text + "\", \"" + lon_text + "\" is not degrees and minutes");
    return;
  }
  facts.lat = lat;
  facts.lon = lon;
  if (const auto metres = xmp_rational(xmp_text(xmp, "Xmp.exif.GPSAltitude"))) {
    set_altitude(facts, xmp_text(xmp, "Xmp.exif.GPSAltitudeRef") == "1" ? -*metres : *metres);
  }
}

// XMP joins GPSDateStamp and GPSTimeStamp into one UTC date-time: "2013-01-19T15:50:09Z".
void read_xmp_gps_time(const Exiv2::XmpData& xmp, ExifFacts& facts) {
  const std::string text = xmp_text(xmp, "Xmp.exif.GPSTimeStamp");
  if (text.empty()) return;
  if (const auto t = parse_tag_time(text, NoOffset::utc); t && !t->unset) {
    facts.gps_time = t->instant;
  } else {
    facts.problems.push_back("XMP GPSTimeStamp \"" + text + "\" is not a time");
  }
}

}  // namespace media::exif_xmp
