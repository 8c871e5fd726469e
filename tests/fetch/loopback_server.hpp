#pragma once
// A real HTTP server on 127.0.0.1 at a port the OS picks, for the fetch
// tests. Register handlers on http(), then start(); the destructor stops it
// and joins its thread. Handlers that wait should poll stopping().

#include <httplib.h>

#include <atomic>
#include <chrono>
#include <string>
#include <thread>

namespace fetch_testing {

class LoopbackServer {
 public:
  LoopbackServer() = default;
  ~LoopbackServer();
  LoopbackServer(const LoopbackServer&) = delete;
  LoopbackServer& operator=(const LoopbackServer&) = delete;

  httplib::Server& http() { return server_; }
  // Binds 127.0.0.1 and serves on a thread; returns once it accepts requests.
  void start();
  int port() const { return port_; }
  // "http://127.0.0.1:PORT" + path.
  std::string url(const std::string& path) const;
  bool stopping() const { return stopping_.load(); }
  // Sleeps up to `limit`, returning early when the server is stopping.
  void wait_while_running(std::chrono::milliseconds limit) const;

 private:
  httplib::Server server_;
  std::thread thread_;
  int port_ = 0;
  std::atomic<bool> stopping_{false};
};

}  // namespace fetch_testing
