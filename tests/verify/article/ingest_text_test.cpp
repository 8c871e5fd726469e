// Plain text input, reading errors, and the choice of input kind.
#include <gtest/gtest.h>

#include <fstream>

#include "tests/support/paths.hpp"
#include "tests/verify/article/ingest_support.hpp"
#include "verify/article/input_kind.hpp"

namespace {

using ingest_testing::contains;
using ingest_testing::ingest;

TEST(IngestText, RealArticleKeptVerbatim) {
  const auto path = testing_support::shared_dir() / "examples" / "tanf-2020.txt";
  core::Case c;
  ASSERT_TRUE(verify::ingest_file(path, {}, c));
  const core::Article& a = c.article;
  EXPECT_EQ(a.kind, core::InputKind::text);
  EXPECT_EQ(a.charset, "utf-8");
  EXPECT_EQ(a.source, path.string());
  EXPECT_TRUE(contains(a.text, "شام اف ام pic.twitter.com/SyPjlzGIZ5\n"));
  EXPECT_TRUE(contains(a.text, "\n— Yusha Yuseef ?? (@MIG29_) April 14, 2020\n"));
  EXPECT_TRUE(contains(a.text, "بالفيديو .. الجهات المختصة"));
  EXPECT_EQ(a.text, testing_support::read_file(path));  // no CR in it: byte for byte
  EXPECT_TRUE(a.markup.empty());
  EXPECT_TRUE(c.errors.empty());
}

TEST(IngestText, LineEndsAndMarks) {
  struct Row {
    std::string in, out;
  };
  const Row rows[] = {
      {"a\r\nb\r\n", "a\nb\n"},
      {"a\rb\r", "a\nb\n"},
      {"a\r\n\r\nb", "a\n\nb"},
      {"\xEF\xBB\xBFhello", "hello"},                                   // UTF-8 byte order mark dropped
      {"\xE2\x80\x8Fنص\xE2\x80\x8E x", "\xE2\x80\x8Fنص\xE2\x80\x8E x"},  // RLM/LRM kept
      {"  two  spaces\t", "  two  spaces\t"},
  };
  for (const auto& row : rows) {
    const auto r = ingest(row.in, "a.txt");
    ASSERT_TRUE(r.ok) << r.errors();
    EXPECT_EQ(r.c.article.text, row.out);
  }
}

TEST(IngestText, Utf16ByteOrderMark) {
  // "hé" in UTF-16LE and UTF-16BE, with their byte order marks.
  const auto le = ingest(std::string("\xFF\xFEh\0\xE9\0", 6), "a.txt");
  ASSERT_TRUE(le.ok) << le.errors();
  EXPECT_EQ(le.c.article.text, "hé");
  EXPECT_EQ(le.c.article.charset, "utf-16le");
  const auto be = ingest(std::string("\xFE\xFF\0h\0\xE9", 6), "a.txt");
  ASSERT_TRUE(be.ok) << be.errors();
  EXPECT_EQ(be.c.article.text, "hé");
  EXPECT_EQ(be.c.article.charset, "utf-16be");
}

TEST(IngestErrors, UnreadableInputs) {
  struct Row {
    std::string bytes, expect;
  };
  const Row rows[] = {
      {"", "is empty"},
      {" \n\t\n", "no text"},
      {std::string("abc\0def", 7), "NUL byte at byte offset 3"},
      {"\x89PNG\r\n\x1a\n" + std::string(4, '\0'), "binary"},
      {"caf\xE9 au lait", "not valid UTF-8 at byte offset 3"},
      {"ok\n\xC3\x28", "byte offset 3"},
  };
  for (const auto& row : rows) {
    const auto r = ingest(row.bytes, "in.txt");
    EXPECT_FALSE(r.ok) << row.expect;
    ASSERT_EQ(r.c.errors.size(), 1u) << r.errors();
    EXPECT_EQ(r.c.errors[0].stage, "ingest");
    EXPECT_EQ(r.c.errors[0].input, "in.txt");
    EXPECT_TRUE(contains(r.c.errors[0].message, row.expect)) << r.c.errors[0].message;
    EXPECT_EQ(r.c.errors[0].message.find('\n'), std::string::npos);
    EXPECT_EQ(r.c.article.source, "in.txt");
  }
}

TEST(IngestErrors, MissingFile) {
  core::Case c;
  EXPECT_FALSE(verify::ingest_file("/nonexistent/embedcheck/article.html", {}, c));
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].input, "/nonexistent/embedcheck/article.html");
  EXPECT_TRUE(contains(c.errors[0].message, "No such file")) << c.errors[0].message;
  EXPECT_EQ(c.article.source, "/nonexistent/embedcheck/article.html");
}

TEST(IngestErrors, FileOverTheSizeLimit) {
  const auto path = testing_support::temp_dir("ingest") / "big.txt";
  {
    std::ofstream out(path, std::ios::binary);
    const std::string block(1 << 20, 'a');
    for (int i = 0; i < 50; ++i) out << block;
  }
  core::Case c;
  EXPECT_FALSE(verify::ingest_file(path, {}, c));  // default limit: 10 MB
  ASSERT_EQ(c.errors.size(), 1u);
  const std::string& message = c.errors[0].message;
  EXPECT_TRUE(contains(message, "52428800 bytes")) << message;
  EXPECT_TRUE(contains(message, "10485760")) << message;
  EXPECT_TRUE(contains(message, "limits.article_bytes")) << message;
  EXPECT_TRUE(contains(message, "EMBEDCHECK_LIMITS_ARTICLE_BYTES")) << message;
  EXPECT_TRUE(c.article.text.empty());
  std::filesystem::remove(path);
}

TEST(IngestErrors, BytesOverTheSizeLimit) {
  verify::IngestOptions options;
  options.max_bytes = 10;
  const auto r = ingest("0123456789A", "in.txt", options);
  EXPECT_FALSE(r.ok);
  ASSERT_EQ(r.c.errors.size(), 1u);
  EXPECT_TRUE(contains(r.c.errors[0].message, "over the limit of 10 bytes")) << r.errors();
}

TEST(ArticleInputKind, ExtensionThenSniffing) {
  using core::InputKind;
  struct Row {
    std::string source, text;
    InputKind kind;
  };
  const Row rows[] = {
      {"a.html", "plain words", InputKind::html},
      {"a.HTM", "plain words", InputKind::html},
      {"a.xhtml", "", InputKind::html},
      {"a.md", "<!doctype html>", InputKind::markdown},
      {"a.markdown", "", InputKind::markdown},
      {"a.txt", "<html><body>", InputKind::text},
      {"https://example.com/news/1", "  <!DOCTYPE html><html>", InputKind::html},
      {"https://example.com/a.html?x=1#top", "words", InputKind::html},
      {"a", "<html lang=ar>", InputKind::html},
      {"a", "\xEF\xBB\xBF<head><title>", InputKind::html},
      {"a", "<body>", InputKind::html},
      {"a", "intro\n<p>one</p><p>two</p><div>three</div>", InputKind::html},
      {"a", "intro <p>one</p>", InputKind::text},
      {"a", "---\ntitle: x\n---\nbody", InputKind::markdown},
      {"a", "---\nnot closed", InputKind::text},
      {"a", "just words about <b>", InputKind::text},
  };
  for (const auto& row : rows) {
    EXPECT_EQ(verify::article::input_kind(row.source, row.text), row.kind) << row.source << " " << row.text;
  }
}

TEST(ArticleInputKind, OptionOverrides) {
  verify::IngestOptions options;
  options.kind = core::InputKind::html;
  const auto r = ingest("<p>a &amp; b</p>", "a.txt", options);
  ASSERT_TRUE(r.ok) << r.errors();
  EXPECT_EQ(r.c.article.kind, core::InputKind::html);
  EXPECT_EQ(r.c.article.text, "a & b\n");
}

}  // namespace
