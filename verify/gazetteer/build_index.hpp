#pragma once
// Builds the gazetteer index once, at setup time, so nothing is transliterated
// at start-up:
//
//   auto stats = build_index(inputs_in(node_modules, "data/place_aliases.csv", "data/country_aliases.csv"),
//                            data_dir / k_index_file_name, {});
//
// The index is written to a temporary file beside the target and renamed into
// place, so readers never see half an index. When the index already records
// the inputs' checksum (and the schema version), nothing is done.

#include <cstddef>
#include <filesystem>
#include <string>

#include "core/result.hpp"
#include "verify/gazetteer/build_sources.hpp"

namespace verify::gazetteer {

inline constexpr const char* k_index_file_name = "gazetteer.sqlite";

struct BuildOptions {
  bool force = false;    // rebuild even when the checksum matches
  unsigned threads = 2;  // for transliteration
};

struct BuildStats {
  bool rebuilt = false;
  double seconds = 0;
  std::size_t places = 0;
  std::size_t names = 0;  // name keys written
  std::size_t regions = 0;
  std::size_t countries = 0;
  std::size_t country_names = 0;            // country name keys written
  std::size_t ambiguous_country_names = 0;  // keys left out: they name two countries
  std::string checksum;
};

// A cheap checksum (FNV-1a, 64 bits, hex) of the inputs and the schema version.
core::Result<std::string> inputs_checksum(const BuildInputs& inputs);

core::Result<BuildStats> build_index(const BuildInputs& inputs, const std::filesystem::path& out,
                                     const BuildOptions& options);

}  // namespace verify::gazetteer
