#include "media/image_metadata.hpp"

#include <exiv2/exiv2.hpp>
#include <libheif/heif.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <memory>
#include <mutex>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

#include "media/heif_handles.hpp"
#include "media/tag_time.hpp"

namespace media {
namespace {

using Bytes = std::vector<unsigned char>;

constexpr std::size_t k_max_value = 512;             // bytes of text kept per field
constexpr std::size_t k_max_xmp_fields = 200;
constexpr std::size_t k_max_exif_fields = 1000;      // a hostile IFD can list 65535 entries
constexpr long k_max_components = 32;                // numbers shown per field; more end in ", …"
constexpr std::size_t k_max_message = 200;           // bytes of an exception's message kept in a problem
constexpr double k_max_altitude_m = 100000;          // beyond it the field is misread (negative written unsigned)
constexpr std::size_t k_max_xmp_packet = 16u << 20;
constexpr std::size_t k_max_heif_block = 16u << 20;
constexpr int k_max_heif_blocks = 64;
constexpr std::size_t k_max_ftyp_brands = 64;

// ------------------------------------------------------------------ libraries

// Exiv2's XMP toolkit is not thread-safe by itself; with this lock files can be read in parallel.
void lock_xmp_toolkit(void* mutex, bool lock) {
  auto* m = static_cast<std::recursive_mutex*>(mutex);
  if (lock) {
    m->lock();
  } else {
    m->unlock();
  }
}

struct Exiv2Setup {
  bool reads_bmff = false;  // this Exiv2 was built with HEIF (BMFF) support, which is off until enabled
};

// Once per process: mute Exiv2's log (it writes warnings about damaged files to stderr; they become problems or
// nothing here), start the XMP toolkit with a lock, and switch on BMFF where it was built in. libheif needs no
// heif_init() for reading metadata: that only loads codec plugins.
const Exiv2Setup& exiv2_setup() {
  static Exiv2Setup setup;
  static std::once_flag once;
  std::call_once(once, [] {
    Exiv2::LogMsg::setLevel(Exiv2::LogMsg::mute);
    static std::recursive_mutex xmp_mutex;
    Exiv2::XmpParser::initialize(lock_xmp_toolkit, &xmp_mutex);
#if EXIV2_TEST_VERSION(0, 27, 4)
    setup.reads_bmff = Exiv2::enableBMFF(true);
#endif
  });
  return setup;
}

// The message of the exception being handled, cut short: Exiv2's can quote the file.
std::string current_failure() {
  std::string text;
  try {
    throw;
  } catch (const std::exception& e) {
    text = e.what();
  } catch (...) {
    text = "unknown error";
  }
  if (text.size() > k_max_message) text.resize(k_max_message);
  return text;
}

// ------------------------------------------------------------------ bytes

std::uint32_t be32(const unsigned char* p) {
  return std::uint32_t(p[0]) << 24 | std::uint32_t(p[1]) << 16 | std::uint32_t(p[2]) << 8 | p[3];
}

bool has_at(const Bytes& bytes, std::size_t at, std::string_view magic) {
  return bytes.size() >= at + magic.size() && std::memcmp(bytes.data() + at, magic.data(), magic.size()) == 0;
}

// The whole file; nullopt when it cannot be read, is empty or is larger than max_bytes.
std::optional<Bytes> read_bounded(const std::filesystem::path& file, std::size_t max_bytes) {
  std::error_code error;
  if (!std::filesystem::is_regular_file(file, error)) return std::nullopt;
  const std::uintmax_t size = std::filesystem::file_size(file, error);
  if (error || size == 0 || size > max_bytes) return std::nullopt;
  Bytes bytes(static_cast<std::size_t>(size));
  std::ifstream in(file, std::ios::binary);
  in.read(reinterpret_cast<char*>(bytes.data()), static_cast<std::streamsize>(size));
  if (static_cast<std::uintmax_t>(in.gcount()) != size) return std::nullopt;
  return bytes;
}

// HEIF and AVIF name a brand of theirs in the ftyp box, as its major brand or a compatible one (CR3 and MP4 do not).
bool is_heif(const Bytes& bytes) {
  if (!has_at(bytes, 4, "ftyp")) return false;
  constexpr std::array<std::string_view, 12> k_brands = {"heic", "heix", "heim", "heis", "hevc", "hevx",
                                                         "hevm", "hevs", "mif1", "msf1", "avif", "avis"};
  const std::size_t box_end = std::min<std::size_t>(be32(bytes.data()), bytes.size());
  for (std::size_t at = 8; at + 4 <= box_end && at < 16 + 4 * k_max_ftyp_brands; at += 4) {
    if (at == 12) continue;  // the minor version
    const std::string_view brand(reinterpret_cast<const char*>(bytes.data() + at), 4);
    if (std::find(k_brands.begin(), k_brands.end(), brand) != k_brands.end()) return true;
  }
  return false;
}

// Only these formats are handed to Exiv2, which would also parse raw, PSD, EPS and more.
std::string container_of(const Bytes& bytes) {
  if (has_at(bytes, 0, "\xFF\xD8")) return "jpeg";
  if (has_at(bytes, 0, "\x89PNG\r\n\x1a\n")) return "png";
  if (has_at(bytes, 0, "RIFF") && has_at(bytes, 8, "WEBP")) return "webp";
  if (has_at(bytes, 0, std::string_view("II*\0", 4)) || has_at(bytes, 0, std::string_view("MM\0*", 4))) return "tiff";
  if (is_heif(bytes)) return "heif";
  return {};
}

// ------------------------------------------------------------------ text

// At most k_max_value bytes, cut before a UTF-8 continuation byte so that no character is split.
std::string bounded(std::string text) {
  if (text.size() <= k_max_value) return text;
  std::size_t end = k_max_value;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  text.resize(end);
  return text;
}

// ASCII text up to the first NUL, without trailing blanks.
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

// ------------------------------------------------------------------ EXIF values

struct Fraction {
  long long numerator = 0;
  long long denominator = 0;
};

// The i-th component of a RATIONAL or SRATIONAL value; nullopt for other types. Read from the value itself, since
// Exiv2's toRational() squeezes an unsigned numerator above 2^31 into a signed one.
std::optional<Fraction> fraction(const Exiv2::Value& value, long i) {
  if (i < 0 || i >= value.count()) return std::nullopt;
  const auto at = static_cast<std::size_t>(i);
  if (const auto* u = dynamic_cast<const Exiv2::URationalValue*>(&value); u && at < u->value_.size()) {
    return Fraction{u->value_[at].first, u->value_[at].second};
  }
  if (const auto* s = dynamic_cast<const Exiv2::RationalValue*>(&value); s && at < s->value_.size()) {
    return Fraction{s->value_[at].first, s->value_[at].second};
  }
  return std::nullopt;
}

// nullopt when absent or with a zero denominator.
std::optional<double> quotient(const std::optional<Fraction>& f) {
  if (!f || f->denominator == 0) return std::nullopt;
  return static_cast<double>(f->numerator) / static_cast<double>(f->denominator);
}

// One component as written: an integer, or a rational as a decimal ("6.84"; "1/0" when its denominator is zero).
std::string component_text(const Exiv2::Value& value, long i) {
  if (const auto f = fraction(value, i)) {
    return f->denominator ? decimal(static_cast<double>(f->numerator) / static_cast<double>(f->denominator))
                          : std::to_string(f->numerator) + "/0";
  }
  if (value.typeId() == Exiv2::tiffFloat || value.typeId() == Exiv2::tiffDouble) return decimal(value.toFloat(i));
  return value.toString(i);
}

std::string numbers_text(const Exiv2::Value& value) {
  std::string out;
  for (long i = 0; i < value.count() && i < k_max_components; ++i) out += (i ? ", " : "") + component_text(value, i);
  if (value.count() > k_max_components) out += ", …";
  return out;
}

// Control characters (version bytes Exiv2 prints as they are) become blanks; trailing blanks go.
std::string printable(std::string text) {
  for (char& c : text) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = ' ';
  }
  while (!text.empty() && text.back() == ' ') text.pop_back();
  return text;
}

// A field's text: ASCII and numbers as written; a comment (UserComment, GPSProcessingMethod) as its text without
// the character set; a long UNDEFINED blob (Padding) as its size; other UNDEFINED fields (versions, enumerations)
// as Exiv2 renders them ("2.20" for ExifVersion).
std::string field_text(const Exiv2::Exifdatum& datum, const Exiv2::ExifData& exif) {
  if (const auto* comment = dynamic_cast<const Exiv2::CommentValue*>(&datum.value())) {
    return bounded(printable(comment->comment()));
  }
  switch (datum.typeId()) {
    case Exiv2::asciiString: return bounded(ascii_text(datum.toString()));
    case Exiv2::undefined:
    case Exiv2::comment:
      // a long blob (Padding): its bytes tell nobody anything
      if (datum.count() > k_max_components) return std::to_string(datum.count()) + " bytes undefined data";
      return bounded(printable(datum.print(&exif)));
    default: return bounded(numbers_text(datum.value()));
  }
}

// Where Exiv2 names a tag otherwise than reports always have (or not at all: Padding), the report's name, so that
// field names stay the same from one report to the next.
std::string reported_tag_name(const std::string& exiv2_name) {
  constexpr std::array<std::pair<std::string_view, std::string_view>, 7> k_names = {{
      {"SubSecTime", "SubsecTime"},
      {"ISOSpeed", "ISO Speed"},
      {"ISOSpeedLatitudeyyy", "ISO Speed Latitude yyy"},
      {"ISOSpeedLatitudezzz", "ISO Speed Latitude zzz"},
      {"IPTCNAA", "IPTC/NAA"},
      {"TIFFEPStandardID", "TIFF/EPStandardID"},
      {"0xea1c", "Padding"},
  }};
  for (const auto& [exiv2, reported] : k_names) {
    if (exiv2 == exiv2_name) return std::string(reported);
  }
  return exiv2_name;
}

// "Exif.Image.Make" → "exif:Make" for the IFDs kept (IFD0, Exif, GPS, interoperability). Left out: the thumbnail's
// IFD1, maker notes, the pointers to sub-IFDs and tags without a name ("0x9999").
std::optional<std::string> field_name(const Exiv2::Exifdatum& datum) {
  constexpr std::array<std::string_view, 4> k_groups = {"Image", "Photo", "GPSInfo", "Iop"};
  constexpr std::array<std::string_view, 4> k_left_out = {"ExifTag", "GPSTag", "InteroperabilityTag", "MakerNote"};
  const std::string group = datum.groupName();
  const std::string tag = reported_tag_name(datum.tagName());
  if (std::find(k_groups.begin(), k_groups.end(), group) == k_groups.end()) return std::nullopt;
  if (std::find(k_left_out.begin(), k_left_out.end(), tag) != k_left_out.end()) return std::nullopt;
  if (tag.rfind("0x", 0) == 0) return std::nullopt;
  return "exif:" + tag;
}

void read_exif_fields(const Exiv2::ExifData& exif, ExifFacts& facts) {
  for (const auto& datum : exif) {
    if (facts.fields.size() >= k_max_exif_fields) break;
    try {
      if (const auto name = field_name(datum)) facts.fields.try_emplace(*name, field_text(datum, exif));
    } catch (...) {
      // a value Exiv2 cannot render is left out
    }
  }
}

// The value under an Exiv2 key; nullptr when absent or empty.
const Exiv2::Value* exif_value(const Exiv2::ExifData& exif, const char* key) {
  const auto it = exif.findKey(Exiv2::ExifKey(key));
  if (it == exif.end() || it->count() == 0) return nullptr;
  return &it->value();
}

std::string exif_ascii(const Exiv2::ExifData& exif, const char* key) {
  const Exiv2::Value* value = exif_value(exif, key);
  if (!value || value->typeId() != Exiv2::asciiString) return {};
  return bounded(ascii_text(value->toString()));
}

// ------------------------------------------------------------------ EXIF GPS

struct Axis {
  const char* name;      // as problems name it
  const char* key;       // three rationals: degrees, minutes, seconds
  const char* ref_key;   // "N"/"S" or "E"/"W"
  char negative_ref;
  double max;
};

constexpr Axis k_latitude{"GPSLatitude", "Exif.GPSInfo.GPSLatitude", "Exif.GPSInfo.GPSLatitudeRef", 'S', 90};
constexpr Axis k_longitude{"GPSLongitude", "Exif.GPSInfo.GPSLongitude", "Exif.GPSInfo.GPSLongitudeRef", 'W', 180};

// RATIONAL as the specification says, or SRATIONAL as some phones write them; a sign is the reference's job, so a
// negative component is a problem, not a hemisphere.
std::optional<double> exif_angle(const Exiv2::ExifData& exif, const Axis& axis, ExifFacts& facts) {
  const Exiv2::Value* value = exif_value(exif, axis.key);
  if (!value) return std::nullopt;
  const auto deg = quotient(fraction(*value, 0));
  const double min = quotient(fraction(*value, 1)).value_or(0);
  const double sec = quotient(fraction(*value, 2)).value_or(0);
  const std::string name = axis.name;
  if ((deg && *deg < 0) || min < 0 || sec < 0) {
    facts.problems.push_back(name + " has a negative component");
    return std::nullopt;
  }
  if (!deg || min >= 60 || sec >= 60) {
    facts.problems.push_back(name + " is not degrees, minutes and seconds");
    return std::nullopt;
  }
  const double degrees = to_1e7(*deg + min / 60 + sec / 3600);
  if (degrees > axis.max) {
    facts.problems.push_back(name + " is out of range");
    return std::nullopt;
  }
  const std::string ref = exif_ascii(exif, axis.ref_key);
  if (ref.empty()) {
    facts.problems.push_back(name + " has no reference (N/S or E/W)");
    return std::nullopt;
  }
  return std::toupper(static_cast<unsigned char>(ref[0])) == axis.negative_ref ? -degrees : degrees;
}

void set_altitude(ExifFacts& facts, double metres) {
  if (std::abs(metres) > k_max_altitude_m) {
    facts.problems.push_back("GPSAltitude " + decimal(metres) + " m is out of range");
    return;
  }
  facts.altitude_m = metres;
}

// A position needs both axes; the altitude is kept only with a position.
void read_exif_position(const Exiv2::ExifData& exif, ExifFacts& facts) {
  facts.lat = exif_angle(exif, k_latitude, facts);
  facts.lon = exif_angle(exif, k_longitude, facts);
  if (!facts.lat || !facts.lon) {
    facts.lat = facts.lon = std::nullopt;
    return;
  }
  const Exiv2::Value* altitude = exif_value(exif, "Exif.GPSInfo.GPSAltitude");
  const auto metres = altitude ? quotient(fraction(*altitude, 0)) : std::nullopt;
  if (!metres) return;
  const Exiv2::Value* ref = exif_value(exif, "Exif.GPSInfo.GPSAltitudeRef");
  const bool below_sea_level = ref && ref->typeId() == Exiv2::unsignedByte && ref->toLong(0) == 1;
  set_altitude(facts, below_sea_level ? -*metres : *metres);
}

// GPSDateStamp "YYYY:MM:DD" and GPSTimeStamp (three rationals), both UTC. A date of zeros or one that is no date
// ("2014:09:259") is a problem even without a time stamp; fractions of a second are dropped.
void read_exif_gps_time(const Exiv2::ExifData& exif, ExifFacts& facts) {
  const std::string date = exif_ascii(exif, "Exif.GPSInfo.GPSDateStamp");
  if (date.empty()) return;
  const auto day = parse_exif_time(date + " 00:00:00", "Z");
  if (!day || day->unset) {
    facts.problems.push_back("GPSDateStamp \"" + date + "\" is not a date");
    return;
  }
  const Exiv2::Value* stamp = exif_value(exif, "Exif.GPSInfo.GPSTimeStamp");
  if (!stamp) return;
  const auto h = quotient(fraction(*stamp, 0)), m = quotient(fraction(*stamp, 1)), s = quotient(fraction(*stamp, 2));
  if (!h || !m || !s || *h < 0 || *h >= 24 || *m < 0 || *m >= 60 || *s < 0 || *s >= 60) {
    facts.problems.push_back("GPSTimeStamp is not hours, minutes and seconds");
    return;
  }
  char clock[32];
  std::snprintf(clock, sizeof clock, " %02d:%02d:%02d", static_cast<int>(*h), static_cast<int>(*m),
                static_cast<int>(*s));
  if (const auto t = parse_exif_time(date + clock, "Z"); t && !t->unset) facts.gps_time = t->instant;
}

void read_exif_facts(const Exiv2::ExifData& exif, ExifFacts& facts) {
  read_exif_fields(exif, facts);
  facts.date_time_original = exif_ascii(exif, "Exif.Photo.DateTimeOriginal");
  facts.offset_time_original = exif_ascii(exif, "Exif.Photo.OffsetTimeOriginal");
  facts.make = exif_ascii(exif, "Exif.Image.Make");
  facts.model = exif_ascii(exif, "Exif.Image.Model");
  facts.software = exif_ascii(exif, "Exif.Image.Software");
  read_exif_position(exif, facts);
  read_exif_gps_time(exif, facts);
}

// ------------------------------------------------------------------ XMP

std::string xmp_text(const Exiv2::XmpData& xmp, const char* key) {
  const auto it = xmp.findKey(Exiv2::XmpKey(key));
  return it == xmp.end() ? std::string() : bounded(it->toString());
}

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

// ------------------------------------------------------------------ both

std::optional<ImageMetadata> metadata_of(const Exiv2::ExifData& exif, const Exiv2::XmpData& xmp, std::string container,
                                         const std::vector<std::string>& problems) {
  ImageMetadata metadata;
  metadata.container = std::move(container);
  metadata.exif.problems = problems;
  try {
    read_exif_facts(exif, metadata.exif);
    read_xmp_fields(xmp, metadata);
    read_xmp_times(xmp, metadata.xmp);
    if (!metadata.exif.lat) read_xmp_position(xmp, metadata.exif);
    if (!metadata.exif.gps_time) read_xmp_gps_time(xmp, metadata.exif);
  } catch (...) {
    metadata.exif.problems.push_back("metadata read only in part: " + current_failure());
  }
  if (metadata.exif.fields.empty() && metadata.xmp_fields.empty()) return std::nullopt;
  return metadata;
}

// A failure to open is no supported image; a failure while reading keeps what was read before it.
std::optional<ImageMetadata> read_with_exiv2(const Bytes& bytes, const std::string& container) {
  try {
    auto image = Exiv2::ImageFactory::open(bytes.data(), static_cast<long>(bytes.size()));
    if (!image.get()) return std::nullopt;
    std::vector<std::string> problems;
    try {
      image->readMetadata();
    } catch (...) {
      problems.push_back("metadata is damaged: " + current_failure());
    }
    return metadata_of(image->exifData(), image->xmpData(), container, problems);
  } catch (...) {
    return std::nullopt;
  }
}

// ------------------------------------------------------------------ HEIF through libheif

struct HeifBlocks {
  Bytes exif_tiff;
  std::string xmp;
  std::vector<std::string> problems;
};

// An "Exif" block starts with the offset of the TIFF header counted from the end of those four bytes; some writers
// leave it at zero in front of "Exif\0\0".
std::optional<Bytes> tiff_of_exif_block(const Bytes& block) {
  if (block.size() < 4) return std::nullopt;
  std::size_t start = 4 + std::size_t{be32(block.data())};
  if (start == 4 && has_at(block, 4, std::string_view("Exif\0\0", 6))) start += 6;
  if (start + 8 > block.size()) return std::nullopt;  // room for a TIFF header at least
  return Bytes(block.begin() + static_cast<std::ptrdiff_t>(start), block.end());
}

void read_heif_block(const heif_image_handle* handle, heif_item_id id, HeifBlocks& blocks) {
  const char* type = heif_image_handle_get_metadata_type(handle, id);
  const char* content_type = heif_image_handle_get_metadata_content_type(handle, id);
  const bool is_exif = type && std::string_view(type) == "Exif";
  const bool is_xmp = type && std::string_view(type) == "mime" && content_type &&
                      std::string_view(content_type) == "application/rdf+xml";
  if (!is_exif && !is_xmp) return;
  const std::size_t size = heif_image_handle_get_metadata_size(handle, id);
  if (size == 0 || size > k_max_heif_block) {
    blocks.problems.push_back(std::string(type) + " block of " + std::to_string(size) + " bytes left out");
    return;
  }
  Bytes data(size);
  if (heif_image_handle_get_metadata(handle, id, data.data()).code != heif_error_Ok) {
    blocks.problems.push_back(std::string(type) + " block cannot be read");
    return;
  }
  if (is_xmp) {
    if (blocks.xmp.empty()) blocks.xmp.assign(data.begin(), data.end());
    return;
  }
  if (!blocks.exif_tiff.empty()) return;  // the first Exif block counts
  if (auto tiff = tiff_of_exif_block(data)) {
    blocks.exif_tiff = std::move(*tiff);
  } else {
    blocks.problems.push_back("Exif block's TIFF header offset points past its end");
  }
}

// The metadata blocks of the primary image; the file is parsed, no picture decoded.
std::optional<HeifBlocks> heif_blocks(const Bytes& bytes) {
  std::unique_ptr<heif_context, HeifContextFree> context(heif_context_alloc());
  if (!context) return std::nullopt;
  const heif_error parsed =
      heif_context_read_from_memory_without_copy(context.get(), bytes.data(), bytes.size(), nullptr);
  if (parsed.code != heif_error_Ok) return std::nullopt;
  heif_image_handle* primary = nullptr;
  const heif_error found = heif_context_get_primary_image_handle(context.get(), &primary);
  if (found.code != heif_error_Ok || !primary) return std::nullopt;
  const std::unique_ptr<heif_image_handle, HeifHandleFree> handle(primary);
  std::array<heif_item_id, k_max_heif_blocks> ids{};
  const int count =
      heif_image_handle_get_list_of_metadata_block_IDs(handle.get(), nullptr, ids.data(), k_max_heif_blocks);
  HeifBlocks blocks;
  for (int i = 0; i < count && i < k_max_heif_blocks; ++i) {
    read_heif_block(handle.get(), ids[static_cast<std::size_t>(i)], blocks);
  }
  return blocks;
}

std::optional<ImageMetadata> read_with_libheif(const Bytes& bytes) {
  try {
    auto blocks = heif_blocks(bytes);
    if (!blocks) return std::nullopt;
    Exiv2::ExifData exif;
    Exiv2::XmpData xmp;
    if (!blocks->exif_tiff.empty()) {
      try {
        Exiv2::ExifParser::decode(exif, blocks->exif_tiff.data(), static_cast<std::uint32_t>(blocks->exif_tiff.size()));
      } catch (...) {
        blocks->problems.push_back("Exif block is damaged: " + current_failure());
      }
    }
    if (!blocks->xmp.empty() && Exiv2::XmpParser::decode(xmp, blocks->xmp) != 0) {
      blocks->problems.push_back("XMP block does not parse");
    }
    return metadata_of(exif, xmp, "heif", blocks->problems);
  } catch (...) {
    return std::nullopt;
  }
}

// Writers pad XMP packets with NULs and blanks so they can be rewritten in place.
std::string without_padding(std::string packet) {
  while (!packet.empty() && (packet.back() == '\0' || std::isspace(static_cast<unsigned char>(packet.back())))) {
    packet.pop_back();
  }
  return packet;
}

}  // namespace

std::optional<ImageMetadata> read_image_metadata(const std::filesystem::path& file, std::size_t max_bytes) {
  try {
    const auto bytes = read_bounded(file, max_bytes);
    if (!bytes) return std::nullopt;
    const std::string container = container_of(*bytes);
    if (container.empty()) return std::nullopt;
    const Exiv2Setup& setup = exiv2_setup();
    if (container != "heif") return read_with_exiv2(*bytes, container);
    if (setup.reads_bmff) {
      if (auto metadata = read_with_exiv2(*bytes, container)) return metadata;
    }
    return read_with_libheif(*bytes);
  } catch (...) {
    return std::nullopt;  // out of memory, or a filesystem error
  }
}

std::optional<ImageMetadata> read_heif_metadata_with_libheif(const std::filesystem::path& file, std::size_t max_bytes) {
  try {
    const auto bytes = read_bounded(file, max_bytes);
    if (!bytes || container_of(*bytes) != "heif") return std::nullopt;
    exiv2_setup();
    return read_with_libheif(*bytes);
  } catch (...) {
    return std::nullopt;
  }
}

std::optional<ImageMetadata> read_xmp_packet(const std::string& packet) {
  if (packet.empty() || packet.size() > k_max_xmp_packet) return std::nullopt;
  try {
    exiv2_setup();
    Exiv2::XmpData xmp;
    if (Exiv2::XmpParser::decode(xmp, without_padding(packet)) != 0 || xmp.empty()) return std::nullopt;
    return metadata_of(Exiv2::ExifData(), xmp, "xmp", {});
  } catch (...) {
    return std::nullopt;
  }
}

}  // namespace media
