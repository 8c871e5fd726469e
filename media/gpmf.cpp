#include "media/gpmf.hpp"

extern "C" {
#include <libavformat/avformat.h>
#include <libavutil/error.h>
#include <libavutil/mem.h>
}

#include <algorithm>
#include <bit>
#include <chrono>
#include <cmath>
#include <memory>
#include <string_view>

namespace media {
namespace {

using namespace std::chrono;

constexpr int k_max_depth = 8;                 // DEVC > STRM is two; GoPro writes no deeper than three
constexpr std::size_t k_max_items = 100000;    // per payload; a real one holds a few hundred
constexpr std::size_t k_max_problems = 32;
constexpr std::size_t k_max_elements = 64;     // values per sample; the Karma's widest (ESCS) has 30
constexpr std::size_t k_max_text = 256;        // bytes kept of a name or a TYPE
constexpr long k_max_other_packets = 100000;   // packets of other streams, should the demuxer not discard them
constexpr const char* k_formats = "mov,mp4,m4a,3gp,3g2,mj2";

using FourCC = std::uint32_t;

constexpr FourCC fourcc(const char (&key)[5]) {
  return FourCC(std::uint8_t(key[0])) << 24 | FourCC(std::uint8_t(key[1])) << 16 | FourCC(std::uint8_t(key[2])) << 8 |
         FourCC(std::uint8_t(key[3]));
}

std::string key_text(FourCC key) {
  return {char(key >> 24), char(key >> 16), char(key >> 8), char(key)};
}

std::uint64_t read_be(const std::uint8_t* p, std::size_t n) {
  std::uint64_t v = 0;
  for (std::size_t i = 0; i < n; ++i) v = v << 8 | p[i];
  return v;
}

// One KLV item: its value is `struct_size * repeat` bytes, already checked to lie within its container.
struct Klv {
  FourCC key = 0;
  char type = 0;
  std::size_t struct_size = 0;
  std::size_t repeat = 0;
  const std::uint8_t* value = nullptr;

  std::size_t value_size() const { return struct_size * repeat; }
};

void add_problem(GpmfFacts& facts, const std::string& text) {
  if (facts.problems.size() >= k_max_problems) return;
  if (std::find(facts.problems.begin(), facts.problems.end(), text) != facts.problems.end()) return;
  facts.problems.push_back(text);
}

// Bytes per value of a GPMF type; 0 for nested ('\0'), complex ('?') and unknown types.
std::size_t type_size(char type) {
  switch (type) {
    case 'b': case 'B': case 'c': return 1;
    case 's': case 'S': return 2;
    case 'l': case 'L': case 'f': case 'F': case 'q': return 4;
    case 'j': case 'J': case 'd': case 'Q': return 8;
    case 'G': case 'U': return 16;
    default: return 0;
  }
}

// A number of a numeric type at `p` (which holds type_size(type) bytes); nullopt for text and ids.
std::optional<double> number_at(char type, const std::uint8_t* p) {
  switch (type) {
    case 'b': return static_cast<std::int8_t>(p[0]);
    case 'B': return p[0];
    case 's': return static_cast<std::int16_t>(read_be(p, 2));
    case 'S': return static_cast<double>(read_be(p, 2));
    case 'l': return static_cast<std::int32_t>(read_be(p, 4));
    case 'L': return static_cast<double>(read_be(p, 4));
    case 'j': return static_cast<double>(static_cast<std::int64_t>(read_be(p, 8)));
    case 'J': return static_cast<double>(read_be(p, 8));
    case 'f': return std::bit_cast<float>(static_cast<std::uint32_t>(read_be(p, 4)));
    case 'd': return std::bit_cast<double>(read_be(p, 8));
    case 'q': return static_cast<std::int32_t>(read_be(p, 4)) / 65536.0;
    case 'Q': return static_cast<double>(static_cast<std::int64_t>(read_be(p, 8))) / 4294967296.0;
    default: return std::nullopt;
  }
}

// Text of a 'c' (or 'U') item: up to the first NUL, trailing spaces dropped.
std::string text_of(const Klv& klv) {
  if (klv.type != 'c' && klv.type != 'U') return {};
  std::string text(reinterpret_cast<const char*>(klv.value), std::min(klv.value_size(), k_max_text));
  if (const auto nul = text.find('\0'); nul != std::string::npos) text.resize(nul);
  while (!text.empty() && text.back() == ' ') text.pop_back();
  return text;
}

// Where each value of one sample lies: one type per value, from the item's own
// type, or from the stream's TYPE text ("lllllllSS", "f[8]L") when it is '?'.
struct Layout {
  std::vector<char> types;
  std::vector<std::size_t> offsets;
};

std::optional<std::vector<char>> expand_type_text(std::string_view text) {
  std::vector<char> types;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '[') {
      types.push_back(text[i]);
    } else {  // "[n]" repeats the type before it n times in all
      const auto close = text.find(']', i);
      if (types.empty() || close == std::string_view::npos || close == i + 1 || close - i > 4) return std::nullopt;
      std::size_t count = 0;
      for (std::size_t j = i + 1; j < close; ++j) {
        if (text[j] < '0' || text[j] > '9') return std::nullopt;
        count = count * 10 + std::size_t(text[j] - '0');
      }
      if (count == 0 || count > k_max_elements) return std::nullopt;
      types.insert(types.end(), count - 1, types.back());
      i = close;
    }
    if (types.size() > k_max_elements) return std::nullopt;
  }
  return types;
}

std::optional<Layout> layout_of(const Klv& klv, std::string_view type_text) {
  Layout layout;
  if (klv.type == '?') {
    auto types = expand_type_text(type_text);
    if (!types || types->empty()) return std::nullopt;
    layout.types = std::move(*types);
  } else {
    const std::size_t size = type_size(klv.type);
    if (size == 0 || klv.struct_size < size || klv.struct_size % size != 0) return std::nullopt;
    if (klv.struct_size / size > k_max_elements) return std::nullopt;
    layout.types.assign(klv.struct_size / size, klv.type);
  }
  std::size_t offset = 0;
  for (char type : layout.types) {
    const std::size_t size = type_size(type);
    if (size == 0) return std::nullopt;
    layout.offsets.push_back(offset);
    offset += size;
  }
  if (offset > klv.struct_size) return std::nullopt;  // TYPE describes more bytes than a sample holds
  return layout;
}

std::optional<double> element(const Klv& klv, const Layout& layout, std::size_t sample, std::size_t index) {
  if (sample >= klv.repeat || index >= layout.types.size()) return std::nullopt;
  const char type = layout.types[index];
  const std::size_t at = sample * klv.struct_size + layout.offsets[index];
  if (at + type_size(type) > klv.value_size()) return std::nullopt;
  return number_at(type, klv.value + at);
}

// A data item as its stream described it: the SCAL and TYPE that came before it.
struct DataItem {
  Klv klv;
  std::optional<Klv> scal;
  std::string type_text;
};

// Reads the scaled values of a data item; made only when its layout and scale are usable.
class ScaledReader {
 public:
  static std::optional<ScaledReader> make(const DataItem& item, std::size_t min_values, GpmfFacts& facts);

  std::size_t samples() const { return klv_.repeat; }
  std::optional<double> value(std::size_t sample, std::size_t index) const {
    const auto raw = element(klv_, layout_, sample, index);
    if (!raw || index >= divisors_.size()) return std::nullopt;
    return *raw / divisors_[index];
  }
  std::optional<double> raw(std::size_t sample, std::size_t index) const {
    return element(klv_, layout_, sample, index);
  }

 private:
  ScaledReader(Klv klv, Layout layout, std::vector<double> divisors)
      : klv_(klv), layout_(std::move(layout)), divisors_(std::move(divisors)) {}
  Klv klv_;
  Layout layout_;
  std::vector<double> divisors_;  // one per value of a sample
};

// SCAL holds one divisor for all values or one per value, as numbers of any simple type.
std::optional<std::vector<double>> divisors_for(const Klv& scal, std::size_t values, const std::string& name,
                                                GpmfFacts& facts) {
  const auto layout = layout_of(scal, {});
  if (!layout) {
    add_problem(facts, name + " has a SCAL that is not numbers");
    return std::nullopt;
  }
  std::vector<double> all;
  for (std::size_t s = 0; s < scal.repeat && all.size() <= k_max_elements; ++s) {
    for (std::size_t i = 0; i < layout->types.size(); ++i) {
      if (const auto v = element(scal, *layout, s, i)) all.push_back(*v);
    }
  }
  if (all.size() != 1 && all.size() < values) {
    add_problem(facts,
                name + " has " + std::to_string(all.size()) + " scales for " + std::to_string(values) + " values");
    return std::nullopt;
  }
  std::vector<double> divisors(values, all.empty() ? 0.0 : all[0]);
  if (all.size() > 1) std::copy_n(all.begin(), values, divisors.begin());
  for (double d : divisors) {
    if (d == 0) {
      add_problem(facts, name + " has a zero scale");
      return std::nullopt;
    }
    if (!std::isfinite(d)) {
      add_problem(facts, name + " has a scale that is not a number");
      return std::nullopt;
    }
  }
  return divisors;
}

std::optional<ScaledReader> ScaledReader::make(const DataItem& item, std::size_t min_values, GpmfFacts& facts) {
  const std::string name = key_text(item.klv.key);
  auto layout = layout_of(item.klv, item.type_text);
  if (!layout) {
    add_problem(facts, name + " has a layout that cannot be read");
    return std::nullopt;
  }
  if (layout->types.size() < min_values) {
    add_problem(facts, name + " has " + std::to_string(layout->types.size()) + " values per sample, fewer than " +
                           std::to_string(min_values));
    return std::nullopt;
  }
  if (!item.scal) {
    add_problem(facts, name + " has no SCAL");
    return std::nullopt;
  }
  auto divisors = divisors_for(*item.scal, layout->types.size(), name, facts);
  if (!divisors) return std::nullopt;
  return ScaledReader(item.klv, std::move(*layout), std::move(*divisors));
}

struct Position {
  double lat = 0, lon = 0;
  std::optional<double> altitude_m;
  int fix = 0;
  std::optional<double> dop;
};

// What one GPS sample says. Its time is UTC, or the Karma's system clock
// (seconds since boot) until the device's SYST dates it.
struct Reading {
  std::optional<core::Instant> utc;
  std::optional<double> system_seconds;
  std::optional<Position> position;  // set only for a fix: GPSF >= 2 and a non-zero position
};

struct ClockPoint {
  double system_seconds = 0;
  double utc_seconds = 0;
};

struct DeviceScope {
  std::string name;
  std::vector<Reading> readings;
  std::vector<ClockPoint> clock;  // SYST samples
};

struct StreamScope {
  std::optional<Klv> scal;
  std::string type_text;
  std::optional<Klv> gpsu, gpsf, gpsp;
  std::vector<DataItem> data;  // GPS5, GPS9, GPRI, SYST
};

// GPSU "yymmddhhmmss.sss", UTC, years 2000-2099.
std::optional<core::Instant> gpsu_time(std::string_view text) {
  if (text.size() < 12) return std::nullopt;
  int digits[12];
  for (int i = 0; i < 12; ++i) {
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
    digits[i] = text[i] - '0';
  }
  auto pair = [&](int i) { return digits[i] * 10 + digits[i + 1]; };
  int millis = 0;
  if (text.size() > 12) {
    if (text[12] != '.' || text.size() > 16 || text.size() == 13) return std::nullopt;
    int scale = 100;
    for (std::size_t i = 13; i < text.size(); ++i, scale /= 10) {
      if (text[i] < '0' || text[i] > '9') return std::nullopt;
      millis += (text[i] - '0') * scale;
    }
  }
  const year_month_day date{year{2000 + pair(0)}, month{unsigned(pair(2))}, day{unsigned(pair(4))}};
  const int h = pair(6), m = pair(8), s = pair(10);
  if (!date.ok() || h > 23 || m > 59 || s > 59) return std::nullopt;
  const core::Millis t = sys_days{date} + hours{h} + minutes{m} + seconds{s} + milliseconds{millis};
  return core::Instant{t, core::Precision::millisecond};
}

// A time from seconds since 1970, when it falls in 2000-2099 (GPS receivers' range here).
std::optional<core::Instant> instant_from_seconds(double seconds, core::Precision precision) {
  constexpr double k_2000 = 946684800, k_2100 = 4102444800;
  if (!std::isfinite(seconds) || seconds < k_2000 || seconds >= k_2100) return std::nullopt;
  return core::from_unix_millis(std::llround(seconds * 1000), precision);
}

bool plausible(double lat, double lon) {
  return std::isfinite(lat) && std::isfinite(lon) && std::abs(lat) <= 90 && std::abs(lon) <= 180;
}

bool non_zero(double lat, double lon) { return lat != 0 || lon != 0; }

// A fix type as an integer in [0, max]; 0 when absent or not a number.
int bounded_fix(std::optional<double> value, int max) {
  if (!value || !std::isfinite(*value)) return 0;
  return int(std::clamp(*value, 0.0, double(max)));
}

std::optional<double> first_number(const std::optional<Klv>& klv) {
  if (!klv) return std::nullopt;
  const auto layout = layout_of(*klv, {});
  if (!layout) return std::nullopt;
  return element(*klv, *layout, 0, 0);
}

// The position of a sample whose fix is known: lat, lon and alt from value `first` on. nullopt
// when it is zero (no position yet) or out of range (a problem).
std::optional<Position> position_of(const ScaledReader& r, std::size_t sample, std::size_t first, int fix,
                                    std::optional<double> dop, const std::string& name, GpmfFacts& facts) {
  const auto lat = r.value(sample, first), lon = r.value(sample, first + 1);
  if (!lat || !lon || !non_zero(*lat, *lon)) return std::nullopt;
  if (!plausible(*lat, *lon)) {
    add_problem(facts, name + " position is out of range");
    return std::nullopt;
  }
  return Position{*lat, *lon, r.value(sample, first + 2), fix, dop};
}

// GPS5: lat, lon, alt, 2D speed, 3D speed per sample; GPSU, GPSF and GPSP hold for all samples of the stream.
void read_gps5(const DataItem& item, const StreamScope& stream, DeviceScope& device, GpmfFacts& facts) {
  const auto time = stream.gpsu ? gpsu_time(text_of(*stream.gpsu)) : std::nullopt;
  const int fix = bounded_fix(first_number(stream.gpsf), 3);
  if (fix < 2) return;
  if (!time) {
    add_problem(facts, "GPS5 has no GPSU time");
    return;
  }
  const auto reader = ScaledReader::make(item, 2, facts);
  if (!reader) return;
  const auto dop_x100 = first_number(stream.gpsp);
  const std::optional<double> dop = dop_x100 ? std::optional(*dop_x100 / 100) : std::nullopt;
  for (std::size_t s = 0; s < reader->samples(); ++s) {
    if (auto position = position_of(*reader, s, 0, fix, dop, "GPS5", facts)) {
      device.readings.push_back({time, std::nullopt, position});
      return;
    }
  }
}

// GPS9: lat, lon, alt, 2D speed, 3D speed, days since 2000, seconds since midnight, DOP, fix per sample.
std::optional<core::Instant> gps9_time(const ScaledReader& r, std::size_t sample) {
  const auto days_since_2000 = r.value(sample, 5), seconds_of_day = r.value(sample, 6);
  const bool in_range = days_since_2000 && seconds_of_day && *days_since_2000 >= 0 && *days_since_2000 <= 36524 &&
                        *seconds_of_day >= 0 && *seconds_of_day < 86401;  // false for NaN too
  if (!in_range) return std::nullopt;
  const sys_days day = sys_days{year{2000} / 1 / 1} + days{static_cast<int>(*days_since_2000)};
  const double seconds = double(duration_cast<std::chrono::seconds>(day.time_since_epoch()).count()) + *seconds_of_day;
  return instant_from_seconds(seconds, core::Precision::millisecond);
}

void read_gps9(const DataItem& item, DeviceScope& device, GpmfFacts& facts) {
  const auto reader = ScaledReader::make(item, 9, facts);
  if (!reader) return;
  bool timed = false;
  for (std::size_t s = 0; s < reader->samples(); ++s) {
    const auto time = gps9_time(*reader, s);
    if (!time) {
      add_problem(facts, "GPS9 sample time is not a date");
      continue;
    }
    const int fix = bounded_fix(reader->raw(s, 8), 3);
    const auto position = fix >= 2 ? position_of(*reader, s, 0, fix, reader->value(s, 7), "GPS9", facts) : std::nullopt;
    if (!timed || position) device.readings.push_back({time, std::nullopt, position});
    timed = true;
    if (position) return;
  }
}

// The Karma's GPRI ("GPS RAW", TYPE JlllSSSSBB): system time, lat, lon, alt, HDOP×100,
// VDOP×100, speed, course, fix type (MAVLink: 2 2D, 3 3D, above 3 corrected 3D), satellites.
void read_gpri(const DataItem& item, DeviceScope& device, GpmfFacts& facts) {
  const auto reader = ScaledReader::make(item, 9, facts);
  if (!reader) return;
  bool timed = false;
  for (std::size_t s = 0; s < reader->samples(); ++s) {
    const auto system_seconds = reader->value(s, 0);
    if (!system_seconds || !std::isfinite(*system_seconds)) continue;
    const int fix = bounded_fix(reader->raw(s, 8), 3);  // 4 and above: 3D with corrections
    const auto hdop_raw = reader->raw(s, 4);
    const auto dop = hdop_raw && *hdop_raw != 65535 ? reader->value(s, 4) : std::nullopt;  // 65535: unknown
    const auto position = fix >= 2 ? position_of(*reader, s, 1, fix, dop, "GPRI", facts) : std::nullopt;
    if (!timed || position) device.readings.push_back({std::nullopt, system_seconds, position});
    timed = true;
    if (position) return;
  }
}

// The Karma's SYST: pairs of (system seconds, UTC seconds) that date its system clock.
void read_syst(const DataItem& item, DeviceScope& device, GpmfFacts& facts) {
  const auto reader = ScaledReader::make(item, 2, facts);
  if (!reader) return;
  for (std::size_t s = 0; s < reader->samples() && device.clock.size() < k_max_elements; ++s) {
    const auto system_seconds = reader->value(s, 0), utc_seconds = reader->value(s, 1);
    if (system_seconds && utc_seconds && std::isfinite(*system_seconds) && std::isfinite(*utc_seconds)) {
      device.clock.push_back({*system_seconds, *utc_seconds});
    }
  }
}

void finish_stream(const StreamScope& stream, DeviceScope& device, GpmfFacts& facts) {
  if (stream.gpsu) {
    if (const auto time = gpsu_time(text_of(*stream.gpsu))) {
      device.readings.push_back({time, std::nullopt, std::nullopt});
    } else {
      add_problem(facts, "GPSU is not a date");
    }
  }
  for (const DataItem& item : stream.data) {
    switch (item.klv.key) {
      case fourcc("GPS5"): read_gps5(item, stream, device, facts); break;
      case fourcc("GPS9"): read_gps9(item, device, facts); break;
      case fourcc("GPRI"): read_gpri(item, device, facts); break;
      case fourcc("SYST"): read_syst(item, device, facts); break;
      default: break;
    }
  }
}

// UTC of a system-clock time, from the SYST sample nearest to it.
std::optional<core::Instant> date_system_time(double system_seconds, const std::vector<ClockPoint>& clock) {
  if (clock.empty()) return std::nullopt;
  const auto nearest = std::min_element(clock.begin(), clock.end(), [&](const ClockPoint& a, const ClockPoint& b) {
    return std::abs(a.system_seconds - system_seconds) < std::abs(b.system_seconds - system_seconds);
  });
  // SYST carries whole UTC seconds, so the result is good to a second.
  const double utc_seconds = nearest->utc_seconds + (system_seconds - nearest->system_seconds);
  return instant_from_seconds(utc_seconds, core::Precision::second);
}

void finish_device(const DeviceScope& device, GpmfFacts& facts) {
  for (const Reading& reading : device.readings) {
    auto time = reading.utc;
    if (!time && reading.system_seconds) {
      time = date_system_time(*reading.system_seconds, device.clock);
      if (!time) add_problem(facts, device.clock.empty() ? "GPRI has no SYST clock to date it" : "SYST is not a date");
    }
    if (!time) continue;
    if (!facts.first_gps_time) facts.first_gps_time = time;
    if (reading.position && !facts.first_fix) {
      const Position& p = *reading.position;
      facts.first_fix = GpmfFix{p.lat, p.lon, p.altitude_m, *time, p.fix, p.dop};
      facts.fix_device = device.name;
    }
  }
}

bool printable_key(FourCC key) {
  for (int shift = 24; shift >= 0; shift -= 8) {
    const auto c = std::uint8_t(key >> shift);
    if (c < 0x20 || c > 0x7e) return false;
  }
  return true;
}

// Walks nested KLV items, within the depth and item bounds, into device and stream scopes.
class Walker {
 public:
  explicit Walker(GpmfFacts& facts) : facts_(facts) {}

  void payload(const std::uint8_t* data, std::size_t size) {
    DeviceScope device;
    StreamScope stream;
    walk(data, size, 1, device, stream);
    finish_stream(stream, device, facts_);
    finish_device(device, facts_);
  }

 private:
  void walk(const std::uint8_t* data, std::size_t size, int depth, DeviceScope& device, StreamScope& stream) {
    std::size_t pos = 0;
    while (!stopped_ && size - pos >= 8) {
      if (++items_ > k_max_items) {
        add_problem(facts_, "GPMF has more than " + std::to_string(k_max_items) + " items");
        stopped_ = true;
        return;
      }
      const std::uint8_t* p = data + pos;
      Klv klv{FourCC(read_be(p, 4)), char(p[4]), p[5], std::size_t(read_be(p + 6, 2)), p + 8};
      if (klv.key == 0) return;  // a null key ends the items, as padding does
      if (!printable_key(klv.key)) {
        add_problem(facts_, "GPMF key is not text");
        return;
      }
      const std::size_t room = size - pos - 8;
      if (klv.value_size() > room) {
        add_problem(facts_, "GPMF " + key_text(klv.key) + " runs past the end of its container");
        return;
      }
      item(klv, depth, device, stream);
      pos += 8 + std::min((klv.value_size() + 3) & ~std::size_t(3), room);  // values are padded to 4 bytes
    }
  }

  void item(const Klv& klv, int depth, DeviceScope& device, StreamScope& stream) {
    if (klv.type == 0) {
      nested(klv, depth, device, stream);
      return;
    }
    switch (klv.key) {
      case fourcc("DVNM"): device_name(klv, device); break;
      case fourcc("SCAL"): stream.scal = klv; break;
      case fourcc("TYPE"): stream.type_text = text_of(klv); break;
      case fourcc("GPSU"): stream.gpsu = klv; break;
      case fourcc("GPSF"): stream.gpsf = klv; break;
      case fourcc("GPSP"): stream.gpsp = klv; break;
      case fourcc("GPS5"):
      case fourcc("GPS9"):
      case fourcc("GPRI"):
      case fourcc("SYST"): stream.data.push_back({klv, stream.scal, stream.type_text}); break;
      default: break;
    }
  }

  void nested(const Klv& klv, int depth, DeviceScope& device, StreamScope& stream) {
    if (depth + 1 > k_max_depth) {
      add_problem(facts_, "GPMF nests deeper than " + std::to_string(k_max_depth) + " levels");
      return;
    }
    if (klv.key == fourcc("DEVC")) {
      DeviceScope inner_device;
      StreamScope inner_stream;
      walk(klv.value, klv.value_size(), depth + 1, inner_device, inner_stream);
      finish_stream(inner_stream, inner_device, facts_);
      finish_device(inner_device, facts_);
    } else if (klv.key == fourcc("STRM")) {
      StreamScope inner_stream;
      walk(klv.value, klv.value_size(), depth + 1, device, inner_stream);
      finish_stream(inner_stream, device, facts_);
    } else {
      walk(klv.value, klv.value_size(), depth + 1, device, stream);
    }
  }

  void device_name(const Klv& klv, DeviceScope& device) {
    const std::string name = text_of(klv);
    if (name.empty()) return;
    if (device.name.empty()) device.name = name;
    if (facts_.device.empty()) facts_.device = name;
  }

  GpmfFacts& facts_;
  std::size_t items_ = 0;
  bool stopped_ = false;
};

struct ContextClose {
  void operator()(AVFormatContext* ctx) const { avformat_close_input(&ctx); }
};
struct PacketFree {
  void operator()(AVPacket* pkt) const { av_packet_free(&pkt); }
};

std::string av_text(int code) {
  char text[AV_ERROR_MAX_STRING_SIZE] = {};
  av_strerror(code, text, sizeof text);
  return text;
}

// Opened with the MP4/QuickTime demuxers and the file protocol only: the path
// is a file, never a URL, and no other demuxer gets to guess at it.
std::unique_ptr<AVFormatContext, ContextClose> open_mp4(const std::filesystem::path& file) {
  AVFormatContext* ctx = avformat_alloc_context();
  if (!ctx) return nullptr;
  ctx->format_whitelist = av_strdup(k_formats);
  ctx->protocol_whitelist = av_strdup("file");
  if (!ctx->format_whitelist || !ctx->protocol_whitelist) {
    avformat_free_context(ctx);  // frees the lists too
    return nullptr;
  }
  const std::string url = "file:" + file.string();
  if (avformat_open_input(&ctx, url.c_str(), nullptr, nullptr) < 0) return nullptr;  // ctx is freed on failure
  return std::unique_ptr<AVFormatContext, ContextClose>(ctx);
}

int gpmd_stream(AVFormatContext* ctx) {
  for (unsigned i = 0; i < ctx->nb_streams; ++i) {
    if (ctx->streams[i]->codecpar->codec_tag == MKTAG('g', 'p', 'm', 'd')) return int(i);
  }
  return -1;
}

void read_packets(AVFormatContext* ctx, int stream, int max_packets, std::size_t max_bytes, GpmfFacts& facts) {
  std::unique_ptr<AVPacket, PacketFree> pkt(av_packet_alloc());
  if (!pkt) return;
  int packets = 0;
  long other_packets = 0;
  std::size_t bytes = 0;
  while (packets < max_packets && !facts.first_fix) {
    const int rc = av_read_frame(ctx, pkt.get());
    if (rc == AVERROR_EOF) return;
    if (rc < 0) {
      add_problem(facts, "reading the metadata track stopped: " + av_text(rc));
      return;
    }
    const bool ours = pkt->stream_index == stream;
    const std::size_t size = pkt->size > 0 ? std::size_t(pkt->size) : 0;
    if (ours && size > max_bytes - bytes) {
      add_problem(facts, "stopped at " + std::to_string(max_bytes) + " bytes of GoPro metadata");
      av_packet_unref(pkt.get());
      return;
    }
    if (ours) {
      ++packets;
      bytes += size;
      read_gpmf_payload(pkt->data, size, facts);
    }
    av_packet_unref(pkt.get());
    if (!ours && ++other_packets > k_max_other_packets) return;
  }
}

}  // namespace

void read_gpmf_payload(const std::uint8_t* data, std::size_t size, GpmfFacts& facts) {
  if (!data || size == 0) return;
  if (size < 8) {
    add_problem(facts, "GPMF payload is shorter than one item");
    return;
  }
  Walker(facts).payload(data, size);
}

std::optional<GpmfFacts> read_gpmf_file(const std::filesystem::path& file, int max_packets, std::size_t max_bytes) {
  const auto ctx = open_mp4(file);
  if (!ctx) return std::nullopt;
  const int stream = gpmd_stream(ctx.get());
  if (stream < 0) return std::nullopt;
  for (unsigned i = 0; i < ctx->nb_streams; ++i) {
    if (int(i) != stream) ctx->streams[i]->discard = AVDISCARD_ALL;  // only the metadata samples are read
  }
  GpmfFacts facts;
  read_packets(ctx.get(), stream, max_packets, max_bytes, facts);
  return facts;
}

}  // namespace media
