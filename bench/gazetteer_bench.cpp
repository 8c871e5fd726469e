// Gazetteer load and lookup speed against the full index in the data folder
// (goal: open under 1 s, a lookup in microseconds). Build the index first:
// scripts/setup, or build/embedcheck-gazetteer build --data-dir DIR --node-modules node_modules.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <iostream>

#include "core/config.hpp"
#include "verify/gazetteer/gazetteer.hpp"

namespace {

namespace gaz = verify::gazetteer;

std::filesystem::path index_path() {
  auto config = core::load_config(std::nullopt, core::process_environment());
  return config ? gaz::Gazetteer::default_path(*config) : std::filesystem::path();
}

gaz::Gazetteer& shared() {
  static gaz::Gazetteer g = [] {
    auto opened = gaz::Gazetteer::open(index_path());
    if (!opened) {
      std::cerr << core::to_line(opened.error()) << "\n";
      std::exit(1);
    }
    return std::move(*opened);
  }();
  return g;
}

void open_index(benchmark::State& state) {
  for (auto _ : state) {
    auto opened = gaz::Gazetteer::open(index_path());
    benchmark::DoNotOptimize(opened);
  }
}
BENCHMARK(open_index)->Unit(benchmark::kMillisecond);

void find_name(benchmark::State& state, const char* name) {
  auto& g = shared();
  for (auto _ : state) benchmark::DoNotOptimize(g.find(name));
}
BENCHMARK_CAPTURE(find_name, tadmour_skeleton, "Tadmour")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(find_name, arabic, "تدمر")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(find_name, al_tanf_alias, "al-Tanf")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(find_name, springfield_ambiguous, "Springfield")->Unit(benchmark::kMicrosecond);

void find_region(benchmark::State& state) {
  auto& g = shared();
  for (auto _ : state) benchmark::DoNotOptimize(g.find_region("Homs Governorate"));
}
BENCHMARK(find_region)->Unit(benchmark::kMicrosecond);

void find_country(benchmark::State& state, const char* name) {
  auto& g = shared();
  for (auto _ : state) benchmark::DoNotOptimize(g.find_country(name));
}
BENCHMARK_CAPTURE(find_country, english, "Syria")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(find_country, abbreviation, "U.S.")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(find_country, arabic, "سوريا")->Unit(benchmark::kMicrosecond);

void nearest(benchmark::State& state) {
  auto& g = shared();
  for (auto _ : state) benchmark::DoNotOptimize(g.nearest(34.56, 38.28));
}
BENCHMARK(nearest)->Unit(benchmark::kMicrosecond);

void country_at(benchmark::State& state) {
  auto& g = shared();
  for (auto _ : state) benchmark::DoNotOptimize(g.country_at(34.56, 38.28));
}
BENCHMARK(country_at)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
