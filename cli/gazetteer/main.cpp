// embedcheck-gazetteer: builds the gazetteer index (run by scripts/setup).
//   embedcheck-gazetteer build --data-dir DIR --node-modules DIR [--aliases FILE]
//                              [--country-aliases FILE] [--force]
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <filesystem>
#include <iostream>

#include "verify/gazetteer/build_index.hpp"

int main(int argc, char** argv) {
  namespace gaz = verify::gazetteer;
  CLI::App app{"Builds the embedcheck gazetteer index from the pinned GeoNames and Natural Earth data"};
  app.require_subcommand(1);
  auto* build = app.add_subcommand("build", "write DATA_DIR/gazetteer.sqlite (skipped when the inputs are unchanged)");
  std::filesystem::path data_dir, node_modules, aliases, country_aliases;
  bool force = false;
  build->add_option("--data-dir", data_dir, "folder for gazetteer.sqlite")->required();
  build->add_option("--node-modules", node_modules, "folder holding the pinned npm data packages")->required();
  build->add_option("--aliases", aliases, "curated table (default: data/place_aliases.csv beside node_modules)");
  build->add_option("--country-aliases", country_aliases,
                    "curated country names (default: data/country_aliases.csv beside node_modules)");
  build->add_flag("--force", force, "rebuild even when the inputs are unchanged");
  CLI11_PARSE(app, argc, argv);

  auto modules = std::filesystem::absolute(node_modules).lexically_normal();
  if (modules.filename().empty()) modules = modules.parent_path();  // "node_modules/" as given
  if (aliases.empty()) aliases = modules.parent_path() / "data" / "place_aliases.csv";
  if (country_aliases.empty()) country_aliases = modules.parent_path() / "data" / "country_aliases.csv";
  const auto out = data_dir / gaz::k_index_file_name;
  auto stats = gaz::build_index(gaz::inputs_in(node_modules, aliases, country_aliases), out, {force, 2});
  if (!stats) {
    std::cerr << "embedcheck-gazetteer: " << stats.error().input << ": " << stats.error().message << "\n";
    return 2;
  }
  if (!stats->rebuilt) {
    std::cout << fmt::format("gazetteer: {} is up to date ({})\n", out.string(), stats->checksum);
    return 0;
  }
  std::cout << fmt::format("gazetteer: wrote {} in {:.1f} s: {} places, {} name keys, {} regions, {} countries, "
                           "{} country name keys ({} ambiguous left out)\n",
                           out.string(), stats->seconds, stats->places, stats->names, stats->regions,
                           stats->countries, stats->country_names, stats->ambiguous_country_names);
  return 0;
}
