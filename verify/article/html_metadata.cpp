#include "verify/article/html_metadata.hpp"

#include <array>
#include <map>
#include <utility>

#include "verify/article/html_node.hpp"
#include "verify/article/html_tag.hpp"
#include "verify/article/json_ld.hpp"

namespace verify::article {
namespace {

// Meta tags that date the article, best first, with the name they go by in Article::published_from.
constexpr std::array<std::pair<std::string_view, std::string_view>, 8> k_published_metas = {{
    {"article:published_time", "meta article:published_time"},
    {"og:published_time", "meta og:published_time"},
    {"itemprop:datepublished", "itemprop datePublished"},
    {"date", "meta date"},
    {"pubdate", "meta pubdate"},
    {"publish-date", "meta publish-date"},
    {"dc.date.issued", "meta dc.date.issued"},
    {"dcterms.issued", "meta dcterms.issued"},
}};
constexpr std::array<std::pair<std::string_view, std::string_view>, 3> k_modified_metas = {{
    {"article:modified_time", "meta article:modified_time"},
    {"og:updated_time", "meta og:updated_time"},
    {"itemprop:datemodified", "itemprop dateModified"},
}};

// What one walk over the whole document (head included) finds.
class Collector {
 public:
  bool enter(const GumboNode& node);
  void leave(const GumboNode& node);
  HtmlMetadata result() const;

 private:
  void meta(const GumboElement& element);
  void time(const GumboElement& element);
  void keep(std::string key, std::string_view value) {
    if (!value.empty()) m_meta.emplace(std::move(key), std::string(value));  // the first one wins
  }
  std::string meta_value(std::string_view key) const {
    auto found = m_meta.find(std::string(key));
    return found == m_meta.end() ? std::string{} : found->second;
  }
  template <std::size_t N>
  std::vector<DateCandidate> dates(const std::array<std::pair<std::string_view, std::string_view>, N>& keys) const;

  std::map<std::string, std::string> m_meta;  // name or property (lower case) → content
  std::string m_title, m_canonical, m_author_link, m_language;
  std::string m_time_marked, m_time_first;  // <time pubdate|itemprop=datePublished>, the first other <time>
  std::vector<std::string> m_json_ld;
  int m_in_embed = 0;  // inside <blockquote> or <iframe>: a post's time, not the article's
};

bool Collector::enter(const GumboNode& node) {
  if (node.type == GUMBO_NODE_DOCUMENT) return true;
  if (node.type != GUMBO_NODE_ELEMENT) return false;
  const GumboElement& e = node.v.element;
  const bool html_namespace = e.tag_namespace == GUMBO_NAMESPACE_HTML;
  if (e.tag == GUMBO_TAG_HTML && m_language.empty()) m_language = attribute(e, "lang");
  if (e.tag == GUMBO_TAG_META) meta(e);
  if (e.tag == GUMBO_TAG_TIME) time(e);
  if (e.tag == GUMBO_TAG_TITLE && html_namespace && m_title.empty()) m_title = squeeze(text_content(node));
  if (e.tag == GUMBO_TAG_LINK && has_token(e, "rel", "canonical") && m_canonical.empty()) {
    m_canonical = attribute(e, "href");
  }
  if (e.tag == GUMBO_TAG_A && has_token(e, "rel", "author") && m_author_link.empty()) {
    m_author_link = squeeze(text_content(node));
  }
  if (e.tag == GUMBO_TAG_SCRIPT && lower_ascii(attribute(e, "type")).starts_with("application/ld+json")) {
    m_json_ld.push_back(text_content(node));
  }
  if (has_attribute(e, "itemprop") && e.tag != GUMBO_TAG_META) {
    // <span itemprop="datePublished" content="…">: microdata outside <meta>.
    keep("itemprop:" + lower_ascii(attribute(e, "itemprop")), attribute(e, "content"));
  }
  if (e.tag == GUMBO_TAG_BLOCKQUOTE || e.tag == GUMBO_TAG_IFRAME) ++m_in_embed;
  return true;
}

void Collector::leave(const GumboNode& node) {
  if (node.type != GUMBO_NODE_ELEMENT) return;
  if (node.v.element.tag == GUMBO_TAG_BLOCKQUOTE || node.v.element.tag == GUMBO_TAG_IFRAME) --m_in_embed;
}

void Collector::meta(const GumboElement& e) {
  const std::string_view content = attribute(e, "content");
  if (auto property = attribute(e, "property"); !property.empty()) keep(lower_ascii(property), content);
  if (auto name = attribute(e, "name"); !name.empty()) keep(lower_ascii(name), content);
  if (auto itemprop = attribute(e, "itemprop"); !itemprop.empty()) keep("itemprop:" + lower_ascii(itemprop), content);
  if (auto equiv = attribute(e, "http-equiv"); !equiv.empty()) keep("http-equiv:" + lower_ascii(equiv), content);
}

void Collector::time(const GumboElement& e) {
  const std::string_view datetime = attribute(e, "datetime");
  if (datetime.empty()) return;
  const bool marked = has_attribute(e, "pubdate") || lower_ascii(attribute(e, "itemprop")) == "datepublished";
  if (marked && m_time_marked.empty()) m_time_marked = datetime;
  if (!marked && m_in_embed == 0 && m_time_first.empty()) m_time_first = datetime;
}

template <std::size_t N>
std::vector<DateCandidate> Collector::dates(
    const std::array<std::pair<std::string_view, std::string_view>, N>& keys) const {
  std::vector<DateCandidate> out;
  for (const auto& [key, from] : keys) {
    if (auto value = meta_value(key); !value.empty()) out.push_back({value, std::string(from)});
  }
  return out;
}

HtmlMetadata Collector::result() const {
  const JsonLdArticle ld = read_json_ld(m_json_ld);
  const auto first_of = [](std::initializer_list<std::string> values) {
    for (const auto& value : values) {
      if (!value.empty()) return squeeze(value);
    }
    return std::string{};
  };
  HtmlMetadata out;
  out.title = first_of({meta_value("og:title"), m_title, ld.headline});
  out.byline = first_of({meta_value("author"), ld.author, m_author_link});
  out.canonical = first_of({m_canonical, meta_value("og:url")});
  out.language = first_of({m_language, meta_value("http-equiv:content-language"), meta_value("og:locale")});
  out.published = dates(k_published_metas);
  if (!ld.published.empty()) out.published.push_back({ld.published, "JSON-LD datePublished"});
  for (const auto& time : {m_time_marked, m_time_first}) {
    if (!time.empty()) out.published.push_back({time, "time element"});
  }
  out.modified = dates(k_modified_metas);
  if (!ld.modified.empty()) out.modified.push_back({ld.modified, "JSON-LD dateModified"});
  return out;
}

}  // namespace

HtmlMetadata read_html_metadata(const GumboNode& document) {
  Collector collector;
  walk(
      document, [&collector](const GumboNode& node) { return collector.enter(node); },
      [&collector](const GumboNode& node) { collector.leave(node); });
  return collector.result();
}

}  // namespace verify::article
