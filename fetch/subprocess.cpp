#include "fetch/subprocess.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <string_view>

namespace fetch {
namespace {

using Clock = std::chrono::steady_clock;

struct Fd {
  int fd = -1;
  Fd() = default;
  explicit Fd(int f) : fd(f) {}
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  ~Fd() { reset(); }
  void reset() {
    if (fd >= 0) ::close(fd);
    fd = -1;
  }
};

// A name is looked up on PATH (empty entries, which mean the current folder, skipped).
std::string resolve_program(const std::string& program) {
  if (program.empty()) return {};
  if (program.find('/') != std::string::npos) return ::access(program.c_str(), X_OK) == 0 ? program : "";
  const char* path = std::getenv("PATH");
  std::string_view dirs = path ? path : "/usr/local/bin:/usr/bin:/bin";
  while (!dirs.empty()) {
    const auto colon = dirs.find(':');
    const std::string dir(dirs.substr(0, colon));
    dirs = colon == std::string_view::npos ? std::string_view() : dirs.substr(colon + 1);
    if (dir.empty()) continue;
    const std::string candidate = dir + "/" + program;
    if (::access(candidate.c_str(), X_OK) == 0) return candidate;
  }
  return {};
}

// What the child may see of ours: where programs and home are, and the locale. No tokens.
std::vector<std::string> child_environment() {
  std::vector<std::string> env;
  for (const char* name : {"PATH", "HOME", "LANG", "LC_ALL", "TMPDIR"}) {
    if (const char* value = std::getenv(name)) env.push_back(std::string(name) + "=" + value);
  }
  return env;
}

std::vector<char*> pointers(std::vector<std::string>& strings) {
  std::vector<char*> out;
  for (auto& s : strings) out.push_back(s.data());
  out.push_back(nullptr);
  return out;
}

// In the child between fork and exec: only async-signal-safe calls.
[[noreturn]] void become_child(int in, int out, int err, const char* path, char* const* argv, char* const* envp,
                               rlim_t cpu_seconds) {
  ::setpgid(0, 0);
  ::dup2(in, 0);
  ::dup2(out, 1);
  ::dup2(err, 2);
  if (::syscall(SYS_close_range, 3u, ~0u, 0u) != 0) {
    for (int fd = 3; fd < 4096; ++fd) ::close(fd);
  }
  const rlimit no_files{0, 0};  // printing to the pipe is allowed; writing any file is not
  ::setrlimit(RLIMIT_FSIZE, &no_files);
  const rlimit cpu{cpu_seconds, cpu_seconds + 1};
  ::setrlimit(RLIMIT_CPU, &cpu);
  const rlimit memory{rlim_t{4} << 30, rlim_t{4} << 30};
  ::setrlimit(RLIMIT_AS, &memory);
  struct sigaction dfl {};
  dfl.sa_handler = SIG_DFL;
  ::sigaction(SIGPIPE, &dfl, nullptr);
  sigset_t none;
  ::sigemptyset(&none);
  ::sigprocmask(SIG_SETMASK, &none, nullptr);
  ::execve(path, argv, envp);
  ::_exit(127);
}

// Appends what `fd` has; false at end of file or on an error.
bool drain(int fd, std::string& into, std::size_t cap, bool& over) {
  char buffer[65536];
  while (true) {
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n > 0) {
      const std::size_t room = into.size() < cap ? cap - into.size() : 0;
      into.append(buffer, std::min(room, static_cast<std::size_t>(n)));
      if (static_cast<std::size_t>(n) > room) over = true;
      continue;
    }
    if (n < 0 && errno == EINTR) continue;
    return n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK);
  }
}

// Reads both pipes until both end, the deadline passes or stdout passes its cap.
void collect(Fd& out, Fd& err, const SubprocessLimits& limits, SubprocessResult& result) {
  const auto deadline = Clock::now() + limits.timeout;
  while (out.fd >= 0 || err.fd >= 0) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
    if (left <= 0) {
      result.timed_out = true;
      return;
    }
    pollfd fds[2] = {{out.fd, POLLIN, 0}, {err.fd, POLLIN, 0}};
    const int ready = ::poll(fds, 2, static_cast<int>(std::min<long long>(left, 1000)));
    if (ready < 0 && errno != EINTR) return;
    if (ready <= 0) continue;
    bool ignored = false;
    if (fds[0].revents != 0 && !drain(out.fd, result.out, limits.max_stdout, result.over_cap)) out.reset();
    if (result.over_cap) return;
    if (fds[1].revents != 0 && !drain(err.fd, result.err, limits.max_stderr, ignored)) err.reset();
  }
}

struct Child {
  Fd out;
  Fd err;
};

// Forks and execs `path`; the pipes' read ends come back non-blocking.
core::Result<pid_t> start(const std::string& program, const std::string& path, const std::vector<std::string>& args,
                          const SubprocessLimits& limits, Child& child) {
  std::vector<std::string> argv_strings = {path};
  argv_strings.insert(argv_strings.end(), args.begin(), args.end());
  std::vector<std::string> env_strings = child_environment();
  std::vector<char*> argv = pointers(argv_strings);
  std::vector<char*> envp = pointers(env_strings);
  int out_pipe[2];
  int err_pipe[2];
  Fd in(::open("/dev/null", O_RDONLY | O_CLOEXEC));
  if (in.fd < 0 || ::pipe2(out_pipe, O_CLOEXEC) != 0) return core::fail("fetch", program, std::strerror(errno));
  child.out.fd = out_pipe[0];
  Fd out_write(out_pipe[1]);
  if (::pipe2(err_pipe, O_CLOEXEC) != 0) return core::fail("fetch", program, std::strerror(errno));
  child.err.fd = err_pipe[0];
  Fd err_write(err_pipe[1]);
  const auto cpu = static_cast<rlim_t>(std::chrono::duration_cast<std::chrono::seconds>(limits.timeout).count() + 1);
  const pid_t pid = ::fork();
  if (pid < 0) return core::fail("fetch", program, std::string("cannot start: ") + std::strerror(errno));
  if (pid == 0) become_child(in.fd, out_write.fd, err_write.fd, path.c_str(), argv.data(), envp.data(), cpu);
  ::setpgid(pid, pid);  // also here, so the group exists before any kill
  ::fcntl(child.out.fd, F_SETFL, O_NONBLOCK);
  ::fcntl(child.err.fd, F_SETFL, O_NONBLOCK);
  return pid;
}

}  // namespace

core::Result<SubprocessResult> run_subprocess(const std::string& program, const std::vector<std::string>& args,
                                              const SubprocessLimits& limits) {
  const std::string path = resolve_program(program);
  if (path.empty()) return core::fail("fetch", program, "not found or not executable");
  Child child;
  auto pid = start(program, path, args, limits, child);
  if (!pid) return tl::unexpected(pid.error());
  SubprocessResult result;
  collect(child.out, child.err, limits, result);
  // Killed while still unreaped, so the group id cannot belong to anyone else.
  if (result.timed_out || result.over_cap || child.out.fd >= 0 || child.err.fd >= 0) ::kill(-*pid, SIGKILL);
  int status = 0;
  while (::waitpid(*pid, &status, 0) < 0 && errno == EINTR) {
  }
  result.exited = WIFEXITED(status);
  result.exit_code = result.exited ? WEXITSTATUS(status) : -1;
  result.signal = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
  return result;
}

}  // namespace fetch
