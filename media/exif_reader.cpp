#include "media/exif_reader.hpp"

#include <exiv2/exiv2.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "media/exif_facts.hpp"
#include "media/metadata_text.hpp"
#include "media/tag_time.hpp"

namespace media::exif_xmp {
namespace {

constexpr std::size_t k_max_exif_fields = 1000;      // a hostile IFD can list 65535 entries
constexpr long k_max_components = 32;                // numbers shown per field; more end in ", …"
constexpr double k_max_altitude_m = 100000;          // beyond it the field is misread (negative written unsigned)

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

}  // namespace

void set_altitude(ExifFacts& facts, double metres) {
  if (std::abs(metres) > k_max_altitude_m) {
    facts.problems.push_back("GPSAltitude " + decimal(metres) + " m is out of range");
    return;
  }
  facts.altitude_m = metres;
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

}  // namespace media::exif_xmp
