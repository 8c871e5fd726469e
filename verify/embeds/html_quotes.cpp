// Readers for embeds that quote the post with a byline: Twitter/X and Bluesky
// blockquotes, as publish.twitter.com and embed.bsky.app write them.
#include "core/text.hpp"
#include "verify/embeds/byline.hpp"
#include "verify/embeds/html_readers.hpp"

namespace verify::embeds {
namespace {

constexpr std::size_t k_none = static_cast<std::size_t>(-1);

struct QuoteLinks {
  std::vector<std::string> urls;  // the platform's links, in document order
  std::optional<PostRef> post;    // from the last anchor naming a post
  std::string post_url;
  std::size_t post_anchor = k_none;
  std::string malformed_url;  // a post-shaped link without a usable id
  std::string malformed_problem;
};

QuoteLinks scan_links(const MarkupView& view, std::size_t root, core::Platform platform) {
  QuoteLinks links;
  for (std::size_t a : view.descendants(root, "a")) {
    const std::string& href = view.at(a).attribute("href");
    const std::string_view label = core::trim(view.text_of(a));
    const auto ref = parse_post_url(href);
    if (ref && ref->platform == platform) {
      if (ref->kind == UrlKind::post && !ref->problem.empty()) {
        links.malformed_url = href;
        links.malformed_problem = ref->problem;
        continue;
      }
      links.urls.push_back(href);
      if (ref->kind == UrlKind::post) {
        links.post = ref;
        links.post_url = href;
        links.post_anchor = a;
      }
    }
    // Attached media show as a t.co link labelled "pic.twitter.com/…".
    if (label.starts_with("pic.twitter.com/") || label.starts_with("pic.x.com/")) links.urls.emplace_back(label);
  }
  return links;
}

// The byline follows the post text: from the end of the first <p> to the end of the quote.
core::Span byline_span(const MarkupView& view, std::size_t root) {
  const core::Span whole = view.at(root).span;
  const auto paragraphs = view.descendants(root, "p");
  if (paragraphs.empty()) return whole;
  const core::Span p = view.at(paragraphs.front()).span;
  return core::Span{std::min(std::max(p.end, whole.start), whole.end), whole.end};
}

// The date printed after "(@handle)" when no anchor carries it: embeds whose
// link to the post was stripped still print "— Name (@handle) April 14, 2020".
std::string byline_text_date(std::string_view byline, std::string_view language) {
  const auto at = byline.find("(@");
  if (at == std::string_view::npos) return {};
  const auto line_start = byline.rfind('\n', at);
  const std::size_t from = line_start == std::string_view::npos ? 0 : line_start + 1;
  const std::string_view line = byline.substr(from, byline.find('\n', at) - from);
  const auto signature = read_signature(line, at - from, language);
  return signature ? signature->date_text : std::string();
}

// Text before the byline's dash, for quotes without a <p>.
std::string_view text_before_dash(std::string_view quote) {
  const auto dash = find_dash_before(quote, quote.size());
  return core::trim(dash ? quote.substr(0, dash->start) : quote);
}

void read_quote(const MarkupView& view, std::size_t root, std::string_view found_by, core::Platform platform,
                const std::optional<PostRef>& declared, std::string_view declared_url, Detection& out) {
  const QuoteLinks links = scan_links(view, root, platform);
  const core::Span span = view.at(root).span;
  const std::optional<PostRef>& ref = declared ? declared : links.post;
  const std::string_view url = declared ? declared_url : std::string_view(links.post_url);
  FoundEmbed found = ref ? embed_from_ref(*ref, url, std::string(found_by), span) : FoundEmbed{};
  if (!ref) {
    found.embed = core::Embed{};
    found.embed.platform = platform;
    found.embed.found_by = std::string(found_by);
    found.embed.span = span;
    if (!links.malformed_url.empty()) found.errors.push_back({k_stage, links.malformed_url, links.malformed_problem});
  }
  if (!links.urls.empty()) found.embed.urls.clear();  // document order, the declared URI only as a fallback
  for (const auto& link : links.urls) add_url(found.embed, link);
  const std::string_view byline = view.text_of(byline_span(view, root));
  // The widget prints the date in its own language (data-lang), else the page's.
  const std::string& widget_language = view.at(root).attribute("data-lang");
  const std::string_view language = widget_language.empty() ? std::string_view(view.language()) : widget_language;
  if (links.post_anchor != k_none) {
    set_byline_date(found, view.text_of(links.post_anchor), language);
  } else if (const std::string date = byline_text_date(byline, language); !date.empty()) {
    set_byline_date(found, date, language);
  }
  read_byline_names(byline, found.embed);
  const std::string_view text = first_paragraph(view, root);
  found.embed.text = std::string(text.empty() ? text_before_dash(view.text_of(root)) : text);
  out.embeds.push_back(std::move(found));
}

}  // namespace

std::string_view first_paragraph(const MarkupView& view, std::size_t root) {
  const auto paragraphs = view.descendants(root, "p");
  return paragraphs.empty() ? std::string_view() : core::trim(view.text_of(paragraphs.front()));
}

void read_byline_names(std::string_view byline, core::Embed& embed) {
  for (auto at = byline.find("(@"); at != std::string_view::npos; at = byline.find("(@", at + 2)) {
    const auto handle = read_paren_handle(byline, at);
    if (!handle) continue;
    embed.handle = handle->name;
    if (const auto dash = find_dash_before(byline, at)) {
      const std::size_t from = dash->start + dash->length;
      embed.display_name = std::string(trim_name(byline.substr(from, at - from)));
    }
    return;
  }
}

void read_tweet_quote(const MarkupView& view, std::size_t root, std::string_view found_by, Detection& out) {
  read_quote(view, root, found_by, core::Platform::twitter, std::nullopt, {}, out);
}

void read_bluesky_quote(const MarkupView& view, std::size_t root, std::string_view found_by, Detection& out) {
  const std::string& uri = view.at(root).attribute("data-bluesky-uri");
  auto declared = parse_post_url(uri);
  if (declared && (declared->platform != core::Platform::bluesky || declared->kind != UrlKind::post)) declared.reset();
  read_quote(view, root, found_by, core::Platform::bluesky, declared, uri, out);
}

}  // namespace verify::embeds
