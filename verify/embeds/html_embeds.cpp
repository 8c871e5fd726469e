#include "verify/embeds/html_embeds.hpp"

#include "verify/embeds/html_readers.hpp"

namespace verify::embeds {
namespace {

struct MarkupRule {
  std::string_view tag;
  std::string_view class_name;  // empty: any class
  std::string_view attribute;   // empty: none required
  std::string_view found_by;
  MarkupReader read;
};

// The registry of embed markup, one line each.
constexpr MarkupRule k_rules[] = {
    {"blockquote", "twitter-tweet", {}, "blockquote.twitter-tweet", read_tweet_quote},
    {"blockquote", "twitter-video", {}, "blockquote.twitter-video", read_tweet_quote},
    {"blockquote", "bluesky-embed", {}, "blockquote.bluesky-embed", read_bluesky_quote},
    {"blockquote", "tiktok-embed", {}, "blockquote.tiktok-embed", read_tiktok_quote},
    {"blockquote", "instagram-media", {}, "blockquote.instagram-media", read_instagram_quote},
    {"blockquote", "reddit-embed-bq", {}, "blockquote.reddit-embed-bq", read_reddit_quote},
    {"blockquote", "reddit-card", {}, "blockquote.reddit-card", read_reddit_quote},
    {"div", "fb-post", {}, "div.fb-post", read_facebook_div},
    {"div", "fb-video", {}, "div.fb-video", read_facebook_div},
    {"script", {}, "data-telegram-post", "script[data-telegram-post]", read_telegram_script},
    {"iframe", {}, {}, "iframe", read_iframe},
    {"amp-twitter", {}, "data-tweetid", "amp-twitter", read_amp_component},
    {"amp-instagram", {}, "data-shortcode", "amp-instagram", read_amp_component},
    {"amp-youtube", {}, "data-videoid", "amp-youtube", read_amp_component},
    {"amp-vimeo", {}, "data-videoid", "amp-vimeo", read_amp_component},
    {"amp-facebook", {}, "data-href", "amp-facebook", read_amp_component},
    {"amp-reddit", {}, "data-src", "amp-reddit", read_amp_component},
};

const MarkupRule* rule_for(const core::MarkupElement& element) {
  for (const auto& rule : k_rules) {
    if (element.tag != rule.tag) continue;
    if (!rule.class_name.empty() && !element.has_class(rule.class_name)) continue;
    if (!rule.attribute.empty() && element.attribute(rule.attribute).empty()) continue;
    return &rule;
  }
  return nullptr;
}

}  // namespace

Detection detect_html_embeds(const core::Article& article) {
  const MarkupView view(article);
  Detection out;
  // claimed[i]: element i is an embed, or lies inside one.
  std::vector<char> claimed(view.size(), 0);
  for (std::size_t i = 0; i < view.size(); ++i) {
    const std::size_t parent = view.at(i).parent;
    if (parent < i && claimed[parent]) {
      claimed[i] = 1;
      continue;
    }
    const MarkupRule* rule = rule_for(view.at(i));
    if (!rule) continue;
    const std::size_t before = out.embeds.size();
    rule->read(view, i, rule->found_by, out);
    claimed[i] = out.embeds.size() > before;
  }
  return out;
}

}  // namespace verify::embeds
