#include "verify/article/article_metadata.hpp"

namespace verify::article {
namespace {

void set_if_empty(std::string& field, const std::string& value) {
  if (field.empty()) field = value;
}

}  // namespace

std::optional<std::pair<core::Instant, std::string>> first_date(const std::vector<DateCandidate>& candidates,
                                                                const std::string& field, core::Case& c) {
  for (const auto& candidate : candidates) {
    if (auto instant = core::parse_iso8601(candidate.value)) return std::make_pair(*instant, candidate.from);
    c.add_error("ingest", c.article.source,
                field + " date \"" + candidate.value + "\" from " + candidate.from +
                    " is not an ISO 8601 date or time; not used");
  }
  return std::nullopt;
}

void apply_metadata(const std::optional<FrontMatter>& front, const HtmlMetadata& html, core::Case& c) {
  core::Article& a = c.article;
  std::vector<DateCandidate> published;
  if (front) {
    a.title = front->title;
    a.byline = front->author;
    if (!front->date.empty()) published.push_back({front->date, "front matter date"});
  }
  set_if_empty(a.title, html.title);
  set_if_empty(a.byline, html.byline);
  a.canonical_url = html.canonical;
  a.language = html.language;
  published.insert(published.end(), html.published.begin(), html.published.end());
  if (auto date = first_date(published, "published", c)) {
    a.published = date->first;
    a.published_from = date->second;
  }
  if (auto date = first_date(html.modified, "modified", c)) a.modified = date->first;
}

}  // namespace verify::article
