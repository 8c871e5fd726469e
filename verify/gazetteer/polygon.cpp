#include "verify/gazetteer/polygon.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace verify::gazetteer {

std::string encode_rings(const std::vector<Ring>& rings) {
  std::string out;
  for (const Ring& ring : rings) {
    const auto count = static_cast<std::uint32_t>(ring.size());
    out.append(reinterpret_cast<const char*>(&count), sizeof count);
    out.append(reinterpret_cast<const char*>(ring.data()), ring.size() * sizeof(LonLat));
  }
  return out;
}

Bounds bounds_of(const std::vector<Ring>& rings) {
  Bounds b;
  for (const Ring& ring : rings) {
    for (const LonLat& p : ring) {
      b.min_lat = std::min<double>(b.min_lat, p.lat);
      b.max_lat = std::max<double>(b.max_lat, p.lat);
      b.min_lon = std::min<double>(b.min_lon, p.lon);
      b.max_lon = std::max<double>(b.max_lon, p.lon);
    }
  }
  return b;
}

std::vector<Ring> decode_rings(std::string_view blob) {
  std::vector<Ring> rings;
  std::size_t at = 0;
  while (at + sizeof(std::uint32_t) <= blob.size()) {
    std::uint32_t count = 0;
    std::memcpy(&count, blob.data() + at, sizeof count);
    at += sizeof count;
    if (count > (blob.size() - at) / sizeof(LonLat)) break;
    Ring ring(count);
    std::memcpy(ring.data(), blob.data() + at, count * sizeof(LonLat));
    at += count * sizeof(LonLat);
    rings.push_back(std::move(ring));
  }
  return rings;
}

bool rings_contain(std::string_view blob, double lat, double lon) {
  bool inside = false;
  std::size_t at = 0;
  while (at + sizeof(std::uint32_t) <= blob.size()) {
    std::uint32_t count = 0;
    std::memcpy(&count, blob.data() + at, sizeof count);
    at += sizeof count;
    if (count > (blob.size() - at) / sizeof(LonLat)) return false;
    std::vector<LonLat> ring(count);
    std::memcpy(ring.data(), blob.data() + at, count * sizeof(LonLat));
    at += count * sizeof(LonLat);
    for (std::size_t i = 0, j = count ? count - 1 : 0; i < count; j = i++) {
      const double yi = ring[i].lat, yj = ring[j].lat, xi = ring[i].lon, xj = ring[j].lon;
      if ((yi > lat) != (yj > lat) && lon < (xj - xi) * (lat - yi) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

}  // namespace verify::gazetteer
