// tests/reports/samples/place-claims.report.json is validated against the
// schema by ReportSchema.RealReportsValidate. This test keeps it honest: it
// must be exactly what the writer and the place checks produce for a Case
// with linked place claims built by hand (no gazetteer needed).
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>

#include "reports/json_report.hpp"
#include "tests/support/paths.hpp"
#include "verify/checks/registry.hpp"

namespace {

using namespace core;

Place place(std::string name, double lat, double lon) {
  return Place{std::move(name), PlaceType::place, Location{lat, lon}, "SY.11", "Homs", "SY", "Syria",
               "Asia/Damascus", 0, "geonames", "exact"};
}

Claim claim(std::string id, ClaimKind kind, std::string text, std::size_t at, std::string role) {
  Claim k;
  k.id = std::move(id);
  k.kind = kind;
  k.span = {at, at + text.size()};
  k.text = std::move(text);
  k.role = std::move(role);
  return k;
}

Case place_case() {
  Case c;
  c.article.source = "sample.txt";
  c.article.text = "The convoy drove from al-Tanf to Tadmour in Homs Governorate, Syria, in 3 hours.";
  auto tanf = claim("c1", ClaimKind::place, "al-Tanf", 22, "origin");
  tanf.value = place("al-Tanf", 33.50583, 38.61778);
  tanf.within = "c3";
  auto tadmur = claim("c2", ClaimKind::place, "Tadmour", 33, "destination");
  tadmur.value = place("Tadmur", 34.56, 38.28);
  Place palmyra{"Palmyra", PlaceType::place, Location{43.06, -77.23}, "US.NY", "New York", "US", "United States",
                "America/New_York", 3500, "geonames", "alias"};
  tadmur.resolution = Resolution{{std::get<Place>(tadmur.value), palmyra}, "in Homs (SY.11), named in the sentence"};
  tadmur.within = "c3";
  tadmur.from = "c1";
  tadmur.duration = "c5";
  auto homs = claim("c3", ClaimKind::place, "Homs Governorate", 44, "region");
  homs.value = Place{"Homs", PlaceType::region, std::nullopt, "SY.11", "Homs", "SY", "Syria", "", 0, "geonames", "alias"};
  homs.within = "c4";
  auto syria = claim("c4", ClaimKind::place, "Syria", 62, "region");
  syria.value = Place{"Syria", PlaceType::country, std::nullopt, "", "", "SY", "Syria", "", 0, "naturalearth", "exact"};
  auto hours = claim("c5", ClaimKind::count, "3 hours", 72, "duration");
  hours.value = Count{3, "hours"};
  c.claims = {tanf, tadmur, homs, syria, hours};
  verify::run_checks(c);
  return c;
}

TEST(ReportSchemaSample, PlaceClaimsSampleIsWhatTheWriterProduces) {
  reports::ToolInfo tool;
  tool.version = "sample";
  const std::string rendered = reports::render_json_report(place_case(), tool);
  const auto path = testing_support::source_dir() / "tests/reports/samples/place-claims.report.json";
  const auto sample = nlohmann::json::parse(testing_support::read_file(path), nullptr, false);
  EXPECT_EQ(nlohmann::json::parse(rendered), sample) << "update " << path << " to:\n" << rendered;
}

TEST(ReportSchemaSample, SampleHoldsEveryPlaceCheckOutcome) {
  const auto c = place_case();
  auto count = [&](const char* kind, Verdict v) {
    return std::count_if(c.checks.begin(), c.checks.end(), [&](const Check& k) { return k.kind == kind && k.verdict == v; });
  };
  EXPECT_EQ(count("place-in-region", Verdict::consistent), 3);
  EXPECT_EQ(count("route", Verdict::consistent), 1);
}

}  // namespace
