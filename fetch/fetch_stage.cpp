#include "fetch/fetch_stage.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "fetch/link_resolver.hpp"
#include "fetch/stage_media.hpp"
#include "fetch/stage_posts.hpp"
#include "fetch/stage_source.hpp"
#include "fetch/telegram_posts.hpp"
#include "fetch/twitter_posts.hpp"
#include "fetch/ytdlp_posts.hpp"
#include "fetch/url.hpp"

namespace fetch {
namespace {

struct Target {
  std::size_t embed;    // index into Case::embeds
  std::string post_id;  // empty until a link resolves
  std::string link;     // the resolver link, when the article gave no id
};


// Platforms with no adapter, or whose adapter (yt-dlp) is off: one line per
// platform says so, and no Post is made up for them.
void note_unread(core::Case& c, const core::Config& config) {
  std::map<std::string, std::pair<std::string, bool>> embeds_of;  // label → ids, needs yt-dlp
  for (const auto& e : c.embeds) {
    if (e.platform == core::Platform::twitter || e.platform == core::Platform::telegram) continue;
    const bool via_ytdlp = is_ytdlp_platform(e.platform);
    if (via_ytdlp && config.yt_dlp.enabled) continue;
    auto& [ids, needs_ytdlp] = embeds_of[core::platform_label(e.platform)];
    ids += (ids.empty() ? "" : ", ") + e.id;
    needs_ytdlp = via_ytdlp;
  }
  for (const auto& [label, entry] : embeds_of) {
    c.add_error("fetch", "embed " + entry.first,
                entry.second ? "fetching " + label + " posts needs yt-dlp: set tools.yt_dlp.enabled (off by default)"
                             : "fetching " + label + " posts is not built yet");
  }
}

bool has_ytdlp_embeds(const core::Case& c, const core::Config& config) {
  return config.yt_dlp.enabled &&
         std::any_of(c.embeds.begin(), c.embeds.end(), [](const core::Embed& e) { return is_ytdlp_platform(e.platform); });
}

std::vector<Target> twitter_targets(const core::Case& c, const core::Config& config) {
  std::vector<Target> targets;
  for (std::size_t i = 0; i < c.embeds.size(); ++i) {
    const core::Embed& e = c.embeds[i];
    if (e.platform != core::Platform::twitter) continue;
    if (!e.post_id.empty()) {
      targets.push_back(Target{i, e.post_id, {}});
    } else if (auto link = resolver_link(e, config.services.resolver_hosts)) {
      targets.push_back(Target{i, {}, *link});
    }
  }
  return targets;
}

// Follows the links of id-less embeds to their status URLs; a link that
// fails or leads elsewhere gives an Error and a Post with status error.
void resolve_links(core::Case& c, std::vector<Target>& targets, StageSource& source, const FetchSettings& s) {
  std::vector<Target*> pending;
  std::vector<std::string> links;
  for (auto& t : targets) {
    if (t.post_id.empty()) {
      pending.push_back(&t);
      links.push_back(t.link);
    }
  }
  if (links.empty()) return;
  auto answers = source.bodies(links, k_resolver_via, k_page_bytes, [&](std::size_t done, std::size_t total) {
    if (s.progress) s.progress("links", done, total);
  });
  for (std::size_t i = 0; i < pending.size(); ++i) {
    const core::Embed& e = c.embeds[pending[i]->embed];
    if (!answers[i]) {
      c.errors.push_back(answers[i].error());
      c.posts.push_back(error_post(e, "", answers[i].error().message, k_resolver_via));
      continue;
    }
    const std::string& final_url = answers[i]->record.final_url;
    if (auto id = status_id(final_url, s.config.services.resolver_hosts)) {
      pending[i]->post_id = *id;
      continue;
    }
    const std::string why = "the link led to " + redact_url(final_url) + ", which names no post";
    c.add_error("fetch", redact_url(links[i]), why);
    c.posts.push_back(error_post(e, "", why, k_resolver_via));
  }
}

// Offline, a missing cache is no error (every lookup misses) and is not made.
std::optional<Cache> open_cache(core::Case& c, const FetchSettings& s) {
  const auto& dir = s.config.cache_dir;
  if (s.offline && !std::filesystem::exists(dir / "index.sqlite")) return std::nullopt;
  auto cache = Cache::open(dir);
  if (!cache) {
    c.errors.push_back(cache.error());
    return std::nullopt;
  }
  return std::move(*cache);
}

}  // namespace

void fetch_posts(core::Case& c, const FetchSettings& s) {
  note_unread(c, s.config);
  std::vector<Target> targets = twitter_targets(c, s.config);
  const bool ytdlp = has_ytdlp_embeds(c, s.config);
  if (targets.empty() && !has_telegram_embeds(c) && !ytdlp) return;
  std::optional<Cache> cache = open_cache(c, s);
  std::optional<Client> client;
  if (!s.offline) client.emplace(s.client);
  StageSource source(cache ? &*cache : nullptr, client ? &*client : nullptr);
  const std::size_t first_post = c.posts.size();
  resolve_links(c, targets, source, s);
  std::vector<TwitterTarget> asks;
  for (const auto& t : targets) {
    if (!t.post_id.empty()) asks.push_back(TwitterTarget{t.embed, t.post_id});
  }
  read_twitter_posts(c, asks, source, s);
  read_telegram_posts(c, source, s);
  if (ytdlp) read_ytdlp_posts(c, source, s);
  // Links resolve before posts are read; the report lists posts in article order.
  std::map<std::string, std::size_t> order;
  for (std::size_t i = 0; i < c.embeds.size(); ++i) order[c.embeds[i].id] = i;
  std::stable_sort(c.posts.begin() + static_cast<std::ptrdiff_t>(first_post), c.posts.end(),
                   [&](const core::Post& a, const core::Post& b) { return order[a.embed] < order[b.embed]; });
  if (!s.media_dir.empty()) fetch_media(c, first_post, source, s);
}

}  // namespace fetch
