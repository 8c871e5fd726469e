#pragma once
// A real gazetteer index built from the excerpts in tests/cases/gazetteer/
// (cut by scripts/make-gazetteer-fixtures) and the real data/place_aliases.csv
// and data/country_aliases.csv.

#include <filesystem>

#include "verify/gazetteer/build_sources.hpp"
#include "verify/gazetteer/gazetteer.hpp"

namespace gazetteer_test {

verify::gazetteer::BuildInputs subset_inputs();
// Built once per test process, into a temporary folder.
const std::filesystem::path& subset_index();
// The index in the data folder (EMBEDCHECK_DATA_DIR or ~/.local/share/embedcheck).
std::filesystem::path full_index_path();

}  // namespace gazetteer_test
