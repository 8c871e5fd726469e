#include "tests/media/remote_fixture.hpp"

#include <algorithm>
#include <stdexcept>

#include "tests/fetch/client_fixture.hpp"
#include "tests/support/paths.hpp"

namespace media_testing {

VideoHost::VideoHost() : server_(std::make_unique<fetch_testing::LoopbackServer>()) {}

void VideoHost::playlist(const std::string& path, const std::string& text) { playlists_[path] = text; }
void VideoHost::handle(const std::string& path, Handler handler) { handlers_[path] = std::move(handler); }

void VideoHost::start() {
  server_->http().Get(".*", [this](const httplib::Request& req, httplib::Response& res) { serve(req, res); });
  server_->start();
  port_ = server_->port();
}

void VideoHost::stop() { server_.reset(); }

std::string VideoHost::url(const std::string& path) const {
  return "http://127.0.0.1:" + std::to_string(port_) + path;
}

std::vector<std::string> VideoHost::requests() const {
  std::lock_guard lock(mutex_);
  return requests_;
}

bool VideoHost::requested(const std::string& path) const {
  const auto seen = requests();
  return std::find(seen.begin(), seen.end(), path) != seen.end();
}

void VideoHost::serve(const httplib::Request& req, httplib::Response& res) {
  {
    std::lock_guard lock(mutex_);
    requests_.push_back(req.path);
  }
  if (auto h = handlers_.find(req.path); h != handlers_.end()) return h->second(req, res);
  if (auto p = playlists_.find(req.path); p != playlists_.end()) {
    return res.set_content(p->second, "application/vnd.apple.mpegurl");
  }
  if (req.path == "/video.mp4") {
    return res.set_content(testing_support::read_file(testing_support::fixture("post-video.mp4")), "video/mp4");
  }
  // The fixture folder, and nothing outside it.
  if (req.path.rfind("/hls/", 0) == 0 && req.path.find("..") == std::string::npos) {
    const auto file = std::filesystem::path(EMBEDCHECK_FIXTURES_DIR) / req.path.substr(1);
    if (std::filesystem::is_regular_file(file)) {
      const bool playlist = file.extension() == ".m3u8";
      return res.set_content(testing_support::read_file(file), playlist ? "application/vnd.apple.mpegurl" : "video/mp2t");
    }
  }
  res.status = 404;
}

Gate::Gate(const std::filesystem::path& dir, bool online) {
  auto cache = fetch::Cache::open(dir);
  if (!cache) throw std::runtime_error(cache.error().message);
  cache_.emplace(std::move(*cache));
  if (online) {
    fetch::ClientOptions options = fetch_testing::test_options();
    options.max_bytes = 64ull << 20;
    client_.emplace(options);
  }
  source_.emplace(&*cache_, client_ ? &*client_ : nullptr);
}

media::RemoteLimits test_limits() {
  media::RemoteLimits limits;
  limits.deadline = std::chrono::seconds(60);
  limits.max_bytes = 8ull << 20;
  return limits;
}

std::string good_playlist_with(const std::string& segment, const std::string& replacement) {
  std::string text = testing_support::read_file(testing_support::fixture("hls/good/index.m3u8"));
  const auto at = text.find(segment);
  if (at == std::string::npos) throw std::runtime_error(segment + " is not in the good playlist");
  return text.replace(at, segment.size(), replacement);
}

std::vector<std::filesystem::path> files_named(const std::filesystem::path& dir, const std::string& stem) {
  std::vector<std::filesystem::path> found;
  if (!std::filesystem::exists(dir)) return found;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().filename().string().rfind(stem, 0) == 0) found.push_back(entry.path());
  }
  return found;
}

}  // namespace media_testing
