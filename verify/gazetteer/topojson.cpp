#include "verify/gazetteer/topojson.hpp"

#include <unicode/region.h>

#include <nlohmann/json.hpp>

#include <cstdlib>

namespace verify::gazetteer {
namespace {

using nlohmann::json;

struct Transform {
  double scale_x = 1, scale_y = 1, translate_x = 0, translate_y = 0;
};

// Arcs in absolute lon/lat: TopoJSON stores each arc's first position and
// then deltas, all quantised.
std::vector<Ring> decode_arcs(const json& arcs, const Transform& t) {
  std::vector<Ring> out;
  out.reserve(arcs.size());
  for (const json& arc : arcs) {
    Ring ring;
    long x = 0, y = 0;
    for (const json& pos : arc) {
      x += pos.at(0).get<long>();
      y += pos.at(1).get<long>();
      ring.push_back({static_cast<float>(x * t.scale_x + t.translate_x), static_cast<float>(y * t.scale_y + t.translate_y)});
    }
    out.push_back(std::move(ring));
  }
  return out;
}

// A ring is a list of arc indexes; ~i (i.e. -i-1) means arc i reversed.
// Consecutive arcs share an end point, written once.
Ring stitch(const json& indexes, const std::vector<Ring>& arcs) {
  Ring ring;
  for (const json& value : indexes) {
    const long index = value.get<long>();
    const std::size_t arc = static_cast<std::size_t>(index < 0 ? ~index : index);
    if (arc >= arcs.size()) throw std::out_of_range("arc index out of range");
    Ring part = arcs[arc];
    if (index < 0) std::reverse(part.begin(), part.end());
    const std::size_t skip = ring.empty() ? 0 : 1;
    if (part.size() > skip) ring.insert(ring.end(), part.begin() + static_cast<long>(skip), part.end());
  }
  return ring;
}

std::string iso2_of(const std::string& numeric) {
  if (numeric.empty()) return {};
  UErrorCode status = U_ZERO_ERROR;
  const icu::Region* region = icu::Region::getInstance(std::atoi(numeric.c_str()), status);
  return U_SUCCESS(status) && region ? region->getRegionCode() : std::string();
}

CountryShape shape_of(const json& geometry, const std::vector<Ring>& arcs) {
  CountryShape shape;
  if (geometry.contains("id") && geometry["id"].is_string()) shape.iso_numeric = geometry["id"].get<std::string>();
  shape.iso2 = iso2_of(shape.iso_numeric);
  shape.name = geometry.value("properties", json::object()).value("name", "");
  const std::string type = geometry.value("type", "");
  const json& parts = geometry.at("arcs");
  if (type == "Polygon") {
    for (const json& ring : parts) shape.rings.push_back(stitch(ring, arcs));
  } else if (type == "MultiPolygon") {
    for (const json& polygon : parts) {
      for (const json& ring : polygon) shape.rings.push_back(stitch(ring, arcs));
    }
  }
  return shape;
}

}  // namespace

core::Result<std::vector<CountryShape>> decode_countries(std::string_view text, const std::string& source) {
  try {
    const json topology = json::parse(text);
    Transform t;
    if (topology.contains("transform")) {
      const json& tr = topology["transform"];
      t = {tr.at("scale").at(0).get<double>(), tr.at("scale").at(1).get<double>(),
           tr.at("translate").at(0).get<double>(), tr.at("translate").at(1).get<double>()};
    }
    const auto arcs = decode_arcs(topology.at("arcs"), t);
    std::vector<CountryShape> shapes;
    for (const json& geometry : topology.at("objects").at("countries").at("geometries")) {
      if (!geometry.contains("arcs")) continue;  // a null geometry
      CountryShape shape = shape_of(geometry, arcs);
      if (!shape.rings.empty()) shapes.push_back(std::move(shape));
    }
    if (shapes.empty()) return core::fail("gazetteer", source, "no country shapes in the TopoJSON file");
    return shapes;
  } catch (const std::exception& e) {
    return core::fail("gazetteer", source, std::string("not a world-atlas TopoJSON file: ") + e.what());
  }
}

}  // namespace verify::gazetteer
