#include "tests/verify/gazetteer/subset_index.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include "core/config.hpp"
#include "tests/support/paths.hpp"
#include "verify/gazetteer/build_index.hpp"

namespace gazetteer_test {

verify::gazetteer::BuildInputs subset_inputs() {
  const auto cases = testing_support::source_dir() / "tests" / "cases" / "gazetteer";
  return {cases / "cities.txt", cases / "admin1.json", cases / "countries.json",
          testing_support::source_dir() / "data" / "place_aliases.csv",
          testing_support::source_dir() / "data" / "country_aliases.csv"};
}

const std::filesystem::path& subset_index() {
  static const std::filesystem::path path = [] {
    const auto dir = std::filesystem::temp_directory_path() / "embedcheck-tests" /
                     ("gazetteer-subset-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const auto out = dir / verify::gazetteer::k_index_file_name;
    auto stats = verify::gazetteer::build_index(subset_inputs(), out, {true, 2});
    if (!stats) ADD_FAILURE() << "building the subset index: " << core::to_line(stats.error());
    return out;
  }();
  return path;
}

std::filesystem::path full_index_path() {
  auto config = core::load_config(std::nullopt, core::process_environment());
  if (!config) {
    ADD_FAILURE() << core::to_line(config.error());
    return {};
  }
  return verify::gazetteer::Gazetteer::default_path(*config);
}

}  // namespace gazetteer_test
