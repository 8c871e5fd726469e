#pragma once
// The one HTTP client every network read goes through (DESIGN "Fetching,
// safely"): http and https only, each resolved address checked before libcurl
// connects (and again once connected), redirects followed by hand so every hop
// is re-checked, a size cap on decoded bytes, connect/total/low-speed
// timeouts, per-host concurrency and rate limits, and retries with backoff
// that honour Retry-After. Transfers run side by side on the libcurl multi
// interface; waiting for a retry never holds up the others.
//
// Statuses: 2xx, 404 and 410 are Responses (adapters read tombstones and
// not-found pages); 429 and 5xx are retried and become Errors when retries
// run out; every other status is an Error ("HTTP 403").

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "core/config.hpp"
#include "core/result.hpp"
#include "fetch/allow_list.hpp"

namespace fetch {

struct Request {
  std::string url;
  // Sent on every hop. Secrets do not belong here (ClientOptions::credential):
  // a request carrying Authorization, Proxy-Authorization or Cookie is refused.
  std::vector<std::pair<std::string, std::string>> headers = {};
  std::optional<std::uint64_t> max_bytes = {};  // tighter than ClientOptions::max_bytes
  // When set, the body streams to body_file + ".part", renamed to body_file on
  // success and removed on any failure; Response::body stays empty. Otherwise
  // the body is kept in memory.
  std::filesystem::path body_file = {};
};

struct Response {
  std::string url;                     // as requested
  std::string final_url;               // after redirects
  std::vector<std::string> redirects;  // each hop's target, in order
  long status = 0;
  std::vector<std::pair<std::string, std::string>> headers;  // names in lower case
  std::string body;
  std::uint64_t size = 0;  // decoded body bytes
  std::string content_type;
  int attempts = 0;  // 1 + retries used

  // The first header of that (lower-case) name, or nullopt.
  std::optional<std::string> header(const std::string& name) const;
};

// A bearer token sent only to one origin: https, the same host name and the
// same port as `base_url` (http only when the host is a loopback address on
// the allow list, which tests use). Never logged, never in an Error.
struct Credential {
  std::string base_url;
  std::string bearer_token;
};

struct ClientOptions {
  AllowList allow;
  int connect_timeout_s = 10;
  int total_timeout_s = 30;  // per transfer (one hop of one attempt)
  long low_speed_bytes = 1;  // fewer bytes/s than this for low_speed_time_s aborts
  int low_speed_time_s = 15;
  int max_redirects = 5;
  std::uint64_t max_bytes = 1ull << 30;
  int per_host_concurrency = 2;  // host = host name, whatever the port
  double per_host_rate = 4;      // transfer starts per second per host; 0 = unlimited
  int retries = 3;
  std::chrono::milliseconds backoff_base{500};
  std::chrono::seconds max_retry_after{60};  // longer waits asked by a server are cut to this
  std::string user_agent = std::string("embedcheck/") + EMBEDCHECK_VERSION + " (embed verification for fact-checkers)";
  std::optional<Credential> credential;
};

// Options from the config: net.allow_addresses (a bad entry is a config
// Error), net.timeout_s, net.max_bytes, and the X API token from
// EMBEDCHECK_TWITTER_BEARER_TOKEN for services.twitter_api.
core::Result<ClientOptions> from_config(const core::Config& config, const core::EnvLookup& env);

// Called as each request finishes: (finished so far, total, redacted URL).
using ProgressFn = std::function<void(std::size_t done, std::size_t total, const std::string& url)>;

class Client {
 public:
  explicit Client(ClientOptions options);
  ~Client();
  Client(const Client&) = delete;
  Client& operator=(const Client&) = delete;

  // One result per request, in the same order. Errors: stage "fetch", input
  // the redacted URL, a one-line message. One call at a time per Client.
  std::vector<core::Result<Response>> fetch_all(const std::vector<Request>& requests,
                                                const ProgressFn& progress = {});
  core::Result<Response> fetch(const Request& request);

  const ClientOptions& options() const { return options_; }

 private:
  struct Multi;
  ClientOptions options_;
  std::unique_ptr<Multi> multi_;  // kept across calls so connections are reused
  std::mt19937_64 random_;
};

}  // namespace fetch
