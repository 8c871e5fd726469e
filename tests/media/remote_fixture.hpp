#pragma once
// The remote-media tests' video host: a real HTTP server on 127.0.0.1
// serving the HLS fixtures (scripts/fixtures/hls.sh) under /hls/, the post
// video at /video.mp4, playlists a test writes, and handlers a test adds;
// it logs every path asked for. And the gate's side: a cache in a temp
// folder and a client that may reach 127.0.0.1 only.

#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "fetch/cache.hpp"
#include "fetch/http_client.hpp"
#include "fetch/stage_source.hpp"
#include "media/remote_limits.hpp"
#include "tests/fetch/loopback_server.hpp"

namespace media_testing {

using Handler = std::function<void(const httplib::Request&, httplib::Response&)>;

class VideoHost {
 public:
  VideoHost();
  // Before start(): a playlist served at `path`, or a handler for it.
  void playlist(const std::string& path, const std::string& text);
  void handle(const std::string& path, Handler handler);
  void start();
  void stop();  // nothing answers afterwards
  std::string url(const std::string& path) const;
  int port() const { return port_; }
  std::vector<std::string> requests() const;
  bool requested(const std::string& path) const;
  const fetch_testing::LoopbackServer& server() const { return *server_; }

 private:
  void serve(const httplib::Request& req, httplib::Response& res);

  std::unique_ptr<fetch_testing::LoopbackServer> server_;
  std::map<std::string, std::string> playlists_;
  std::map<std::string, Handler> handlers_;
  mutable std::mutex mutex_;
  std::vector<std::string> requests_;
  int port_ = 0;
};

// A cache in `dir` and, unless offline, a client allowed 127.0.0.1 only.
class Gate {
 public:
  Gate(const std::filesystem::path& dir, bool online);
  fetch::StageSource& source() { return *source_; }
  fetch::Cache& cache() { return *cache_; }

 private:
  std::optional<fetch::Cache> cache_;
  std::optional<fetch::Client> client_;
  std::optional<fetch::StageSource> source_;
};

// Limits for the tests: a minute, 8 MiB, the default cap on opens.
media::RemoteLimits test_limits();

// The good fixture playlist (hls/good/index.m3u8) with its segment `segment`
// ("seg1.ts") named `replacement` instead.
std::string good_playlist_with(const std::string& segment, const std::string& replacement);

// Files in `dir` whose name starts with `stem`.
std::vector<std::filesystem::path> files_named(const std::filesystem::path& dir, const std::string& stem);

}  // namespace media_testing
