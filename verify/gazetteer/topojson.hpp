#pragma once
// Country shapes from a world-atlas TopoJSON file (quantised, delta-encoded
// arcs; features identified by ISO 3166 numeric codes, some with none).

#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "verify/gazetteer/polygon.hpp"

namespace verify::gazetteer {

struct CountryShape {
  std::string iso_numeric;  // "760"; empty for features without an id (e.g. Kosovo)
  std::string iso2;         // "SY", through ICU's region data; empty when unknown
  std::string name;         // Natural Earth's short name
  std::vector<Ring> rings;  // outer rings and holes of every polygon
};

// Decodes the "countries" object. `source` names the file in errors.
core::Result<std::vector<CountryShape>> decode_countries(std::string_view json, const std::string& source);

}  // namespace verify::gazetteer
