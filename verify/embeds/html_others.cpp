// Readers for the other embed markup: TikTok, Instagram and Reddit blockquotes,
// Facebook plugin divs, Telegram widget scripts, and player iframes.
#include "core/text.hpp"
#include "verify/embeds/byline.hpp"
#include "verify/embeds/html_readers.hpp"
#include "verify/embeds/url_parts.hpp"

namespace verify::embeds {
namespace {

std::optional<PostRef> post_of(std::string_view url, core::Platform platform) {
  auto ref = parse_post_url(url);
  if (!ref || ref->platform != platform || ref->kind != UrlKind::post) return std::nullopt;
  return ref;
}

// "A photo posted by NAME (@handle)", "A post shared by NAME (@handle)", "Posted by NAME on DATE".
std::string name_after_by(std::string_view text, std::size_t end) {
  const std::string_view before = text.substr(0, end);
  const auto by = before.rfind(" by ");
  return by == std::string_view::npos ? std::string() : std::string(trim_name(before.substr(by + 4)));
}

bool is_instagram_credit(std::string_view paragraph) {
  return paragraph.find(" posted by ") != std::string_view::npos ||
         paragraph.find(" shared by ") != std::string_view::npos ||
         paragraph.find("View this post on Instagram") != std::string_view::npos;
}

// The first <p> that holds the caption, not the "posted by" credit line.
std::string instagram_caption(const MarkupView& view, std::size_t root) {
  for (std::size_t p : view.descendants(root, "p")) {
    const std::string_view text = core::trim(view.text_of(p));
    if (!text.empty() && !is_instagram_credit(text)) return std::string(text);
  }
  return {};
}

void read_instagram_credit(const MarkupView& view, std::size_t root, FoundEmbed& found) {
  const std::string_view text = view.text_of(root);
  for (auto at = text.find("(@"); at != std::string_view::npos; at = text.find("(@", at + 2)) {
    const auto handle = read_paren_handle(text, at);
    if (!handle) continue;
    found.embed.handle = handle->name;
    found.embed.display_name = name_after_by(text, at);
    break;
  }
  // Old (v6) embeds print the date in <time>: "Dec 31, 2015 at 4:35pm PST".
  const auto times = view.descendants(root, "time");
  if (!times.empty()) set_byline_date(found, view.text_of(times.front()));
}

// "Posted by <a>Facebook</a> on Friday, December 5, 2014"
void read_facebook_credit(std::string_view text, FoundEmbed& found) {
  const auto posted = text.find("Posted by ");
  if (posted == std::string_view::npos) return;
  const std::string_view rest = text.substr(posted);
  const auto on = rest.find(" on");
  if (on == std::string_view::npos) return;
  found.embed.display_name = name_after_by(rest, on);
  const std::size_t date_at = skip_spaces(rest, on + 3);
  set_byline_date(found, rest.substr(date_at, rest.find('\n', date_at) - date_at));
}

// The credit in any language the plugin prints it ("Publié par <a>NAME</a>
// sur <a>mardi 11 janvier 2022</a>", "Опубликовано <a>NAME</a> <a>Вторник, 11
// января 2022 г.</a>"): the anchor to the post carries the date, the anchor
// to a profile before it the name. False when the quote has no such anchor.
bool read_facebook_credit_anchors(const MarkupView& view, std::size_t root, const PostRef& post, FoundEmbed& found) {
  std::string name;
  for (std::size_t a : view.descendants(root, "a")) {
    const std::string& href = view.at(a).attribute("href");
    const auto ref = parse_post_url(href);
    if (ref && ref->platform == core::Platform::facebook && ref->kind == UrlKind::post) {
      if (ref->post_id != post.post_id) continue;
      if (!name.empty()) found.embed.display_name = name;
      set_byline_date(found, view.text_of(a), view.language());
      return found.embed.byline_date.has_value();
    }
    const auto parts = split_url(href);
    if (!ref && parts && parts->host == "facebook.com") {
      name = std::string(trim_name(view.text_of(a)));
    }
  }
  return false;
}

// AMP components name the post in one attribute: a URL, or an id to put in one.
struct AmpComponent {
  std::string_view tag;
  std::string_view attribute;
  std::string_view url_prefix;  // empty: the attribute holds a whole URL
};

constexpr AmpComponent k_amp_components[] = {
    {"amp-twitter", "data-tweetid", "https://twitter.com/i/web/status/"},
    {"amp-instagram", "data-shortcode", "https://www.instagram.com/p/"},
    {"amp-youtube", "data-videoid", "https://www.youtube.com/watch?v="},
    {"amp-vimeo", "data-videoid", "https://vimeo.com/"},
    {"amp-facebook", "data-href", ""},
    {"amp-reddit", "data-src", ""},
};

// A fallback embed inside the component (a twitter-tweet blockquote) says more: read that instead.
bool holds_fallback_embed(const MarkupView& view, std::size_t root) {
  for (std::size_t q : view.descendants(root, "blockquote")) {
    if (view.at(q).has_class("twitter-tweet") || view.at(q).has_class("instagram-media")) return true;
  }
  return false;
}

std::string reddit_user(std::string_view href) {
  const auto parts = split_url(href);
  if (!parts || parts->host.find("reddit.com") == std::string::npos || parts->segments.size() < 2) return {};
  const auto first = parts->segments[0];
  return first == "user" || first == "u" ? std::string(parts->segments[1]) : std::string();
}

}  // namespace

void read_tiktok_quote(const MarkupView& view, std::size_t root, std::string_view found_by, Detection& out) {
  const auto& element = view.at(root);
  if (element.attribute("data-embed-type") == "creator") return;  // a profile embed, not a post
  std::string url = element.attribute("cite");
  auto ref = post_of(url, core::Platform::tiktok);
  if (!ref && !element.attribute("data-video-id").empty()) {
    url = "https://www.tiktok.com/embed/v2/" + element.attribute("data-video-id");
    ref = post_of(url, core::Platform::tiktok);
  }
  if (!ref) return;
  FoundEmbed found = embed_from_ref(*ref, url, std::string(found_by), element.span);
  for (std::size_t a : view.descendants(root, "a")) {
    const std::string_view label = core::trim(view.text_of(a));
    if (found.embed.handle.empty() && label.starts_with("@")) found.embed.handle = std::string(label.substr(1));
  }
  found.embed.text = std::string(first_paragraph(view, root));
  out.embeds.push_back(std::move(found));
}

void read_instagram_quote(const MarkupView& view, std::size_t root, std::string_view found_by, Detection& out) {
  std::string url = view.at(root).attribute("data-instgrm-permalink");
  auto ref = post_of(url, core::Platform::instagram);
  for (std::size_t a : view.descendants(root, "a")) {
    if (ref) break;
    url = view.at(a).attribute("href");
    ref = post_of(url, core::Platform::instagram);
  }
  if (!ref) return;  // a profile embed, or no link at all
  FoundEmbed found = embed_from_ref(*ref, url, std::string(found_by), view.at(root).span);
  read_instagram_credit(view, root, found);
  found.embed.text = instagram_caption(view, root);
  out.embeds.push_back(std::move(found));
}

void read_facebook_div(const MarkupView& view, std::size_t root, std::string_view found_by, Detection& out) {
  const std::string& url = view.at(root).attribute("data-href");
  const auto ref = parse_post_url(url);
  if (!ref || ref->platform != core::Platform::facebook) return;
  FoundEmbed found = embed_from_ref(*ref, url, std::string(found_by), view.at(root).span);
  if (!read_facebook_credit_anchors(view, root, *ref, found)) read_facebook_credit(view.text_of(root), found);
  found.embed.text = std::string(first_paragraph(view, root));
  out.embeds.push_back(std::move(found));
}

void read_reddit_quote(const MarkupView& view, std::size_t root, std::string_view found_by, Detection& out) {
  std::optional<FoundEmbed> found;
  std::string user;
  for (std::size_t a : view.descendants(root, "a")) {
    const std::string& href = view.at(a).attribute("href");
    if (user.empty()) user = reddit_user(href);
    if (found) continue;
    if (const auto ref = post_of(href, core::Platform::reddit)) {
      found = embed_from_ref(*ref, href, std::string(found_by), view.at(root).span);
      found->embed.text = std::string(core::trim(view.text_of(a)));
    }
  }
  if (!found) return;
  if (found->embed.handle.empty()) found->embed.handle = user;
  out.embeds.push_back(std::move(*found));
}

void read_telegram_script(const MarkupView& view, std::size_t root, std::string_view found_by, Detection& out) {
  const std::string& post = view.at(root).attribute("data-telegram-post");  // "channel/123"
  const std::string url = "https://t.me/" + post;
  const auto ref = post_of(url, core::Platform::telegram);
  if (!ref) {
    out.errors.push_back({k_stage, post, "data-telegram-post \"" + post + "\" does not name a channel and a message number"});
    return;
  }
  out.embeds.push_back(embed_from_ref(*ref, url, std::string(found_by), view.at(root).span));
}

// Any iframe whose src (or lazy-loading data-src) is a post URL of a listed platform.
void read_iframe(const MarkupView& view, std::size_t root, std::string_view found_by, Detection& out) {
  for (const char* attribute : {"src", "data-src"}) {
    const std::string& url = view.at(root).attribute(attribute);
    const auto ref = parse_post_url(url);
    if (!ref || ref->kind != UrlKind::post) continue;
    if (!ref->problem.empty()) {
      out.errors.push_back({k_stage, url, ref->problem});
      return;
    }
    out.embeds.push_back(embed_from_ref(*ref, url, std::string(found_by), view.at(root).span));
    return;
  }
}

void read_amp_component(const MarkupView& view, std::size_t root, std::string_view found_by, Detection& out) {
  const auto& element = view.at(root);
  if (holds_fallback_embed(view, root)) return;
  for (const auto& amp : k_amp_components) {
    if (element.tag != amp.tag) continue;
    const std::string url = std::string(amp.url_prefix) + element.attribute(amp.attribute);
    const auto ref = parse_post_url(url);
    if (!ref || ref->kind != UrlKind::post) return;
    if (!ref->problem.empty()) {
      out.errors.push_back({k_stage, url, ref->problem});
      return;
    }
    out.embeds.push_back(embed_from_ref(*ref, url, std::string(found_by), element.span));
    return;
  }
}

}  // namespace verify::embeds
