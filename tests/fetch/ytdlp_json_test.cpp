// yt-dlp --dump-json answers from tests/cases/fetch/ytdlp/ (values invented):
// each file becomes a Post or a one-line Error, as ytdlp.json says.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "fetch/platforms/ytdlp_json.hpp"
#include "tests/fetch/post_table.hpp"
#include "tests/support/paths.hpp"

namespace {

using nlohmann::json;

const std::filesystem::path k_cases = "tests/cases/fetch/ytdlp";

TEST(YtDlpJson, EveryFixtureGivesThePostOrTheError) {
  const auto dir = testing_support::source_dir() / k_cases;
  const auto table = json::parse(testing_support::read_file(dir / "ytdlp.json"));
  EXPECT_GE(table.size(), 8u);
  for (const auto& t : table) {
    const std::string file = t["file"];
    SCOPED_TRACE(file + " for \"" + t["id"].get<std::string>() + "\"");
    fetch::MediaChoice choice;
    choice.max_bitrate = t.value("max_bitrate", choice.max_bitrate);
    // MEDIA_BASE is the stage tests' media host; here any https host does (nothing is fetched).
    std::string body = testing_support::read_file(dir / file);
    for (auto at = body.find("MEDIA_BASE"); at != std::string::npos; at = body.find("MEDIA_BASE")) {
      body.replace(at, 10, "https://media.example");
    }
    const auto got = fetch::ytdlp::parse_video_json(body, t["id"], choice);
    if (post_table::expect_error_if_wanted(t, got) || !got) continue;
    post_table::expect_post(t["expect"], *got, "yt-dlp");
  }
}

}  // namespace
