#include "fetch/http_client.hpp"

#include <curl/curl.h>

#include <algorithm>
#include <mutex>
#include <system_error>

#include "fetch/host_limits.hpp"
#include "fetch/retry.hpp"
#include "fetch/transfer.hpp"
#include "fetch/transfer_errors.hpp"
#include "fetch/url.hpp"

namespace fetch {

std::optional<std::string> Response::header(const std::string& name) const {
  for (const auto& [key, value] : headers) {
    if (key == name) return value;
  }
  return std::nullopt;
}

core::Result<ClientOptions> from_config(const core::Config& config, const core::EnvLookup& env) {
  ClientOptions options;
  auto allow = AllowList::parse(config.net.allow_addresses);
  if (!allow) return tl::unexpected(allow.error());
  options.allow = std::move(*allow);
  options.total_timeout_s = config.net.timeout_s;
  options.max_bytes = config.net.max_bytes;
  if (env) {
    if (auto token = env("EMBEDCHECK_TWITTER_BEARER_TOKEN"); token && !token->empty()) {
      options.credential = Credential{config.services.twitter_api, *token};
    }
  }
  return options;
}

struct Client::Multi {
  CURLM* handle = curl_multi_init();
  ~Multi() { curl_multi_cleanup(handle); }
};

Client::Client(ClientOptions options)
    : options_(std::move(options)), random_(std::random_device{}()) {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
  multi_ = std::make_unique<Multi>();
}

Client::~Client() = default;

core::Result<Response> Client::fetch(const Request& request) {
  return std::move(fetch_all({request}).front());
}

namespace {

using Clock = std::chrono::steady_clock;

// One Request on its way: the hop being fetched, the redirects so far and
// the attempts used.
struct Job {
  const Request* request = nullptr;
  std::string url;
  std::vector<std::string> redirects;
  int attempts = 0;
  Clock::time_point not_before{};
  std::unique_ptr<Transfer> transfer;
  std::optional<core::Result<Response>> result;
};

std::string host_key(const std::string& url) {
  const auto parts = parse_url(url);
  return parts ? parts->host : url;
}

bool is_redirect(long status) {
  return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

bool forbidden_header(const std::string& name) {
  std::string folded = name;
  std::transform(folded.begin(), folded.end(), folded.begin(),
                 [](unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); });
  return folded == "authorization" || folded == "proxy-authorization" || folded == "cookie";
}

std::filesystem::path part_path(const Request& request) {
  if (request.body_file.empty()) return {};
  std::filesystem::path part = request.body_file;
  part += ".part";
  return part;
}

void remove_part(const Request& request) {
  if (request.body_file.empty()) return;
  std::error_code ignored;
  std::filesystem::remove(part_path(request), ignored);
}

}  // namespace

std::vector<core::Result<Response>> Client::fetch_all(const std::vector<Request>& requests,
                                                      const ProgressFn& progress) {
  const AddressGuard guard(options_.allow);
  HostLimits limits(options_.per_host_concurrency, options_.per_host_rate);
  const RetryPolicy policy{options_.backoff_base, options_.max_retry_after};
  const std::optional<UrlParts> credential_origin =
      options_.credential ? parse_url(options_.credential->base_url) : std::nullopt;

  std::vector<Job> jobs(requests.size());
  std::size_t done = 0;

  auto finish = [&](Job& job, core::Result<Response> result) {
    if (!result) remove_part(*job.request);
    job.result = std::move(result);
    ++done;
    if (progress) progress(done, requests.size(), redact_url(job.request->url));
  };
  auto failure = [&](Job& job, std::string message) {
    if (job.attempts > 1) message += " (after " + std::to_string(job.attempts) + " attempts)";
    finish(job, core::fail("fetch", redact_url(job.request->url), std::move(message)));
  };

  for (std::size_t i = 0; i < requests.size(); ++i) {
    Job& job = jobs[i];
    job.request = &requests[i];
    job.url = requests[i].url;
    const auto parts = parse_url(job.url);
    if (!parts) {
      failure(job, "not a URL");
    } else if (parts->scheme != "http" && parts->scheme != "https") {
      failure(job, "refused: only http and https URLs are fetched");
    } else if (parts->host.empty()) {
      failure(job, "not a URL: no host");
    } else {
      for (const auto& [name, value] : requests[i].headers) {
        if (forbidden_header(name)) {
          failure(job, "request header " + name + " refused: credentials go through the client's options");
          break;
        }
      }
    }
  }

  // The credential goes only to its own origin, checked on every hop.
  auto credential_due = [&](const std::string& url) {
    if (!credential_origin) return false;
    const auto parts = parse_url(url);
    if (!parts || parts->scheme != credential_origin->scheme || parts->host != credential_origin->host ||
        parts->port != credential_origin->port) {
      return false;
    }
    if (parts->scheme == "https") return true;
    const auto ip = IpAddress::parse(parts->host);
    return parts->scheme == "http" && ip && classify(*ip).kind == AddressClass::loopback &&
           options_.allow.allows(*ip);
  };

  auto start = [&](Job& job, std::size_t index, Clock::time_point now) {
    TransferSettings settings;
    settings.url = job.url;
    for (const auto& [name, value] : job.request->headers) settings.header_lines.push_back(name + ": " + value);
    if (credential_due(job.url)) {
      settings.header_lines.push_back("Authorization: Bearer " + options_.credential->bearer_token);
    }
    settings.max_bytes = std::min(options_.max_bytes, job.request->max_bytes.value_or(options_.max_bytes));
    settings.part_file = part_path(*job.request);
    settings.connect_timeout_s = options_.connect_timeout_s;
    settings.total_timeout_s = options_.total_timeout_s;
    settings.low_speed_bytes = options_.low_speed_bytes;
    settings.low_speed_time_s = options_.low_speed_time_s;
    settings.user_agent = options_.user_agent;
    job.transfer = std::make_unique<Transfer>(std::move(settings), guard);
    if (job.attempts == 0) job.attempts = 1;
    if (job.transfer->easy() == nullptr) {
      job.transfer.reset();
      failure(job, "could not start a transfer (libcurl)");
      return;
    }
    curl_easy_setopt(job.transfer->easy(), CURLOPT_PRIVATE, reinterpret_cast<void*>(index));
    limits.started(host_key(job.url), now);
    curl_multi_add_handle(multi_->handle, job.transfer->easy());
  };

  auto retry_or_fail = [&](Job& job, std::string message, std::optional<std::chrono::seconds> retry_after) {
    if (job.attempts > options_.retries) {
      failure(job, std::move(message));
      return;
    }
    ++job.attempts;
    job.not_before = Clock::now() + retry_delay(job.attempts, retry_after, policy, random_);
  };

  auto completed = [&](Job& job, CURLcode code) {
    std::unique_ptr<Transfer> transfer = std::move(job.transfer);
    CURL* easy = transfer->easy();
    curl_multi_remove_handle(multi_->handle, easy);
    limits.finished(host_key(job.url));

    if (code != CURLE_OK) {
      const TransferFailure why = describe_failure(*transfer, code, options_);
      transfer.reset();  // closes the .part file before it is removed or rewritten
      if (why.retriable) {
        retry_or_fail(job, why.message, std::nullopt);
      } else {
        failure(job, why.message);
      }
      return;
    }

    long status = 0;
    curl_easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &status);
    if (is_redirect(status)) {
      const auto location = transfer->header("location");
      if (!location) {
        failure(job, "HTTP " + std::to_string(status) + " without a Location header");
        return;
      }
      if (static_cast<int>(job.redirects.size()) >= options_.max_redirects) {
        failure(job, "too many redirects (" + std::to_string(options_.max_redirects) + ")");
        return;
      }
      const auto target = resolve_url(job.url, *location);
      const auto parts = target ? parse_url(*target) : std::nullopt;
      if (!target || !parts) {
        failure(job, "redirect to an unreadable URL refused");
        return;
      }
      if (parts->scheme != "http" && parts->scheme != "https") {
        failure(job, "redirect to " + redact_url(*target) + " refused: only http and https");
        return;
      }
      job.redirects.push_back(*target);
      job.url = *target;
      job.not_before = Clock::now();
      return;
    }
    if (retriable_status(status)) {
      curl_off_t wait_s = 0;
      std::optional<std::chrono::seconds> retry_after;
      if (curl_easy_getinfo(easy, CURLINFO_RETRY_AFTER, &wait_s) == CURLE_OK && wait_s > 0) {
        retry_after = std::chrono::seconds(wait_s);
      }
      retry_or_fail(job, "HTTP " + std::to_string(status), retry_after);
      return;
    }
    if (!((status >= 200 && status < 300) || status == 404 || status == 410)) {
      failure(job, "HTTP " + std::to_string(status));
      return;
    }
    if (!transfer->finish_file()) {
      failure(job, *transfer->write_error());
      return;
    }
    if (!job.request->body_file.empty()) {
      std::error_code error;
      std::filesystem::rename(part_path(*job.request), job.request->body_file, error);
      if (error) {
        failure(job, "cannot write " + job.request->body_file.string() + ": " + error.message());
        return;
      }
    }
    Response response;
    response.url = job.request->url;
    response.final_url = job.url;
    response.redirects = job.redirects;
    response.status = status;
    response.headers = transfer->headers();
    response.size = transfer->body_bytes();
    response.body = transfer->take_body();
    response.content_type = transfer->header("content-type").value_or("");
    response.attempts = job.attempts;
    finish(job, std::move(response));
  };

  while (done < requests.size()) {
    // Start every waiting job whose time has come and whose host has room.
    const Clock::time_point now = Clock::now();
    std::optional<Clock::time_point> wake;
    for (std::size_t i = 0; i < jobs.size(); ++i) {
      Job& job = jobs[i];
      if (job.result || job.transfer) continue;
      Clock::time_point when = job.not_before;
      if (when <= now) {
        const auto slot = limits.earliest_start(host_key(job.url), now);
        if (!slot) continue;  // a finishing transfer wakes the loop
        if (*slot <= now) {
          start(job, i, now);
          continue;
        }
        when = *slot;
      }
      wake = wake ? std::min(*wake, when) : when;
    }
    if (done == requests.size()) break;

    int running = 0;
    curl_multi_perform(multi_->handle, &running);
    int queued = 0;
    bool finished_any = false;
    while (CURLMsg* message = curl_multi_info_read(multi_->handle, &queued)) {
      if (message->msg != CURLMSG_DONE) continue;
      finished_any = true;
      void* index = nullptr;
      curl_easy_getinfo(message->easy_handle, CURLINFO_PRIVATE, &index);
      completed(jobs[reinterpret_cast<std::size_t>(index)], message->data.result);
    }
    if (done == requests.size()) break;
    if (finished_any) continue;  // a freed host slot or a redirect may start at once

    // Sleep in the poll until there is network work or a waiting job is due.
    long timeout_ms = 1000;
    if (wake) {
      const auto until = std::chrono::duration_cast<std::chrono::milliseconds>(*wake - Clock::now()).count();
      timeout_ms = std::clamp<long>(until, 0, 1000);
    }
    if (running > 0 || timeout_ms > 0) {
      curl_multi_poll(multi_->handle, nullptr, 0, static_cast<int>(timeout_ms), nullptr);
    }
  }

  std::vector<core::Result<Response>> results;
  results.reserve(jobs.size());
  for (Job& job : jobs) results.push_back(std::move(*job.result));
  return results;
}

}  // namespace fetch
