#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>

#include "tests/cli/run_command.hpp"
#include "tests/support/paths.hpp"

namespace {

using nlohmann::json;
using testing_support::run_embedcheck;

json read_report(const std::filesystem::path& dir) {
  return json::parse(testing_support::read_file(dir / "report.json"));
}

std::filesystem::path write_input(const std::string& name, const std::string& content) {
  auto path = testing_support::temp_dir("cli-input") / name;
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

std::string nested_divs(int depth) {
  std::string html;
  for (int i = 0; i < depth; ++i) html += "<div>";
  return html + "text";
}

// The worked example's embed, as every form of the article must yield it.
void expect_mig29_embed(const json& report) {
  ASSERT_EQ(report["embeds"].size(), 1u) << report["embeds"].dump(2);
  const json& e = report["embeds"][0];
  EXPECT_EQ(e["platform"], "twitter");
  EXPECT_EQ(e["handle"], "MIG29_");
  EXPECT_EQ(e["byline_date"], "2020-04-14");
  EXPECT_EQ(e["display_name"], "Yusha Yuseef ??");
  const auto urls = e["urls"].get<std::vector<std::string>>();
  EXPECT_NE(std::find(urls.begin(), urls.end(), "https://pic.twitter.com/SyPjlzGIZ5"), urls.end());
  const std::string text = e["text"];
  EXPECT_EQ(text.rfind("بالفيديو .. الجهات المختصة", 0), 0u) << text;
  EXPECT_NE(text.find("شام اف ام"), std::string::npos);
  auto has = [&](const std::string& kind, const std::string& verdict) {
    return std::any_of(report["checks"].begin(), report["checks"].end(),
                       [&](const json& k) { return k["kind"] == kind && k["verdict"] == verdict; });
  };
  EXPECT_TRUE(has("embed-date", "unverifiable"));
  EXPECT_TRUE(has("attribution", "consistent")) << report["checks"].dump(2);  // Sham FM = شام اف ام in the post text
  // With no published time "this week" stays unresolved; with one, the byline date falls inside it.
  EXPECT_TRUE(has("post-vs-article", report["article"]["published"].is_null() ? "unverifiable" : "consistent"))
      << report["checks"].dump(2);
}

TEST(VerifyCommand, TheOriginalArticleYieldsTheWorkedExample) {
  const auto out = testing_support::temp_dir("cli");
  auto r = run_embedcheck({"verify", (testing_support::shared_dir() / "examples/tanf-2020.txt").string(), "--out",
                           out.string(), "--offline"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const json report = read_report(out);
  expect_mig29_embed(report);
  EXPECT_TRUE(report["article"]["published"].is_null());
  const std::string md = testing_support::read_file(out / "report.md");
  EXPECT_NE(md.find("1 embedded post found"), std::string::npos);
  EXPECT_NE(r.out.find("wrote"), std::string::npos);
  // The places, through the gazetteer scripts/setup installs.
  const auto count = [&](const std::string& kind, const std::string& verdict) {
    return std::count_if(report["checks"].begin(), report["checks"].end(),
                         [&](const json& k) { return k["kind"] == kind && k["verdict"] == verdict; });
  };
  EXPECT_GE(count("place-in-region", "consistent"), 2) << report["checks"].dump(2);
  EXPECT_EQ(count("place-in-region", "inconsistent"), 0);
  EXPECT_EQ(count("route", "unverifiable"), 1);
  EXPECT_NE(md.find("Tadmur"), std::string::npos);
}

TEST(VerifyCommand, AMissingGazetteerIsAnErrorThatSaysHowToFixItAndTheRestRuns) {
  const auto out = testing_support::temp_dir("cli");
  const auto empty_data = testing_support::temp_dir("cli-no-data");
  const char* before = std::getenv("EMBEDCHECK_DATA_DIR");
  const std::string saved = before ? before : "";
  setenv("EMBEDCHECK_DATA_DIR", empty_data.string().c_str(), 1);
  auto r = run_embedcheck({"verify", (testing_support::shared_dir() / "examples/tanf-2020.txt").string(), "--out",
                           out.string(), "--offline"});
  if (before) {
    setenv("EMBEDCHECK_DATA_DIR", saved.c_str(), 1);
  } else {
    unsetenv("EMBEDCHECK_DATA_DIR");
  }
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("scripts/setup"), std::string::npos) << r.err;
  const json report = read_report(out);
  // One gazetteer error; the rest are the fetch stage's (offline, the post's link is not cached).
  const auto& errors = report["errors"];
  EXPECT_EQ(std::count_if(errors.begin(), errors.end(), [](const json& e) { return e["stage"] == "gazetteer"; }), 1)
      << errors.dump(2);
  EXPECT_TRUE(std::all_of(errors.begin(), errors.end(),
                          [](const json& e) { return e["stage"] == "gazetteer" || e["stage"] == "fetch"; }))
      << errors.dump(2);
  EXPECT_FALSE(std::any_of(report["claims"].begin(), report["claims"].end(),
                           [](const json& c) { return c["kind"] == "place"; }));
  expect_mig29_embed(report);
}

TEST(VerifyCommand, BothFormsOfTheExampleYieldTheSameEmbed) {
  const auto base = testing_support::temp_dir("cli");
  for (const char* name : {"tanf-defection.txt", "tanf-defection.html"}) {
    SCOPED_TRACE(name);
    auto r = run_embedcheck({"verify", (testing_support::source_dir() / "examples" / name).string(), "--out",
                             (base / name).string(), "--offline"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    expect_mig29_embed(read_report(base / name));
  }
  const json html = read_report(base / "tanf-defection.html");
  EXPECT_EQ(html["article"]["published"], "2020-04-16T09:30:00Z");
  EXPECT_EQ(html["article"]["title"], "Fighters from al-Tanf reported to have crossed over to the Syrian Army");
}

TEST(VerifyCommand, PublishedOverridesAndBadTimesAreUsageErrors) {
  const auto out = testing_support::temp_dir("cli");
  const std::string input = (testing_support::source_dir() / "examples/tanf-defection.txt").string();
  auto r = run_embedcheck({"verify", input, "--out", out.string(), "--published", "2020-04-16", "--offline"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(read_report(out)["article"]["published"], "2020-04-16");
  EXPECT_EQ(read_report(out)["article"]["published_from"], "--published");
  auto bad = run_embedcheck({"verify", input, "--out", out.string(), "--published", "February 30, 2020"});
  EXPECT_EQ(bad.exit_code, 1);
  EXPECT_NE(bad.err.find("--published"), std::string::npos);
}

TEST(VerifyCommand, UnreadableInputsExitTwoAndStillWriteAReport) {
  struct Bad {
    std::string name;
    std::string content;
    std::string says;
  };
  for (const Bad& bad : std::vector<Bad>{{"empty.txt", "", "empty"},
                                         {"binary.txt", std::string("GIF89a\0\0\x01\x02", 10), "binary"},
                                         {"latin1.txt", "caf\xe9 au lait", "UTF-8"},
                                         {"nested.html", nested_divs(10000), "limits.html_depth"}}) {
    SCOPED_TRACE(bad.name);
    const auto input = write_input(bad.name, bad.content);
    const auto out = testing_support::temp_dir("cli") / bad.name;
    auto r = run_embedcheck({"verify", input.string(), "--out", out.string()});
    EXPECT_EQ(r.exit_code, 2) << r.err;
    EXPECT_NE(r.err.find(input.string()), std::string::npos) << r.err;
    EXPECT_NE(r.err.find(bad.says), std::string::npos) << r.err;
    const json report = read_report(out);
    ASSERT_GE(report["errors"].size(), 1u);
    EXPECT_EQ(report["errors"][0]["input"], input.string());
    EXPECT_TRUE(std::filesystem::exists(out / "report.md"));
  }
}

// URLs: tests/cli/verify_url_test.cpp.
TEST(VerifyCommand, MissingFilesAreReportedNotCrashed) {
  for (const std::string input : {"/nonexistent/article.html"}) {
    const auto out = testing_support::temp_dir("cli");
    auto r = run_embedcheck({"verify", input, "--out", out.string()});
    EXPECT_EQ(r.exit_code, 2) << input;
    EXPECT_EQ(read_report(out)["errors"][0]["input"], input);
  }
}

TEST(VerifyCommand, FailOnInconsistentExitsThree) {
  // A real tweet id (2020-05-01T12:03:29Z) under a fabricated byline date.
  const auto input = write_input("fabricated.html",
                                 "<blockquote class=\"twitter-tweet\"><p lang=\"en\">Text</p>&mdash; Someone (@someone) "
                                 "<a href=\"https://twitter.com/someone/status/1256192516094939136\">April 14, 2020</a>"
                                 "</blockquote>");
  const auto out = testing_support::temp_dir("cli");
  auto plain = run_embedcheck({"verify", input.string(), "--out", out.string(), "--offline"});
  EXPECT_EQ(plain.exit_code, 0) << plain.err;
  EXPECT_EQ(read_report(out)["checks"][0]["verdict"], "inconsistent");
  auto gated = run_embedcheck({"verify", input.string(), "--out", out.string(), "--fail-on", "inconsistent", "--offline"});
  EXPECT_EQ(gated.exit_code, 3);
}

TEST(VerifyCommand, ConfigErrorsAndUsageErrorsExitOne) {
  const auto config = write_input("config.json", R"({"limits": {"article_size": 5}})");
  auto r = run_embedcheck({"verify", (testing_support::source_dir() / "examples/tanf-defection.txt").string(),
                           "--config", config.string(), "--out", testing_support::temp_dir("cli").string()});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("limits.article_size"), std::string::npos) << r.err;
  EXPECT_EQ(run_embedcheck({}).exit_code, 1);
  EXPECT_EQ(run_embedcheck({"verify"}).exit_code, 1);
  EXPECT_EQ(run_embedcheck({"verify", "x.txt", "--kind", "pdf"}).exit_code, 1);
  auto version = run_embedcheck({"--version"});
  EXPECT_EQ(version.exit_code, 0);
  EXPECT_NE(version.out.find("embedcheck"), std::string::npos);
}

TEST(VerifyCommand, LimitsFromTheEnvironmentApply) {
  const auto input = write_input("long.txt", std::string(5000, 'a'));
  const auto out = testing_support::temp_dir("cli");
  setenv("EMBEDCHECK_LIMITS_ARTICLE_BYTES", "1000", 1);
  auto r = run_embedcheck({"verify", input.string(), "--out", out.string()});
  unsetenv("EMBEDCHECK_LIMITS_ARTICLE_BYTES");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("EMBEDCHECK_LIMITS_ARTICLE_BYTES"), std::string::npos) << r.err;
}

TEST(VerifyCommand, DefaultOutputFolderIsNamedAfterTheInput) {
  const auto cwd = testing_support::temp_dir("cli-cwd");
  auto r = run_embedcheck({"verify", (testing_support::source_dir() / "examples/tanf-defection.txt").string(), "--offline"}, cwd);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(std::filesystem::exists(cwd / "embedcheck-out/tanf-defection/report.json"));
}

}  // namespace
