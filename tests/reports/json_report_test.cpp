#include "reports/json_report.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>

#include "core/case_json.hpp"
#include "reports/write_reports.hpp"
#include "tests/support/paths.hpp"

namespace {

TEST(JsonReport, CarriesSchemaVersionToolAndTheCase) {
  core::Case c;
  c.article.source = "a.txt";
  c.article.text = "bad \xff byte";  // never stops the report
  reports::ToolInfo tool;
  tool.version = "9.9";
  const auto j = nlohmann::json::parse(reports::render_json_report(c, tool));
  EXPECT_EQ(j["schema_version"], 1);
  EXPECT_EQ(j["tool"]["name"], "embedcheck");
  EXPECT_EQ(j["tool"]["version"], "9.9");
  EXPECT_EQ(j["article"]["source"], "a.txt");
  EXPECT_TRUE(j["embeds"].is_array());
  auto back = core::case_from_json(j);
  ASSERT_TRUE(back.has_value());
  EXPECT_EQ(back->article.source, "a.txt");
}

TEST(WriteReports, WritesJsonMarkdownHtmlAndClaimReview) {
  auto dir = testing_support::temp_dir("write-reports") / "nested" / "out";
  core::Case c;
  c.article.source = "a.txt";
  auto written = reports::write_reports(c, reports::ToolInfo{}, dir);
  ASSERT_TRUE(written.has_value()) << written.error().message;
  EXPECT_EQ(written->size(), 4u);
  EXPECT_TRUE(std::filesystem::exists(dir / "report.json"));
  EXPECT_TRUE(std::filesystem::exists(dir / "report.md"));
  EXPECT_TRUE(std::filesystem::exists(dir / "report.html"));
  EXPECT_TRUE(std::filesystem::exists(dir / "claimreview.jsonld"));
}

TEST(WriteReports, UnwritableFolderIsAnError) {
  auto blocker = testing_support::temp_dir("write-reports") / "file";
  std::ofstream(blocker) << "x";
  auto written = reports::write_reports(core::Case{}, reports::ToolInfo{}, blocker / "out");
  ASSERT_FALSE(written.has_value());
  EXPECT_EQ(written.error().stage, "report");
}

}  // namespace
