#include "fetch/ytdlp_posts.hpp"

#include <algorithm>
#include <cctype>

#include "fetch/platforms/post_parts.hpp"
#include "fetch/platforms/ytdlp_json.hpp"
#include "fetch/stage_posts.hpp"
#include "fetch/subprocess.hpp"
#include "fetch/url.hpp"

namespace fetch {
namespace {

constexpr std::string_view k_via = ytdlp::k_via;

bool is_word(std::string_view s) {
  return !s.empty() && s.size() <= 100 &&
         std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isalnum(c) || c == '_' || c == '-' || c == '.'; });
}

bool is_plain_url(std::string_view url) {
  return (url.starts_with("https://") || url.starts_with("http://")) && url.size() <= 2048 &&
         std::all_of(url.begin(), url.end(), [](unsigned char c) { return c > 0x20 && c != 0x7f; });
}

std::optional<std::string> canonical_url(const core::Embed& e) {
  if (!is_word(e.post_id)) return std::nullopt;
  switch (e.platform) {
    case core::Platform::youtube: return "https://www.youtube.com/watch?v=" + e.post_id;
    case core::Platform::instagram: return "https://www.instagram.com/p/" + e.post_id + "/";
    case core::Platform::vimeo: return "https://vimeo.com/" + e.post_id;
    case core::Platform::tiktok:
      if (is_word(e.handle)) return "https://www.tiktok.com/@" + e.handle + "/video/" + e.post_id;
      return std::nullopt;
    default: return std::nullopt;  // Facebook's ids alone make no URL
  }
}

// The line of stderr that says what went wrong: the last "ERROR:" line, else the last line.
std::string last_error_line(const std::string& err) {
  std::string last;
  std::string last_error;
  std::size_t start = 0;
  while (start < err.size()) {
    const auto end = std::min(err.find('\n', start), err.size());
    const std::string line = err.substr(start, end - start);
    if (line.find_first_not_of(" \t\r") != std::string::npos) last = line;
    if (line.starts_with("ERROR:")) last_error = line;
    start = end + 1;
  }
  const std::string said = last_error.empty() ? last : last_error;
  return said.empty() ? "nothing on stderr" : one_line(said);
}

// One run of yt-dlp for `url`: its stdout, or why there is none.
core::Result<std::string> run_ytdlp(const std::string& url, const core::Config& config) {
  const auto& tool = config.yt_dlp;
  const SubprocessLimits limits{std::chrono::seconds(std::max(1, tool.timeout_s)), k_page_bytes, 64u << 10};
  auto run = run_subprocess(tool.path, ytdlp_arguments(url), limits);
  const std::string input = redact_url(url);
  if (!run) return core::fail("fetch", input, "yt-dlp (tools.yt_dlp.path \"" + one_line(tool.path) + "\") " + run.error().message);
  if (run->timed_out) {
    return core::fail("fetch", input, "yt-dlp did not finish within tools.yt_dlp.timeout_s (" +
                                          std::to_string(tool.timeout_s) + " s) and was stopped");
  }
  if (run->over_cap) {
    return core::fail("fetch", input, "yt-dlp printed more than " + std::to_string(k_page_bytes) + " bytes and was stopped");
  }
  if (!run->exited) return core::fail("fetch", input, "yt-dlp was ended by signal " + std::to_string(run->signal));
  if (run->exit_code != 0) {
    return core::fail("fetch", input, "yt-dlp exited with status " + std::to_string(run->exit_code) + ": " +
                                          last_error_line(run->err));
  }
  return std::move(run->out);
}

core::Result<Stored> answer_for(const std::string& url, StageSource& source, const FetchSettings& s) {
  if (source.offline()) return source.cached_body(url, k_page_bytes);
  auto out = run_ytdlp(url, s.config);
  if (!out) return tl::unexpected(out.error());
  return source.keep(url, k_via, std::move(*out));
}

void read_one(core::Case& c, const core::Embed& e, StageSource& source, const FetchSettings& s) {
  const auto url = ytdlp_post_url(e);
  if (!url) {
    const std::string why = "no URL of this post to give yt-dlp";
    c.add_error("fetch", "embed " + e.id, why);
    c.posts.push_back(error_post(e, e.post_id, why, k_via));
    return;
  }
  auto answer = answer_for(*url, source, s);
  auto post = answer ? ytdlp::parse_video_json(answer->body, e.post_id, s.media_choice)
                     : core::Result<core::Post>(tl::unexpected(answer.error()));
  if (!post) {
    core::Error error = post.error();
    error.input = redact_url(*url);
    c.errors.push_back(error);
    c.posts.push_back(error_post(e, e.post_id, error.message, k_via));
    return;
  }
  post->embed = e.id;
  post->custody = to_custody(answer->record);
  c.posts.push_back(std::move(*post));
}

}  // namespace

bool is_ytdlp_platform(core::Platform p) {
  return p == core::Platform::youtube || p == core::Platform::tiktok || p == core::Platform::instagram ||
         p == core::Platform::facebook || p == core::Platform::vimeo;
}

std::optional<std::string> ytdlp_post_url(const core::Embed& e) {
  if (auto url = canonical_url(e)) return url;
  for (const auto& url : e.urls) {
    if (is_plain_url(url)) return url;
  }
  return std::nullopt;
}

std::vector<std::string> ytdlp_arguments(const std::string& url) {
  return {"--dump-json", "--no-playlist", "--ignore-config", "--no-exec", "--no-cache-dir", "--", url};
}

void read_ytdlp_posts(core::Case& c, StageSource& source, const FetchSettings& s) {
  std::vector<const core::Embed*> embeds;
  for (const auto& e : c.embeds) {
    if (is_ytdlp_platform(e.platform)) embeds.push_back(&e);
  }
  for (std::size_t i = 0; i < embeds.size(); ++i) {
    read_one(c, *embeds[i], source, s);
    if (s.progress) s.progress("posts", i + 1, embeds.size());
  }
}

}  // namespace fetch
