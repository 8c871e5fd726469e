// `embedcheck report`: a saved report.json rendered again, the same as verify
// wrote it; reports that are not one, or of another schema version, refused
// with one line and exit 2.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>

#include <sys/stat.h>

#include "tests/cli/run_command.hpp"
#include "tests/support/paths.hpp"

namespace {

using testing_support::read_file;
using testing_support::run_embedcheck;

std::filesystem::path verified_example() {
  const auto out = testing_support::temp_dir("report-cli");
  const auto r = run_embedcheck({"verify", (testing_support::source_dir() / "examples/tanf-defection.html").string(),
                                 "--out", out.string(), "--offline", "-q"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return out;
}

TEST(ReportCommand, RendersTheSavedReportAsVerifyWroteIt) {
  const auto dir = verified_example();
  ASSERT_TRUE(std::filesystem::exists(dir / "report.html"));
  const auto again = testing_support::temp_dir("report-cli-again");
  const auto r = run_embedcheck({"report", (dir / "report.json").string(), "--out", again.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(read_file(again / "report.html"), read_file(dir / "report.html"));
  EXPECT_EQ(read_file(again / "report.md"), read_file(dir / "report.md"));
  EXPECT_NE(r.out.find("wrote"), std::string::npos);
  const std::string html = read_file(dir / "report.html");
  EXPECT_NE(html.find("place-in-region"), std::string::npos);
  EXPECT_NE(html.find("Content-Security-Policy"), std::string::npos);
}

TEST(ReportCommand, OneFormatOnly) {
  const auto dir = verified_example();
  const auto out = testing_support::temp_dir("report-cli-html");
  const auto r = run_embedcheck({"report", (dir / "report.json").string(), "--format", "html", "--out", out.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(std::filesystem::exists(out / "report.html"));
  EXPECT_FALSE(std::filesystem::exists(out / "report.md"));
  EXPECT_EQ(run_embedcheck({"report", (dir / "report.json").string(), "--format", "pdf"}).exit_code, 1);
}

TEST(ReportCommand, WhatIsNotAReportOfThisVersionIsRefusedInOneLine) {
  const auto dir = verified_example();
  const std::string json = read_file(dir / "report.json");
  const auto bad = testing_support::temp_dir("report-cli-bad");
  std::string v999 = json;
  v999.replace(v999.find("\"schema_version\": 1"), 19, "\"schema_version\": 999");
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"empty.json", ""},
      {"truncated.json", json.substr(0, json.size() / 2)},
      {"v999.json", v999},
      {"array.json", "[1, 2, 3]"},
      {"binary.json", std::string("\x89PNG\r\n\x1a\n\0\0", 10)},
  };
  for (const auto& [name, content] : cases) {
    SCOPED_TRACE(name);
    std::ofstream(bad / name, std::ios::binary) << content;
    const auto r = run_embedcheck({"report", (bad / name).string(), "--out", (bad / "out").string()});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find(name), std::string::npos) << r.err;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
    EXPECT_FALSE(std::filesystem::exists(bad / "out" / "report.html"));
  }
  std::string odd_tool = json;
  odd_tool.replace(odd_tool.find("\"version\": \""), 12, "\"version\": null, \"x\": \"");
  std::ofstream(bad / "null-version.json") << odd_tool;
  EXPECT_EQ(run_embedcheck({"report", (bad / "null-version.json").string(), "--out", (bad / "nv").string()}).exit_code,
            0)
      << "a tool version that is not a string is left out, not a crash";
  std::ofstream(bad / "huge-number.json") << "{\"schema_version\": 1, \"article\": 1e999}";
  EXPECT_EQ(run_embedcheck({"report", (bad / "huge-number.json").string()}).exit_code, 2);
  ASSERT_EQ(::mkfifo((bad / "fifo.json").c_str(), 0600), 0);
  const auto fifo = run_embedcheck({"report", (bad / "fifo.json").string()});
  EXPECT_EQ(fifo.exit_code, 2) << "a FIFO is refused, not waited on";
  EXPECT_NE(fifo.err.find("not a regular file"), std::string::npos) << fifo.err;
  const auto r = run_embedcheck({"report", (bad / "v999.json").string()});
  EXPECT_NE(r.err.find("schema_version 999"), std::string::npos) << r.err;
  EXPECT_EQ(run_embedcheck({"report", (bad / "missing.json").string()}).exit_code, 2);
}

}  // namespace
