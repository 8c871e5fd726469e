#include "fetch/article_source.hpp"

#include <filesystem>

#include "fetch/cache.hpp"
#include "fetch/http_client.hpp"
#include "fetch/platforms/post_parts.hpp"
#include "fetch/stage_source.hpp"
#include "fetch/url.hpp"

namespace fetch {
namespace {

std::string trimmed(std::string_view s) {
  const auto first = s.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  return std::string(s.substr(first, s.find_last_not_of(" \t") - first + 1));
}

std::string content_type_of(const CustodyRecord& record) {
  for (const auto& [name, value] : record.headers) {
    if (name == "content-type") return value;
  }
  return {};
}

// One request, through the same source the fetch stage uses: cache first, or the cache alone offline.
core::Result<Stored> stored_article(const std::string& url, const FetchSettings& s) {
  const auto& dir = s.config.cache_dir;
  if (s.offline && !std::filesystem::exists(dir / "index.sqlite")) {
    return core::fail("fetch", redact_url(url), std::string(k_not_cached));
  }
  auto cache = Cache::open(dir);
  if (!cache) return tl::unexpected(cache.error());
  std::optional<Client> client;
  if (!s.offline) client.emplace(s.client);
  StageSource source(&*cache, client ? &*client : nullptr);
  auto answers = source.bodies({url}, k_article_via, s.config.limits.article_bytes, {});
  return std::move(answers.front());
}

// The client names a request's own cap generically; here it has a config key.
core::Error named_limit(core::Error error) {
  const std::string generic = "the request's max_bytes";
  if (const auto at = error.message.find(generic); at != std::string::npos) {
    error.message.replace(at, generic.size(), "limits.article_bytes");
  }
  return error;
}

}  // namespace

ContentType parse_content_type(std::string_view header) {
  ContentType out;
  std::size_t at = header.find(';');
  out.media_type = lower(trimmed(header.substr(0, at)));
  while (at != std::string_view::npos) {
    const std::size_t next = header.find(';', at + 1);
    const std::string param = trimmed(header.substr(at + 1, next == std::string_view::npos ? next : next - at - 1));
    const auto eq = param.find('=');
    if (eq != std::string::npos && lower(trimmed(std::string_view(param).substr(0, eq))) == "charset") {
      std::string value = trimmed(std::string_view(param).substr(eq + 1));
      if (value.size() >= 2 && value.front() == '"' && value.back() == '"') value = value.substr(1, value.size() - 2);
      out.charset = value;
    }
    at = next;
  }
  return out;
}

std::optional<core::InputKind> kind_of_type(const std::string& media_type, bool& known) {
  known = true;
  if (media_type.empty()) return std::nullopt;
  if (media_type == "text/html" || media_type == "application/xhtml+xml") return core::InputKind::html;
  if (media_type == "text/markdown" || media_type == "text/x-markdown") return core::InputKind::markdown;
  if (media_type == "text/plain") return core::InputKind::text;
  known = false;
  return std::nullopt;
}

core::Result<ArticleAnswer> fetch_article(const std::string& url, const FetchSettings& s) {
  auto stored = stored_article(url, s);
  if (!stored) return tl::unexpected(named_limit(stored.error()));
  const CustodyRecord& record = stored->record;
  if (record.status < 200 || record.status > 299) {
    return core::fail("fetch", redact_url(url), "the article's URL answered HTTP " + std::to_string(record.status));
  }
  const ContentType type = parse_content_type(content_type_of(record));
  bool known = true;
  auto kind = kind_of_type(type.media_type, known);
  if (!known) {
    return core::fail("fetch", redact_url(url),
                      "the URL answered " + one_line(type.media_type) + ", not an article (HTML, Markdown or plain text)");
  }
  return ArticleAnswer{std::move(stored->body), kind, type.charset, to_custody(record)};
}

}  // namespace fetch
