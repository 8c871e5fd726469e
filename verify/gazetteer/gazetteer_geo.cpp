// Gazetteer lookups by coordinates: nearest place and containing country.
#include <cmath>

#include "verify/gazetteer/gazetteer.hpp"
#include "verify/gazetteer/gazetteer_impl.hpp"
#include "verify/gazetteer/polygon.hpp"

namespace verify::gazetteer {
namespace {

constexpr double k_earth_radius_km = 6371.0088;
constexpr double k_km_per_degree = 111.19;
constexpr double k_first_box_degrees = 0.25;

double radians(double degrees) { return degrees * M_PI / 180.0; }

// Haversine on a sphere: enough to rank neighbours. Reported distances use
// GeographicLib's geodesics (checks/route).
double sphere_km(double lat1, double lon1, double lat2, double lon2) {
  const double dlat = radians(lat2 - lat1), dlon = radians(lon2 - lon1);
  const double a = std::pow(std::sin(dlat / 2), 2) +
                   std::cos(radians(lat1)) * std::cos(radians(lat2)) * std::pow(std::sin(dlon / 2), 2);
  return 2 * k_earth_radius_km * std::asin(std::min(1.0, std::sqrt(a)));
}

bool valid(double lat, double lon) {
  return std::isfinite(lat) && std::isfinite(lon) && lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180;
}

}  // namespace

std::optional<Nearby> Gazetteer::nearest(double lat, double lon) const {
  if (!valid(lat, lon)) return std::nullopt;
  auto& stmt = m_impl->in_box;
  // Grow a box around the point until the best place found is nearer than
  // anything outside the box could be (the box's inscribed circle).
  for (double half = k_first_box_degrees;; half *= 2) {
    stmt.bind(1, lat - half).bind(2, lat + half).bind(3, lon - half).bind(4, lon + half);
    std::optional<Nearby> best;
    while (stmt.step()) {
      const double km = sphere_km(lat, lon, stmt.real(3), stmt.real(4));
      if (!best || km < best->km) best = Nearby{place_from(stmt, 0), km};
    }
    stmt.reset();
    const double cos_lat = std::max(0.0, std::cos(radians(std::min(90.0, std::abs(lat) + half))));
    const double safe_km = half * k_km_per_degree * cos_lat;
    if (best && (best->km <= safe_km || half >= 360)) return best;
    if (half >= 360) return std::nullopt;
  }
}

std::vector<std::vector<std::pair<double, double>>> Gazetteer::outlines_in(double min_lat, double max_lat,
                                                                          double min_lon, double max_lon) const {
  std::vector<std::vector<std::pair<double, double>>> out;
  if (!valid(min_lat, min_lon) || !valid(max_lat, max_lon)) return out;
  auto& stmt = m_impl->outlines;
  stmt.bind(1, min_lat).bind(2, max_lat).bind(3, min_lon).bind(4, max_lon);
  while (stmt.step()) {
    for (const Ring& ring : decode_rings(stmt.blob(0))) {
      std::vector<std::pair<double, double>> points;
      points.reserve(ring.size());
      for (const LonLat& p : ring) points.emplace_back(p.lon, p.lat);
      out.push_back(std::move(points));
    }
  }
  stmt.reset();
  return out;
}

std::optional<Country> Gazetteer::country_at(double lat, double lon) const {
  if (!valid(lat, lon)) return std::nullopt;
  auto& stmt = m_impl->countries_at;
  stmt.bind(1, lat).bind(2, lon);
  std::optional<Country> found;
  while (!found && stmt.step()) {
    if (rings_contain(stmt.blob(3), lat, lon)) found = Country{stmt.text(0), stmt.text(1), stmt.text(2)};
  }
  stmt.reset();
  return found;
}

}  // namespace verify::gazetteer
