#include "verify/article/json_ld.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <map>
#include <string_view>

namespace verify::article {
namespace {

using nlohmann::json;

constexpr int k_max_graph_depth = 4;

constexpr std::array<std::string_view, 13> k_article_types = {
    "NewsArticle",         "Article",         "BlogPosting",           "ReportageNewsArticle", "AnalysisNewsArticle",
    "OpinionNewsArticle",  "BackgroundNewsArticle", "ReviewNewsArticle", "LiveBlogPosting", "Report",
    "ScholarlyArticle",    "TechArticle",     "SocialMediaPosting",
};
constexpr std::array<std::string_view, 4> k_page_types = {"WebPage", "ItemPage", "AboutPage", "CollectionPage"};

// Objects at the top, in top-level arrays and in "@graph", in document order.
void collect(const json& value, std::vector<const json*>& out, int depth) {
  if (depth > k_max_graph_depth) return;
  if (value.is_array()) {
    for (const auto& item : value) collect(item, out, depth + 1);
  } else if (value.is_object()) {
    out.push_back(&value);
    if (auto graph = value.find("@graph"); graph != value.end()) collect(*graph, out, depth + 1);
  }
}

std::string string_at(const json& object, const char* key) {
  auto found = object.find(key);
  return found != object.end() && found->is_string() ? found->get<std::string>() : std::string{};
}

template <std::size_t N>
bool has_type(const json& object, const std::array<std::string_view, N>& types) {
  auto type = object.find("@type");
  if (type == object.end()) return false;
  const auto listed = [&types](const json& t) {
    return t.is_string() && std::find(types.begin(), types.end(), t.get_ref<const std::string&>()) != types.end();
  };
  if (type->is_array()) return std::any_of(type->begin(), type->end(), listed);
  return listed(*type);
}

class Reader {
 public:
  explicit Reader(std::vector<const json*> objects) : m_objects(std::move(objects)) {
    for (const json* object : m_objects) {
      const std::string id = string_at(*object, "@id");
      const std::string name = string_at(*object, "name");
      if (!id.empty() && !name.empty()) m_names.emplace(id, name);
    }
  }

  JsonLdArticle read() const {
    JsonLdArticle out;
    for (const json* object : ordered()) {
      if (out.headline.empty()) out.headline = string_at(*object, "headline");
      if (out.published.empty()) out.published = string_at(*object, "datePublished");
      if (out.modified.empty()) out.modified = string_at(*object, "dateModified");
      if (out.author.empty()) out.author = author_of(*object);
    }
    return out;
  }

 private:
  // Article objects first, then web pages.
  std::vector<const json*> ordered() const {
    std::vector<const json*> out;
    for (const json* object : m_objects) {
      if (has_type(*object, k_article_types)) out.push_back(object);
    }
    for (const json* object : m_objects) {
      if (has_type(*object, k_page_types)) out.push_back(object);
    }
    return out;
  }

  // "author": "Name" | {"name": …} | {"@id": …} (a Person elsewhere in the graph) | [one of those, …].
  std::string author_of(const json& object) const {
    auto author = object.find("author");
    if (author == object.end()) return {};
    const json& first = author->is_array() && !author->empty() ? author->front() : *author;
    if (first.is_string()) return first.get<std::string>();
    if (!first.is_object()) return {};
    if (std::string name = string_at(first, "name"); !name.empty()) return name;
    auto named = m_names.find(string_at(first, "@id"));
    return named == m_names.end() ? std::string{} : named->second;
  }

  std::vector<const json*> m_objects;
  std::map<std::string, std::string> m_names;  // @id → name
};

}  // namespace

JsonLdArticle read_json_ld(const std::vector<std::string>& scripts) {
  std::vector<json> documents;
  documents.reserve(scripts.size());
  for (const auto& script : scripts) {
    json parsed = json::parse(script, nullptr, false);  // never throws; invalid JSON-LD is ignored
    if (!parsed.is_discarded()) documents.push_back(std::move(parsed));
  }
  std::vector<const json*> objects;
  for (const auto& document : documents) collect(document, objects, 0);
  return Reader(std::move(objects)).read();
}

}  // namespace verify::article
