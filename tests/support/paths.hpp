#pragma once
// Where tests find their inputs: the project's own files and ../shared.

#include <filesystem>
#include <string>

namespace testing_support {

std::filesystem::path source_dir();
std::filesystem::path embedcheck_binary();
// EMBEDCHECK_SHARED_DIR, or ../shared beside the project. Fails the calling
// test with a message naming the variable when the folder is missing.
std::filesystem::path shared_dir();
// The media scripts/make-fixtures made for this build (ctest runs it first);
// throws with a message saying how to make them when a file is missing.
std::filesystem::path fixture(const std::string& name);
std::string read_file(const std::filesystem::path& path);
// A fresh empty folder under the system temp dir, unique to this test.
std::filesystem::path temp_dir(const std::string& name);

}  // namespace testing_support
