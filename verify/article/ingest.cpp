// The ingest stage as a recipe:
//   1. the bytes, within the size limit and not empty;
//   2. bytes to UTF-8 text: byte order mark, declared charset, <meta charset>;
//   3. plain text is kept as it is;
//   4. HTML and Markdown: front matter, nesting-depth check, parse, text and
//      markup outline, metadata;
//   5. --published wins over the document's own date.
#include "verify/article/ingest.hpp"

#include <algorithm>

#include "core/file_io.hpp"
#include "core/text.hpp"
#include "verify/article/article_metadata.hpp"
#include "verify/article/charset.hpp"
#include "verify/article/decode.hpp"
#include "verify/article/front_matter.hpp"
#include "verify/article/html_depth.hpp"
#include "verify/article/html_document.hpp"
#include "verify/article/html_metadata.hpp"
#include "verify/article/html_text.hpp"
#include "verify/article/input_kind.hpp"
#include "verify/article/markdown.hpp"
#include "verify/article/meta_charset.hpp"

namespace verify {
namespace {

using namespace article;

constexpr std::string_view k_bytes_hint = "raise limits.article_bytes in --config FILE or EMBEDCHECK_LIMITS_ARTICLE_BYTES";
constexpr std::string_view k_depth_hint = "raise limits.html_depth in --config FILE or EMBEDCHECK_LIMITS_HTML_DEPTH";

bool refuse(core::Case& c, std::string message) {
  c.add_error("ingest", c.article.source, std::move(message));
  return false;
}

core::InputKind kind_of(const std::string& source, std::string_view text, const IngestOptions& options) {
  return options.kind ? *options.kind : input_kind(source, text);
}

// A byte order mark decides first, then a charset declared outside the document.
Declared declared_outside(std::string_view bytes, const IngestOptions& options) {
  if (auto bom = bom_charset(bytes); !bom.empty()) return {bom, "its byte order mark"};
  if (!options.declared_charset.empty()) return {normalise_charset(options.declared_charset), "--charset"};
  return {};
}

// Step 2. The kind is found on the way: from the text itself when the bytes
// are UTF-16, since sniffing reads ASCII.
core::Result<Decoded> decode_input(std::string bytes, const std::string& source, const IngestOptions& options,
                                   core::InputKind& kind) {
  Declared declared = declared_outside(bytes, options);
  if (is_wide(declared.charset)) {
    auto decoded = decode(std::move(bytes), declared, source);
    if (decoded) kind = kind_of(source, decoded->text, options);
    return decoded;
  }
  kind = kind_of(source, bytes, options);
  if (declared.charset.empty() && kind == core::InputKind::html) declared = {meta_charset(bytes), "<meta charset>"};
  return decode(std::move(bytes), declared, source);
}

// Step 4.
bool read_markup(const std::string& text, const IngestOptions& options, core::Case& c) {
  const auto front = read_front_matter(text);
  const std::string_view body = std::string_view(text).substr(front ? front->body_offset : 0);
  const bool markdown = c.article.kind == core::InputKind::markdown;
  std::string html;
  if (markdown) {
    auto rendered = markdown_to_html(body);
    if (!rendered) {
      return refuse(c, "the Markdown would render to more than eight times its size (link references repeated "
                       "by the thousand?) or could not be rendered; not read");
    }
    html = std::move(*rendered);
  } else {
    html = std::string(body);
  }
  const std::size_t depth = html_max_depth(html);
  const auto limit = static_cast<std::size_t>(std::max(options.max_depth, 0));
  if (depth > limit) {
    return refuse(c, "nests HTML elements " + std::to_string(depth) + " deep, over the limit of " +
                         std::to_string(limit) + " (" + std::string(k_depth_hint) + "); not parsed");
  }
  const HtmlDocument document(html);
  BodyText body_text = html_body_text(document.document(), markdown ? Whitespace::keep : Whitespace::collapse);
  c.article.text = std::move(body_text.text);
  c.article.markup = std::move(body_text.markup);
  apply_metadata(front, read_html_metadata(document.document()), c);
  return true;
}

}  // namespace

bool ingest_file(const std::filesystem::path& path, const IngestOptions& options, core::Case& c) {
  c.article = core::Article{};
  c.article.source = path.string();
  auto bytes = core::read_file_limited(path, options.max_bytes, k_bytes_hint);
  if (!bytes) {
    c.errors.push_back(bytes.error());
    return false;
  }
  return ingest_bytes(std::move(*bytes), path.string(), options, c);
}

bool ingest_bytes(std::string bytes, const std::string& source, const IngestOptions& options, core::Case& c) {
  c.article = core::Article{};
  c.article.source = source;
  // 1. the bytes
  if (bytes.size() > options.max_bytes) {
    return refuse(c, "is " + std::to_string(bytes.size()) + " bytes, over the limit of " +
                         std::to_string(options.max_bytes) + " bytes (" + std::string(k_bytes_hint) + ")");
  }
  if (bytes.empty()) return refuse(c, "is empty");
  // 2. text
  core::InputKind kind = core::InputKind::text;
  auto decoded = decode_input(std::move(bytes), source, options, kind);
  c.article.kind = kind;
  if (!decoded) {
    c.errors.push_back(decoded.error());
    return false;
  }
  c.article.charset = decoded->charset;
  if (core::trim(decoded->text).empty()) return refuse(c, "has no text, only white space");
  // 3. plain text, or 4. markup
  if (kind == core::InputKind::text) {
    c.article.text = std::move(decoded->text);
  } else if (!read_markup(decoded->text, options, c)) {
    return false;
  }
  // 5. --published
  if (options.published) {
    c.article.published = options.published;
    c.article.published_from = "--published";
  }
  return true;
}

}  // namespace verify
