#pragma once
// Country outlines as rings of (lon, lat) points, stored as a compact BLOB:
// for each ring a uint32 point count, then count pairs of float lon, lat
// (host byte order: the index is built on the machine that reads it).

#include <string>
#include <string_view>
#include <vector>

namespace verify::gazetteer {

struct LonLat {
  float lon = 0;
  float lat = 0;
};
using Ring = std::vector<LonLat>;

struct Bounds {
  double min_lat = 90, max_lat = -90, min_lon = 180, max_lon = -180;
  bool empty() const { return min_lat > max_lat; }
};

std::string encode_rings(const std::vector<Ring>& rings);
Bounds bounds_of(const std::vector<Ring>& rings);

// The rings of a blob; those after a malformed count are dropped.
std::vector<Ring> decode_rings(std::string_view blob);

// Even-odd rule over all rings, so holes and islands need no special case.
// A malformed blob is treated as containing nothing.
bool rings_contain(std::string_view blob, double lat, double lon);

}  // namespace verify::gazetteer
