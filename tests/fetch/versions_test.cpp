#include <gtest/gtest.h>

#include "fetch/versions.hpp"

namespace {

TEST(FetchVersions, NamesLibcurlAndItsVersion) {
  const std::string v = fetch::library_version();
  EXPECT_EQ(v.rfind("libcurl ", 0), 0u) << v;
  EXPECT_GT(v.size(), std::string("libcurl ").size());
}

}  // namespace
