#include "core/file_io.hpp"

#include <gtest/gtest.h>

#include <fstream>

#include "tests/support/paths.hpp"

namespace {

TEST(FileIo, WritesAtomicallyAndLeavesNoTemporaries) {
  auto dir = testing_support::temp_dir("file-io");
  auto path = dir / "report.json";
  ASSERT_TRUE(core::write_file_atomic(path, "first").has_value());
  ASSERT_TRUE(core::write_file_atomic(path, "second").has_value());
  EXPECT_EQ(testing_support::read_file(path), "second");
  int files = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir)) ++files;
  EXPECT_EQ(files, 1);
}

TEST(FileIo, WriteIntoMissingFolderFailsCleanly) {
  auto result = core::write_file_atomic("/nonexistent-folder/report.json", "x");
  ASSERT_FALSE(result.has_value());
  EXPECT_NE(result.error().message.find("cannot create"), std::string::npos);
}

TEST(FileIo, ReadRefusesFilesOverTheLimitBeforeReading) {
  auto path = testing_support::temp_dir("file-io") / "big.txt";
  std::ofstream(path) << std::string(2048, 'x');
  auto read = core::read_file_limited(path, 1024, "limits.article_bytes");
  ASSERT_FALSE(read.has_value());
  EXPECT_NE(read.error().message.find("over the limit of 1024 bytes (limits.article_bytes)"), std::string::npos);
  auto ok = core::read_file_limited(path, 4096, "");
  ASSERT_TRUE(ok.has_value());
  EXPECT_EQ(ok->size(), 2048u);
}

TEST(FileIo, ReadNamesMissingFilesAndFolders) {
  auto missing = core::read_file_limited("/nonexistent/a.txt", 10, "");
  ASSERT_FALSE(missing.has_value());
  EXPECT_EQ(missing.error().input, "/nonexistent/a.txt");
  auto folder = core::read_file_limited(testing_support::temp_dir("file-io"), 10, "");
  ASSERT_FALSE(folder.has_value());
  EXPECT_NE(folder.error().message.find("folder"), std::string::npos);
}

}  // namespace
