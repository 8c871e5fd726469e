// Telegram embed pages from tests/cases/fetch/telegram/ (values invented):
// each page, with the HTTP status it is served with, becomes a Post or a
// finding or a one-line Error, as embed.json says.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "fetch/platforms/html_page.hpp"
#include "fetch/platforms/telegram_embed.hpp"
#include "tests/fetch/post_table.hpp"
#include "tests/support/paths.hpp"

namespace {

using nlohmann::json;

const std::filesystem::path k_cases = "tests/cases/fetch/telegram";

TEST(TelegramEmbed, EveryFixtureGivesThePostTheFindingOrTheError) {
  const auto dir = testing_support::source_dir() / k_cases;
  const auto table = json::parse(testing_support::read_file(dir / "embed.json"));
  EXPECT_GE(table.size(), 13u);
  for (const auto& t : table) {
    const std::string file = t["file"];
    SCOPED_TRACE(file + " served with " + std::to_string(t["status"].get<long>()));
    const std::size_t max_bytes = t.value("max_bytes", fetch::html::k_max_page_bytes);
    const auto got = fetch::telegram::parse_embed(testing_support::read_file(dir / file), t["status"].get<long>(),
                                                  t["channel"].get<std::string>(), t["number"].get<std::string>(), max_bytes);
    if (post_table::expect_error_if_wanted(t, got) || !got) continue;
    EXPECT_EQ(got->post_id, t["number"].get<std::string>());
    post_table::expect_post(t["expect"], *got, "telegram-embed");
  }
}

TEST(TelegramEmbed, TheUrlAsksForTheEmbedPage) {
  EXPECT_EQ(fetch::telegram::embed_url("https://t.me/", "examplechannel", "4242"), "https://t.me/examplechannel/4242?embed=1");
  EXPECT_FALSE(fetch::telegram::embed_url("https://t.me", "ex", "1"));
  EXPECT_FALSE(fetch::telegram::embed_url("https://t.me", "examplechannel", "12?x=1"));
  EXPECT_FALSE(fetch::telegram::embed_url("https://t.me", "../../etc", "1"));
}

// The scan that guards gumbo counts what nests and nothing else.
TEST(TelegramEmbed, NestingDepthSkipsVoidTagsCommentsAndRawText) {
  using fetch::html::nesting_depth;
  EXPECT_EQ(nesting_depth("<div><p>a<br>b<img src=x></p></div>"), 2u);
  EXPECT_EQ(nesting_depth("<div><span/><!-- <div><div><div> --></div>"), 1u);
  EXPECT_EQ(nesting_depth("<script>if (a<b) document.write('<div><div>')</SCRIPT><div></div>"), 1u);
  EXPECT_EQ(nesting_depth("<div title='<div><div>'>a < b</div>"), 1u);
  EXPECT_EQ(nesting_depth(std::string(5000, '<')), 0u);
  std::string unclosed;
  for (int i = 0; i < 300; ++i) unclosed += "<div>";
  EXPECT_EQ(nesting_depth(unclosed), 300u);
}

TEST(TelegramEmbed, BackgroundImagesAreReadInEveryQuoting) {
  using fetch::html::background_image;
  EXPECT_EQ(background_image("width:1px;background-image:url('https://a/b.jpg')"), "https://a/b.jpg");
  EXPECT_EQ(background_image("background-image: url(\"https://a/c.jpg\")"), "https://a/c.jpg");
  EXPECT_EQ(background_image("background-image:url( https://a/d.jpg )"), "https://a/d.jpg");
  EXPECT_EQ(background_image("width:1px"), "");
  EXPECT_EQ(background_image("background-image:url('unclosed"), "");
}

}  // namespace
