#include "verify/names/normalize.hpp"

#include <gtest/gtest.h>

namespace {

using verify::names::fold;
using verify::names::latin;
using verify::names::skeleton;

TEST(NamesNormalize, FoldKeepsTheScript) {
  EXPECT_EQ(fold("Ḥomṣ  Governorate"), "homs governorate");
  EXPECT_EQ(fold("\u200FDÉJÀ-vu!"), "deja vu");
  EXPECT_EQ(fold("شام اف ام"), "شام اف ام");
}

TEST(NamesNormalize, LatinTransliteratesEveryScript) {
  EXPECT_EQ(latin("تدمر"), "tdmr");
  EXPECT_EQ(latin("Київ"), "kiiv");
  EXPECT_EQ(latin("Tadmur"), "tadmur");
}

TEST(NamesNormalize, SkeletonsMatchAcrossScriptsAndSpellings) {
  struct Same {
    const char* a;
    const char* b;
  };
  for (const Same& s : {Same{"Tadmur", "تدمر"}, Same{"Tadmour", "Tadmur"}, Same{"Tadmor", "تدمر"},
                        Same{"Sham FM", "شام اف ام"}, Same{"Sham FM", "شام إف إم"}, Same{"Halab", "حلب"},
                        Same{"al-Tanf", "التنف"}}) {
    EXPECT_EQ(skeleton(s.a), skeleton(s.b)) << s.a << " / " << s.b;
  }
  EXPECT_NE(skeleton("Homs"), skeleton("Hama"));
  EXPECT_EQ(skeleton(""), "");
}

}  // namespace
