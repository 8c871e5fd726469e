#include "fetch/fetch_stage.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "fetch/link_resolver.hpp"
#include "fetch/platforms/twitter_syndication.hpp"
#include "fetch/stage_media.hpp"
#include "fetch/stage_source.hpp"
#include "fetch/url.hpp"

namespace fetch {
namespace {

// A post's JSON or a link's page: far above any real one, far below a video.
constexpr std::uint64_t k_page_bytes = 8ull << 20;

struct Target {
  std::size_t embed;    // index into Case::embeds
  std::string post_id;  // empty until a link resolves
  std::string link;     // the resolver link, when the article gave no id
};

std::string platform_label(core::Platform p) {
  switch (p) {
    case core::Platform::twitter: return "Twitter/X";
    case core::Platform::youtube: return "YouTube";
    case core::Platform::tiktok: return "TikTok";
    default: break;
  }
  std::string name = core::name_of(p);
  name[0] = static_cast<char>(name[0] - 'a' + 'A');
  return name;
}

core::Post error_post(const core::Embed& e, const std::string& post_id, std::string note, std::string_view via) {
  core::Post post;
  post.embed = e.id;
  post.post_id = post_id;
  post.status = core::PostStatus::error;
  post.status_note = std::move(note);
  post.fetched_via = std::string(via);
  return post;
}

// Other platforms have no adapter yet: one line per platform says so, and
// no Post is made up for them.
void note_unbuilt(core::Case& c) {
  std::map<std::string, std::string> embeds_of;
  for (const auto& e : c.embeds) {
    if (e.platform == core::Platform::twitter) continue;
    std::string& ids = embeds_of[platform_label(e.platform)];
    ids += (ids.empty() ? "" : ", ") + e.id;
  }
  for (const auto& [label, ids] : embeds_of) {
    c.add_error("fetch", "embed " + ids, "fetching " + label + " posts is not built yet");
  }
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

void read_posts(core::Case& c, const std::vector<Target>& targets, StageSource& source, const FetchSettings& s) {
  const std::string_view via = twitter::k_syndication_via;
  std::vector<const Target*> asked;
  std::vector<std::string> urls;
  for (const auto& t : targets) {
    if (t.post_id.empty()) continue;
    const core::Embed& e = c.embeds[t.embed];
    auto url = twitter::syndication_url(s.config.services.twitter_syndication, t.post_id);
    if (!url) {
      const std::string why = "\"" + t.post_id + "\" is not a Twitter/X post id";
      c.add_error("fetch", "embed " + e.id, why);
      c.posts.push_back(error_post(e, t.post_id, why, via));
      continue;
    }
    asked.push_back(&t);
    urls.push_back(*url);
  }
  if (urls.empty()) return;
  auto answers = source.bodies(urls, via, k_page_bytes, [&](std::size_t done, std::size_t total) {
    if (s.progress) s.progress("posts", done, total);
  });
  for (std::size_t i = 0; i < asked.size(); ++i) {
    const core::Embed& e = c.embeds[asked[i]->embed];
    if (!answers[i]) {
      c.errors.push_back(answers[i].error());
      c.posts.push_back(error_post(e, asked[i]->post_id, answers[i].error().message, via));
      continue;
    }
    auto post = twitter::parse_syndication(answers[i]->body, answers[i]->record.status, asked[i]->post_id,
                                           s.media_choice);
    if (!post) {
      core::Error error = post.error();
      error.input = redact_url(urls[i]);  // the URL, which the reader can repeat
      c.errors.push_back(error);
      c.posts.push_back(error_post(e, asked[i]->post_id, error.message, via));
      continue;
    }
    post->embed = e.id;
    post->custody = to_custody(answers[i]->record);
    c.posts.push_back(std::move(*post));
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
  note_unbuilt(c);
  std::vector<Target> targets = twitter_targets(c, s.config);
  if (targets.empty()) return;
  std::optional<Cache> cache = open_cache(c, s);
  std::optional<Client> client;
  if (!s.offline) client.emplace(s.client);
  StageSource source(cache ? &*cache : nullptr, client ? &*client : nullptr);
  const std::size_t first_post = c.posts.size();
  resolve_links(c, targets, source, s);
  read_posts(c, targets, source, s);
  // Links resolve before posts are read; the report lists posts in article order.
  std::map<std::string, std::size_t> order;
  for (std::size_t i = 0; i < c.embeds.size(); ++i) order[c.embeds[i].id] = i;
  std::stable_sort(c.posts.begin() + static_cast<std::ptrdiff_t>(first_post), c.posts.end(),
                   [&](const core::Post& a, const core::Post& b) { return order[a.embed] < order[b.embed]; });
  if (!s.media_dir.empty()) fetch_media(c, first_post, source, s);
}

}  // namespace fetch
