#include "fetch/twitter_posts.hpp"

#include "fetch/platforms/post_parts.hpp"
#include "fetch/stage_posts.hpp"
#include "fetch/twitter_services.hpp"
#include "fetch/url.hpp"

namespace fetch {
namespace {

// One post on its way through the services.
struct Asking {
  const core::Embed* embed;
  TwitterAsk ask;
  std::vector<std::string> gave_nothing;  // the services that gave an Error, in the order asked
  std::vector<core::Error> errors;        // theirs, in the same order
  bool done = false;
};

std::string joined(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (const auto& part : parts) out += (out.empty() ? "" : std::string(separator)) + part;
  return out;
}

// A post from a later service names the ones before it that gave nothing,
// then what its own service lacks.
void note_fallback(core::Post& post, const std::vector<std::string>& gave_nothing) {
  if (gave_nothing.empty()) return;
  std::string note = "read from " + post.fetched_via + " because " + joined(gave_nothing, ", ") + " gave no post";
  if (!post.status_note.empty()) note += "; " + post.status_note;
  post.status_note = std::move(note);
}

void failed(Asking& a, std::string_view via, core::Error error) {
  a.gave_nothing.emplace_back(via);
  a.errors.push_back(std::move(error));
}

// Asks `service` for every post not yet read, side by side.
void ask_round(core::Case& c, std::vector<Asking>& asking, const TwitterService& service, StageSource& source,
               const FetchSettings& s) {
  std::vector<Asking*> asked;
  std::vector<std::string> urls;
  for (auto& a : asking) {
    if (a.done) continue;
    auto url = service.url(s.config.services, a.ask);
    if (!url) continue;  // ids were checked before the first round
    asked.push_back(&a);
    urls.push_back(std::move(*url));
  }
  if (urls.empty()) return;
  auto answers = source.bodies(urls, service.via, k_page_bytes, [&](std::size_t done, std::size_t total) {
    if (s.progress) s.progress("posts", done, total);
  });
  for (std::size_t i = 0; i < asked.size(); ++i) {
    Asking& a = *asked[i];
    if (!answers[i]) {
      failed(a, service.via, answers[i].error());
      continue;
    }
    auto post = service.parse(answers[i]->body, answers[i]->record.status, a.ask.post_id, s.media_choice);
    if (!post) {
      core::Error error = post.error();
      error.input = redact_url(urls[i]);  // the URL, which the reader can repeat
      failed(a, service.via, std::move(error));
      continue;
    }
    post->embed = a.embed->id;
    post->fetched_via = std::string(service.via);
    post->custody = to_custody(answers[i]->record);
    note_fallback(*post, a.gave_nothing);
    c.posts.push_back(std::move(*post));
    a.done = true;
  }
}

// Every service failed: each one's Error is kept, and the Post says them all.
void give_up(core::Case& c, Asking& a) {
  std::string note;
  for (std::size_t i = 0; i < a.errors.size(); ++i) {
    const std::string& said = a.errors[i].message;
    note += (i ? "; " : "") + (said.starts_with(a.gave_nothing[i]) ? said : a.gave_nothing[i] + ": " + said);
  }
  for (auto& error : a.errors) c.errors.push_back(std::move(error));
  c.posts.push_back(error_post(*a.embed, a.ask.post_id, "no service gave the post — " + note, {}));
}

}  // namespace

void read_twitter_posts(core::Case& c, const std::vector<TwitterTarget>& targets, StageSource& source,
                        const FetchSettings& s) {
  std::vector<Asking> asking;
  for (const auto& t : targets) {
    const core::Embed& e = c.embeds[t.embed];
    if (!is_post_id(t.post_id)) {
      const std::string why = "\"" + t.post_id + "\" is not a Twitter/X post id";
      c.add_error("fetch", "embed " + e.id, why);
      c.posts.push_back(error_post(e, t.post_id, why, {}));
      continue;
    }
    asking.push_back(Asking{&e, TwitterAsk{t.post_id, e.handle}, {}, {}, false});
  }
  // The client sends the token only to the API's origin; without one the API is not asked.
  for (const auto& service : twitter_services(s.client.credential.has_value())) {
    ask_round(c, asking, service, source, s);
  }
  for (auto& a : asking) {
    if (!a.done) give_up(c, a);
  }
}

}  // namespace fetch
