#include "fetch/telegram_posts.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "fetch/platforms/telegram_embed.hpp"
#include "fetch/stage_posts.hpp"
#include "fetch/url.hpp"

namespace fetch {
namespace {

constexpr std::string_view k_via = telegram::k_embed_via;

bool is_telegram(const core::Embed& e) { return e.platform == core::Platform::telegram; }

}  // namespace

bool has_telegram_embeds(const core::Case& c) { return std::any_of(c.embeds.begin(), c.embeds.end(), is_telegram); }

void read_telegram_posts(core::Case& c, StageSource& source, const FetchSettings& s) {
  std::vector<const core::Embed*> asked;
  std::vector<std::string> urls;
  for (const auto& e : c.embeds) {
    if (!is_telegram(e)) continue;
    // The channel is the embed's handle and the message number its post id (t.me/CHANNEL/NUMBER).
    auto url = telegram::embed_url(s.config.services.telegram, e.handle, e.post_id);
    if (!url) {
      const std::string why = "\"" + e.handle + "/" + e.post_id + "\" is not a Telegram channel and message number";
      c.add_error("fetch", "embed " + e.id, why);
      c.posts.push_back(error_post(e, e.post_id, why, k_via));
      continue;
    }
    asked.push_back(&e);
    urls.push_back(std::move(*url));
  }
  if (urls.empty()) return;
  auto answers = source.bodies(urls, k_via, k_page_bytes, [&](std::size_t done, std::size_t total) {
    if (s.progress) s.progress("posts", done, total);
  });
  for (std::size_t i = 0; i < asked.size(); ++i) {
    const core::Embed& e = *asked[i];
    auto post = answers[i] ? telegram::parse_embed(answers[i]->body, answers[i]->record.status, e.handle, e.post_id)
                           : core::Result<core::Post>(tl::unexpected(answers[i].error()));
    if (!post) {
      core::Error error = post.error();
      if (answers[i]) error.input = redact_url(urls[i]);  // the URL, which the reader can repeat
      c.errors.push_back(error);
      c.posts.push_back(error_post(e, e.post_id, error.message, k_via));
      continue;
    }
    post->embed = e.id;
    post->custody = to_custody(answers[i]->record);
    c.posts.push_back(std::move(*post));
  }
}

}  // namespace fetch
