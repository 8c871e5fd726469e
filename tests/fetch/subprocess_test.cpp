// The helper-program runner on /bin/sh: argv passed verbatim, exit codes and
// both streams kept, no tokens in the child's environment, and a timeout that
// ends the whole process group, grandchildren included.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <thread>

#include "fetch/subprocess.hpp"

namespace {

using namespace std::chrono_literals;

fetch::SubprocessLimits limits(std::chrono::milliseconds timeout = 5000ms) {
  fetch::SubprocessLimits l;
  l.timeout = timeout;
  l.max_stdout = 1 << 20;
  return l;
}

// Alive means in the process table and not a zombie.
bool alive(const std::string& pid) {
  std::ifstream stat("/proc/" + pid + "/stat");
  std::string line;
  if (!std::getline(stat, line)) return false;
  const auto paren = line.rfind(')');
  return paren != std::string::npos && line.size() > paren + 2 && line[paren + 2] != 'Z';
}

TEST(Subprocess, ArgumentsArriveVerbatimAndBothStreamsAndTheExitCodeAreKept) {
  const auto r = fetch::run_subprocess(
      "sh", {"-c", "printf '%s|' \"$@\"; echo oops >&2; exit 4", "sh", "a b", "$(id)", "`id`;x", "--exec"}, limits());
  ASSERT_TRUE(r.has_value()) << r.error().message;
  EXPECT_TRUE(r->exited);
  EXPECT_EQ(r->exit_code, 4);
  EXPECT_EQ(r->out, "a b|$(id)|`id`;x|--exec|");
  EXPECT_EQ(r->err, "oops\n");
  EXPECT_FALSE(r->timed_out);
}

TEST(Subprocess, TheChildSeesNoTokens) {
  setenv("EMBEDCHECK_TWITTER_BEARER_TOKEN", "secret-token", 1);
  const auto r = fetch::run_subprocess("env", {}, limits());
  unsetenv("EMBEDCHECK_TWITTER_BEARER_TOKEN");
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->out.find("secret-token"), std::string::npos) << r->out;
  EXPECT_NE(r->out.find("PATH="), std::string::npos) << r->out;
}

TEST(Subprocess, ATimeoutEndsTheWholeGroup) {
  const auto start = std::chrono::steady_clock::now();
  const auto r = fetch::run_subprocess("sh", {"-c", "sleep 30 & echo $!; wait"}, limits(300ms));
  ASSERT_TRUE(r.has_value());
  EXPECT_TRUE(r->timed_out);
  EXPECT_LT(std::chrono::steady_clock::now() - start, 5s);
  const std::string grandchild = r->out.substr(0, r->out.find('\n'));
  ASSERT_FALSE(grandchild.empty());
  for (int i = 0; i < 100 && alive(grandchild); ++i) std::this_thread::sleep_for(10ms);
  EXPECT_FALSE(alive(grandchild)) << "sleep " << grandchild << " outlived the timeout";
}

TEST(Subprocess, StdoutPastItsCapIsCutAndTheChildStopped) {
  auto l = limits();
  l.max_stdout = 1000;
  const auto r = fetch::run_subprocess("sh", {"-c", "while :; do echo xxxxxxxxxx; done"}, l);
  ASSERT_TRUE(r.has_value());
  EXPECT_TRUE(r->over_cap);
  EXPECT_EQ(r->out.size(), 1000u);
}

TEST(Subprocess, AProgramThatIsNotThereIsAnError) {
  const auto r = fetch::run_subprocess("/nonexistent/yt-dlp", {}, limits());
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().input, "/nonexistent/yt-dlp");
  EXPECT_FALSE(fetch::run_subprocess("", {}, limits()).has_value());
}

}  // namespace
