#include "media/gpmf.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <string_view>

#include "media/gpmf_klv.hpp"

namespace media {
namespace {

using namespace std::chrono;
using namespace gpmf;  // the KLV layer: Klv, DataItem, ScaledReader, fourcc, text_of, add_problem, …

constexpr int k_max_depth = 8;                 // DEVC > STRM is two; GoPro writes no deeper than three
constexpr std::size_t k_max_items = 100000;    // per payload; a real one holds a few hundred

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

}  // namespace

void read_gpmf_payload(const std::uint8_t* data, std::size_t size, GpmfFacts& facts) {
  if (!data || size == 0) return;
  if (size < 8) {
    add_problem(facts, "GPMF payload is shorter than one item");
    return;
  }
  Walker(facts).payload(data, size);
}

}  // namespace media
