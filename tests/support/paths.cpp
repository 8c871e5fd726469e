#include "tests/support/paths.hpp"

#include <stdexcept>

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace testing_support {

std::filesystem::path source_dir() { return EMBEDCHECK_SOURCE_DIR; }
std::filesystem::path embedcheck_binary() { return EMBEDCHECK_BINARY; }

std::filesystem::path shared_dir() {
  const char* env = std::getenv("EMBEDCHECK_SHARED_DIR");
  std::filesystem::path dir = env && *env ? std::filesystem::path(env) : source_dir() / ".." / "shared";
  if (!std::filesystem::is_directory(dir)) {
    ADD_FAILURE() << "shared folder not found at " << dir
                  << ": set EMBEDCHECK_SHARED_DIR to the folder holding examples/ and real-embeds/";
  }
  return dir.lexically_normal();
}

std::filesystem::path fixture(const std::string& name) {
  const std::filesystem::path path = std::filesystem::path(EMBEDCHECK_FIXTURES_DIR) / name;
  if (!std::filesystem::exists(path)) {
    throw std::runtime_error(path.string() + " is missing: ctest makes it (test MakeFixtures), or run scripts/make-fixtures " +
                             EMBEDCHECK_FIXTURES_DIR);
  }
  return path;
}

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    ADD_FAILURE() << "cannot read " << path;
    return {};
  }
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::filesystem::path temp_dir(const std::string& name) {
  const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
  std::string unique = name + "-" + std::to_string(::getpid());
  if (info) unique += std::string("-") + info->test_suite_name() + "-" + info->name();
  for (char& ch : unique) {
    if (ch == '/') ch = '_';
  }
  auto dir = std::filesystem::temp_directory_path() / "embedcheck-tests" / unique;
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

}  // namespace testing_support
