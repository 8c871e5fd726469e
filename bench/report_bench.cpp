// report.html of a large case: 10 embeds with posts, 5 videos with 64
// keyframes each (JPEG-sized files beside the report), 200 claims and 40
// checks over a 200 kB article. Prints the render time (median of 5) and the
// page's size; the targets are under 1 s and under 5 MB. Never asserts.
//   build/bench/report_bench
#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <random>
#include <vector>

#include "reports/html_report.hpp"

namespace {

core::Case large_case(const std::filesystem::path& dir) {
  core::Case c;
  c.article.source = "https://news.example/large";
  c.article.title = "A large article";
  std::mt19937 random(42);
  for (int i = 0; i < 4000; ++i) c.article.text += "Fighters moved from Homs to Tadmur on Monday, officials said. ";
  for (int e = 1; e <= 10; ++e) {
    core::Embed embed;
    embed.id = fmt::format("e{}", e);
    embed.handle = "account" + std::to_string(e);
    embed.post_id = std::to_string(1250000000000000000ull + e);
    embed.span = {static_cast<std::size_t>(e) * 1000, static_cast<std::size_t>(e) * 1000 + 200};
    c.embeds.push_back(embed);
    core::Post post;
    post.embed = embed.id;
    post.text = std::string(250, 'x');
    c.posts.push_back(post);
  }
  std::filesystem::create_directories(dir / "keyframes");
  std::string jpeg(40 * 1024, '\0');
  jpeg[0] = '\xFF', jpeg[1] = '\xD8', jpeg[2] = '\xFF';
  for (int v = 1; v <= 5; ++v) {
    core::MediaReport m;
    m.embed = fmt::format("e{}", v);
    m.kind = "video";
    m.capture_time = core::Instant{};
    m.location = core::Location{34.5 + v * 0.1, 38.2};
    for (int k = 0; k < 64; ++k) {
      const std::string file = fmt::format("keyframes/e{}-{:04}.jpg", v, k);
      std::ofstream(dir / file, std::ios::binary) << jpeg;
      m.keyframes.push_back(core::Keyframe{k * 2.0, file, "0123456789abcdef", 100, 100, "scene-cut"});
    }
    c.media.push_back(m);
  }
  for (int k = 0; k < 200; ++k) {
    core::Claim claim;
    claim.id = fmt::format("c{}", k + 1);
    claim.kind = core::ClaimKind::source;
    claim.span = {static_cast<std::size_t>(k) * 900 + 10, static_cast<std::size_t>(k) * 900 + 20};
    claim.text = "officials";
    claim.value = core::SourceRef{"officials", "officials"};
    c.claims.push_back(claim);
  }
  for (int k = 0; k < 40; ++k) {
    c.checks.push_back(core::Check{"attribution", core::Verdict::unverifiable, "e1", {fmt::format("c{}", k + 1)},
                                   {core::Evidence{"credit", "officials", "article text", std::nullopt}},
                                   "The article credits officials; the post names no outlet."});
  }
  return c;
}

}  // namespace

int main() {
  const auto dir = std::filesystem::temp_directory_path() / "embedcheck-report-bench";
  std::filesystem::remove_all(dir);
  const core::Case c = large_case(dir);
  std::vector<double> seconds;
  std::size_t bytes = 0;
  for (int run = 0; run < 5; ++run) {
    const auto started = std::chrono::steady_clock::now();
    bytes = reports::render_html_report(c, {}, dir).size();
    seconds.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
  }
  std::sort(seconds.begin(), seconds.end());
  fmt::print("report.html of 10 embeds, 5 videos (320 keyframes of 40 kB), 200 claims, 40 checks, a {} kB article\n",
             c.article.text.size() / 1024);
  fmt::print("render     {:.3f} s (median of 5; target under 1 s)\n", seconds[2]);
  fmt::print("size       {:.2f} MB (target under 5 MB; keyframes past the 3 MB image budget are named, not inlined)\n",
             bytes / 1048576.0);
  std::filesystem::remove_all(dir);
}
