#include "core/text.hpp"

#include <gtest/gtest.h>

namespace {

TEST(Utf8, FindsTheFirstInvalidByte) {
  EXPECT_FALSE(core::first_invalid_utf8("plain and عربي").has_value());
  EXPECT_EQ(core::first_invalid_utf8("ab\xff"), 2u);
  EXPECT_EQ(core::first_invalid_utf8("abc\xc3"), 3u);          // truncated sequence
  EXPECT_EQ(core::first_invalid_utf8("\xed\xa0\x80x"), 0u);    // a surrogate
  EXPECT_EQ(core::first_invalid_utf8("x\xc0\xafy"), 1u);       // overlong '/'
}

TEST(Bidi, StripsOnlyControlMarks) {
  const std::string marked = "\u200F\u0634\u0627\u0645 \u200Eاف ام\u2067x\u2069";
  EXPECT_EQ(core::strip_bidi_controls(marked), "\u0634\u0627\u0645 اف امx");
  EXPECT_EQ(core::strip_bidi_controls("no marks"), "no marks");
}

TEST(Slug, NamesOutputFolders) {
  EXPECT_EQ(core::slug("../shared/examples/tanf-2020.txt"), "tanf-2020");
  EXPECT_EQ(core::slug("https://example.com/news/1?x=2"), "example-com-news-1");
  EXPECT_EQ(core::slug("تدمر.html"), "input");
  EXPECT_EQ(core::slug("Article Name.HTML"), "article-name");
}

TEST(Shorten, CutsOnCodePointBoundaries) {
  EXPECT_EQ(core::shorten("abc", 5), "abc");
  EXPECT_EQ(core::shorten("ab\u0634\u0627", 3), "ab…");
  EXPECT_EQ(core::shorten("abcdef", 3), "abc…");
}

}  // namespace
