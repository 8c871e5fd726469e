#pragma once
// An article given as an http(s) URL: fetched through the one guarded client
// and stored in the custody cache (via "article") before ingestion reads it,
// or, --offline, read from the cache alone, so a replay reads the same bytes.
// Its Content-Type gives the kind (text/html → html, text/markdown →
// markdown, text/plain → text) and the charset, as --kind and --charset
// would; the body is capped at limits.article_bytes.

#include <optional>
#include <string>
#include <string_view>

#include "core/case.hpp"
#include "core/result.hpp"
#include "fetch/fetch_stage.hpp"

namespace fetch {

inline constexpr std::string_view k_article_via = "article";

struct ArticleAnswer {
  std::string body;
  std::optional<core::InputKind> kind;  // nullopt: no type given, ingestion guesses from the bytes
  std::string charset;                  // empty: none declared
  core::Custody custody;
};

// A status other than 2xx, a type that is no article (an image, a PDF), a
// refused address or an offline miss is an Error naming the URL (secrets
// redacted) and the reason.
core::Result<ArticleAnswer> fetch_article(const std::string& url, const FetchSettings& settings);

struct ContentType {
  std::string media_type;  // lower case, no parameters: "text/html"
  std::string charset;     // as given, unquoted; empty when absent
};

ContentType parse_content_type(std::string_view header);

// The input kind a media type names; nullopt for an empty type. `known` is
// false when the type names something that is not an article.
std::optional<core::InputKind> kind_of_type(const std::string& media_type, bool& known);

}  // namespace fetch
