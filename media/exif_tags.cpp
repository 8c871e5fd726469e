#include "media/exif_tags.hpp"

#include <libexif/exif-data.h>
#include <libexif/exif-utils.h>

#include <array>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <memory>

#include "media/tag_time.hpp"

namespace media {
namespace {

struct ExifDataFree {
  void operator()(ExifData* d) const { exif_data_unref(d); }
};
using ExifPtr = std::unique_ptr<ExifData, ExifDataFree>;

constexpr unsigned char k_exif_header[] = {'E', 'x', 'i', 'f', 0, 0};
constexpr std::size_t k_max_value = 512;  // bytes of text kept per field

// The IFDs whose fields are kept (IFD1 describes the thumbnail).
constexpr std::array<ExifIfd, 4> k_ifds = {EXIF_IFD_0, EXIF_IFD_EXIF, EXIF_IFD_GPS, EXIF_IFD_INTEROPERABILITY};

std::string ascii(const ExifEntry* e) {
  if (!e || e->format != EXIF_FORMAT_ASCII || !e->data) return {};
  std::string text(reinterpret_cast<const char*>(e->data), e->size);
  while (!text.empty() && (text.back() == '\0' || text.back() == ' ')) text.pop_back();
  if (const auto nul = text.find('\0'); nul != std::string::npos) text.resize(nul);
  return text;
}

ExifEntry* entry(ExifData* d, ExifIfd ifd, unsigned tag) { return exif_content_get_entry(d->ifd[ifd], static_cast<ExifTag>(tag)); }

// The i-th rational of an entry, or nullopt when absent or with a zero denominator.
std::optional<double> rational(ExifData* d, const ExifEntry* e, unsigned i) {
  if (!e || e->format != EXIF_FORMAT_RATIONAL || e->components <= i || e->size < 8 * (i + 1)) return std::nullopt;
  const ExifRational r = exif_get_rational(e->data + 8 * i, exif_data_get_byte_order(d));
  if (r.denominator == 0) return std::nullopt;
  return static_cast<double>(r.numerator) / static_cast<double>(r.denominator);
}

double to_1e7(double degrees) { return std::round(degrees * 1e7) / 1e7; }

// GPSLatitude/GPSLongitude: three rationals (degrees, minutes, seconds) and a reference letter.
std::optional<double> gps_angle(ExifData* d, unsigned tag, unsigned ref_tag, char negative_ref, double max, ExifFacts& facts,
                                const char* name) {
  ExifEntry* e = entry(d, EXIF_IFD_GPS, tag);
  if (!e) return std::nullopt;
  const auto deg = rational(d, e, 0);
  const auto min = rational(d, e, 1).value_or(0);
  const auto sec = rational(d, e, 2).value_or(0);
  if (!deg || *deg < 0 || min < 0 || min >= 60 || sec < 0 || sec >= 60) {
    facts.problems.push_back(std::string(name) + " is not degrees, minutes and seconds");
    return std::nullopt;
  }
  const double value = to_1e7(*deg + min / 60 + sec / 3600);
  if (value > max) {
    facts.problems.push_back(std::string(name) + " is out of range");
    return std::nullopt;
  }
  const std::string ref = ascii(entry(d, EXIF_IFD_GPS, ref_tag));
  if (ref.empty()) {
    facts.problems.push_back(std::string(name) + " has no reference (N/S or E/W)");
    return std::nullopt;
  }
  return (ref[0] == negative_ref || ref[0] == negative_ref + ('a' - 'A')) ? -value : value;
}

void read_gps(ExifData* d, ExifFacts& facts) {
  facts.lat = gps_angle(d, EXIF_TAG_GPS_LATITUDE, EXIF_TAG_GPS_LATITUDE_REF, 'S', 90, facts, "GPSLatitude");
  facts.lon = gps_angle(d, EXIF_TAG_GPS_LONGITUDE, EXIF_TAG_GPS_LONGITUDE_REF, 'W', 180, facts, "GPSLongitude");
  if (!facts.lat || !facts.lon) facts.lat = facts.lon = std::nullopt;
  if (const auto alt = rational(d, entry(d, EXIF_IFD_GPS, EXIF_TAG_GPS_ALTITUDE), 0); alt && facts.lat) {
    const ExifEntry* ref = entry(d, EXIF_IFD_GPS, EXIF_TAG_GPS_ALTITUDE_REF);
    const bool below = ref && ref->format == EXIF_FORMAT_BYTE && ref->size >= 1 && ref->data[0] == 1;
    facts.altitude_m = below ? -*alt : *alt;
  }
  // GPSDateStamp "YYYY:MM:DD" and GPSTimeStamp (three rationals), both UTC.
  const std::string date = ascii(entry(d, EXIF_IFD_GPS, EXIF_TAG_GPS_DATE_STAMP));
  const ExifEntry* time = entry(d, EXIF_IFD_GPS, EXIF_TAG_GPS_TIME_STAMP);
  const auto h = rational(d, time, 0), m = rational(d, time, 1), s = rational(d, time, 2);
  if (!date.empty() && h && m && s && *h >= 0 && *h < 24 && *m >= 0 && *m < 60 && *s >= 0 && *s < 60) {
    char clock[32];
    std::snprintf(clock, sizeof clock, " %02d:%02d:%02d", static_cast<int>(*h), static_cast<int>(*m), static_cast<int>(*s));
    if (auto t = parse_exif_time(date + clock, "Z"); t && !t->unset) {
      facts.gps_time = t->instant;
    } else {
      facts.problems.push_back("GPSDateStamp \"" + date + "\" is not a date");
    }
  }
}

std::string decimal(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.10g", value);
  return text;
}

// One component of a numeric entry as written: an integer, or a rational as a
// decimal ("6.84"; "1/0" when its denominator is zero).
std::string component(ExifData* d, const ExifEntry* e, unsigned i) {
  const ExifByteOrder order = exif_data_get_byte_order(d);
  const unsigned char* p = e->data + i * exif_format_get_size(e->format);
  switch (e->format) {
    case EXIF_FORMAT_BYTE: return std::to_string(p[0]);
    case EXIF_FORMAT_SBYTE: return std::to_string(static_cast<signed char>(p[0]));
    case EXIF_FORMAT_SHORT: return std::to_string(exif_get_short(p, order));
    case EXIF_FORMAT_SSHORT: return std::to_string(exif_get_sshort(p, order));
    case EXIF_FORMAT_LONG: return std::to_string(exif_get_long(p, order));
    case EXIF_FORMAT_SLONG: return std::to_string(exif_get_slong(p, order));
    case EXIF_FORMAT_RATIONAL: {
      const ExifRational r = exif_get_rational(p, order);
      return r.denominator ? decimal(double(r.numerator) / r.denominator) : std::to_string(r.numerator) + "/0";
    }
    case EXIF_FORMAT_SRATIONAL: {
      const ExifSRational r = exif_get_srational(p, order);
      return r.denominator ? decimal(double(r.numerator) / r.denominator) : std::to_string(r.numerator) + "/0";
    }
    default: return {};
  }
}

// A field's text: ASCII as written, numbers as written (comma-separated, at
// most 32), other formats (UNDEFINED: versions, enumerations, comments) as
// libexif renders them.
std::string field_text(ExifData* d, ExifEntry* e) {
  if (e->format == EXIF_FORMAT_ASCII) return ascii(e);
  const unsigned size = exif_format_get_size(e->format);
  const bool numeric = e->format != EXIF_FORMAT_UNDEFINED && e->format != EXIF_FORMAT_FLOAT && e->format != EXIF_FORMAT_DOUBLE;
  if (numeric && size > 0 && e->data && static_cast<unsigned long long>(size) * e->components <= e->size) {
    std::string out;
    for (unsigned i = 0; i < e->components && i < 32; ++i) out += (i ? ", " : "") + component(d, e, i);
    if (e->components > 32) out += ", …";
    return out;
  }
  std::array<char, k_max_value> text{};
  exif_entry_get_value(e, text.data(), static_cast<unsigned>(text.size()));
  return std::string(text.data(), strnlen(text.data(), text.size()));
}

void read_fields(ExifData* d, ExifFacts& facts) {
  for (ExifIfd ifd : k_ifds) {
    ExifContent* content = d->ifd[ifd];
    if (!content) continue;
    for (unsigned i = 0; i < content->count; ++i) {
      ExifEntry* e = content->entries[i];
      if (!e || e->tag == EXIF_TAG_MAKER_NOTE) continue;
      const char* name = exif_tag_get_name_in_ifd(e->tag, ifd);
      if (!name) continue;
      facts.fields[std::string("exif:") + name] = field_text(d, e);
    }
  }
}

}  // namespace

std::optional<ExifFacts> exif_facts(const unsigned char* data, std::size_t size) {
  if (!data || size < 8 || size > (1u << 24)) return std::nullopt;
  std::vector<unsigned char> payload;
  if (std::memcmp(data, k_exif_header, sizeof k_exif_header) != 0) {
    payload.assign(std::begin(k_exif_header), std::end(k_exif_header));
  }
  payload.insert(payload.end(), data, data + size);
  ExifPtr d(exif_data_new());
  if (!d) return std::nullopt;
  exif_data_unset_option(d.get(), EXIF_DATA_OPTION_FOLLOW_SPECIFICATION);
  exif_data_load_data(d.get(), payload.data(), static_cast<unsigned>(payload.size()));
  ExifFacts facts;
  read_fields(d.get(), facts);
  if (facts.fields.empty()) return std::nullopt;
  facts.date_time_original = ascii(entry(d.get(), EXIF_IFD_EXIF, EXIF_TAG_DATE_TIME_ORIGINAL));
  facts.offset_time_original = ascii(entry(d.get(), EXIF_IFD_EXIF, EXIF_TAG_OFFSET_TIME_ORIGINAL));
  facts.make = ascii(entry(d.get(), EXIF_IFD_0, EXIF_TAG_MAKE));
  facts.model = ascii(entry(d.get(), EXIF_IFD_0, EXIF_TAG_MODEL));
  facts.software = ascii(entry(d.get(), EXIF_IFD_0, EXIF_TAG_SOFTWARE));
  read_gps(d.get(), facts);
  return facts;
}

}  // namespace media
