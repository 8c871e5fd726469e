// What an article's Content-Type says: its kind and charset, read the way
// servers write them (case, spaces, quotes, other parameters).
#include <gtest/gtest.h>

#include "fetch/article_source.hpp"

namespace {

struct Row {
  const char* header;
  const char* media_type;
  const char* charset;
  std::optional<core::InputKind> kind;
  bool known;
};

TEST(ArticleSource, ContentTypesGiveKindAndCharset) {
  using core::InputKind;
  const Row rows[] = {
      {"text/html; charset=windows-1256", "text/html", "windows-1256", InputKind::html, true},
      {"Text/HTML;Charset=\"UTF-8\"", "text/html", "UTF-8", InputKind::html, true},
      {"text/markdown; variant=GFM; charset=utf-8", "text/markdown", "utf-8", InputKind::markdown, true},
      {" text/plain ", "text/plain", "", InputKind::text, true},
      {"application/xhtml+xml", "application/xhtml+xml", "", InputKind::html, true},
      {"", "", "", std::nullopt, true},
      {"image/png", "image/png", "", std::nullopt, false},
      {"application/pdf; charset=binary", "application/pdf", "binary", std::nullopt, false},
  };
  for (const Row& row : rows) {
    SCOPED_TRACE(row.header);
    const auto type = fetch::parse_content_type(row.header);
    EXPECT_EQ(type.media_type, row.media_type);
    EXPECT_EQ(type.charset, row.charset);
    bool known = false;
    EXPECT_EQ(fetch::kind_of_type(type.media_type, known), row.kind);
    EXPECT_EQ(known, row.known);
  }
}

}  // namespace
