// Declared charsets: <meta charset>, http-equiv, --charset, and their errors.
#include <gtest/gtest.h>

#include <unicode/ucnv.h>

#include "tests/verify/article/ingest_support.hpp"
#include "verify/article/charset.hpp"
#include "verify/article/meta_charset.hpp"

namespace {

using ingest_testing::contains;
using ingest_testing::ingest;

const std::string k_arabic = "قاعدة التنف";  // "al-Tanf base"

std::string from_utf8(const std::string& utf8, const char* charset) {
  std::string out(utf8.size() * 4 + 16, '\0');
  UErrorCode status = U_ZERO_ERROR;
  const int32_t n = ucnv_convert(charset, "UTF-8", out.data(), static_cast<int32_t>(out.size()), utf8.data(),
                                 static_cast<int32_t>(utf8.size()), &status);
  EXPECT_TRUE(U_SUCCESS(status)) << u_errorName(status);
  out.resize(static_cast<std::size_t>(n));
  return out;
}

TEST(CharsetDeclared, Windows1256ByMeta) {
  const std::string page = "<html><head><meta charset=\"windows-1256\"><title>" + k_arabic +
                           "</title></head><body><p dir=rtl>" + k_arabic + "</p></body></html>";
  const std::string bytes = from_utf8(page, "windows-1256");
  ASSERT_NE(bytes, page);  // really single-byte Arabic, not UTF-8
  const auto r = ingest(bytes, "page.html");
  ASSERT_TRUE(r.ok) << r.errors();
  EXPECT_EQ(r.c.article.charset, "windows-1256");
  EXPECT_EQ(r.c.article.text, k_arabic + "\n");
  EXPECT_EQ(r.c.article.title, k_arabic);
}

TEST(CharsetDeclared, Windows1256ByHttpEquiv) {
  const std::string page =
      "<!DOCTYPE html><head><META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=Windows-1256'></head>"
      "<body>" + k_arabic + "</body>";
  const auto r = ingest(from_utf8(page, "windows-1256"), "https://example.com/news?id=1");
  ASSERT_TRUE(r.ok) << r.errors();
  EXPECT_EQ(r.c.article.kind, core::InputKind::html);
  EXPECT_EQ(r.c.article.charset, "windows-1256");
  EXPECT_TRUE(contains(r.c.article.text, k_arabic));
}

TEST(CharsetDeclared, Windows1256ByOptionWinsOverMeta) {
  const std::string page = "<meta charset=utf-8><p>" + k_arabic + "</p>";
  verify::IngestOptions options;
  options.declared_charset = "Windows-1256";
  const auto html = ingest(from_utf8(page, "windows-1256"), "a.html", options);
  ASSERT_TRUE(html.ok) << html.errors();
  EXPECT_EQ(html.c.article.text, k_arabic + "\n");
  // Plain text has no <meta>: only the option can declare its charset.
  const auto text = ingest(from_utf8(k_arabic + "\r\n", "windows-1256"), "a.txt", options);
  ASSERT_TRUE(text.ok) << text.errors();
  EXPECT_EQ(text.c.article.text, k_arabic + "\n");
  EXPECT_EQ(text.c.article.charset, "windows-1256");
}

TEST(CharsetDeclared, Errors) {
  struct Row {
    std::string bytes, source, declared, expect;
  };
  const Row rows[] = {
      {"<meta charset=utf-8><p>caf\xE9</p>", "a.html", "", "declared utf-8 by <meta charset>"},
      {"caf\xE9", "a.txt", "utf-8", "declared utf-8 by --charset"},
      {"<meta charset=klingon-1><p>x</p>", "a.html", "", "\"klingon-1\""},
      {"text", "a.txt", "no-such-charset", "not a known charset"},
      {"<p>caf\xE9</p>", "a.html", "", "declares no charset"},
  };
  for (const auto& row : rows) {
    verify::IngestOptions options;
    options.declared_charset = row.declared;
    const auto r = ingest(row.bytes, row.source, options);
    EXPECT_FALSE(r.ok) << row.expect;
    ASSERT_EQ(r.c.errors.size(), 1u);
    EXPECT_TRUE(contains(r.c.errors[0].message, row.expect)) << r.c.errors[0].message;
  }
}

TEST(CharsetDeclared, MetaPrescan) {
  using verify::article::meta_charset;
  EXPECT_EQ(meta_charset("<meta charset=\"Windows-1256\">"), "windows-1256");
  EXPECT_EQ(meta_charset("<head><meta name=x content=y><meta charset='utf-8'/>"), "utf-8");
  EXPECT_EQ(meta_charset("<meta http-equiv=content-type content=\"text/html;charset=koi8-r\">"), "koi8-r");
  EXPECT_EQ(meta_charset("<!-- <meta charset=koi8-r> --><meta charset=utf-8>"), "utf-8");
  EXPECT_EQ(meta_charset("<meta charset=utf-16>"), "utf-8");  // bytes with tags in them are not UTF-16
  EXPECT_EQ(meta_charset("<meta charset=iso-8859-1>"), "windows-1252");
  EXPECT_EQ(meta_charset("<p>no declaration</p>"), "");
  EXPECT_EQ(meta_charset(std::string(5000, ' ') + "<meta charset=koi8-r>"), "");  // past the first 4 KB
}

TEST(CharsetDeclared, Latin1ReadAsWindows1252) {
  const auto r = ingest("<meta charset=ISO-8859-1><p>caf\xE9 \x93quoted\x94</p>", "a.html");
  ASSERT_TRUE(r.ok) << r.errors();
  EXPECT_EQ(r.c.article.charset, "windows-1252");
  EXPECT_EQ(r.c.article.text, "café “quoted”\n");
}

}  // namespace
