// yt-dlp through the real binary: tools.yt_dlp from the config file names a
// /bin/sh stand-in (yt-dlp cannot run offline) that prints an invented
// --dump-json answer; the video it names comes from a loopback server.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sys/stat.h>

#include <fstream>

#include "tests/cli/run_command.hpp"
#include "tests/fetch/loopback_server.hpp"
#include "tests/support/paths.hpp"

namespace {

using nlohmann::json;
using testing_support::run_embedcheck;

constexpr const char* k_article =
    "<html><body><p>The convoy crossed at dawn, Sham FM reports.</p>"
    "<iframe src=\"https://www.youtube.com/embed/dQw4w9WgXcA\"></iframe></body></html>";

TEST(YtDlpEndToEnd, TheConfigTurnsItOnAndTheReportCitesItsAnswer) {
  fetch_testing::LoopbackServer server;
  server.http().Get("/videoplayback", [](const httplib::Request&, httplib::Response& res) {
    res.set_content(testing_support::read_file(testing_support::fixture("post-video.mp4")), "video/mp4");
  });
  server.start();
  const auto dir = testing_support::temp_dir("ytdlp-e2e");
  std::string answer = testing_support::read_file(testing_support::source_dir() / "tests/cases/fetch/ytdlp/youtube.json");
  for (auto at = answer.find("MEDIA_BASE"); at != std::string::npos; at = answer.find("MEDIA_BASE")) {
    answer.replace(at, 10, server.url(""));
  }
  std::ofstream(dir / "answer.json") << answer;
  std::ofstream(dir / "yt-dlp") << "#!/bin/sh\ncat '" << (dir / "answer.json").string() << "'\n";
  ::chmod((dir / "yt-dlp").c_str(), 0755);
  std::ofstream(dir / "article.html") << k_article;
  const json config = {{"net", {{"allow_addresses", {"127.0.0.1"}}}},
                       {"cache_dir", (dir / "cache").string()},
                       {"tools", {{"yt_dlp", {{"enabled", true}, {"path", (dir / "yt-dlp").string()}, {"timeout_s", 5}}}}}};
  std::ofstream(dir / "config.json") << config.dump();

  auto r = run_embedcheck({"verify", (dir / "article.html").string(), "--out", (dir / "out").string(), "--config",
                           (dir / "config.json").string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const json report = json::parse(testing_support::read_file(dir / "out" / "report.json"));
  ASSERT_EQ(report["posts"].size(), 1u) << report.dump(2);
  const json& post = report["posts"][0];
  EXPECT_EQ(post["status"], "ok");
  EXPECT_EQ(post["fetched_via"], "yt-dlp");
  EXPECT_EQ(post["custody"]["via"], "yt-dlp");
  EXPECT_EQ(post["custody"]["url"], "https://www.youtube.com/watch?v=dQw4w9WgXcA");
  ASSERT_EQ(post["media"].size(), 1u);
  EXPECT_TRUE(std::filesystem::exists(dir / "out" / post["media"][0]["file"].get<std::string>()));
  EXPECT_TRUE(report["errors"].empty()) << report["errors"].dump(2);
  const std::string md = testing_support::read_file(dir / "out" / "report.md");
  EXPECT_NE(md.find("no HTTP exchange"), std::string::npos) << md;
}

}  // namespace
