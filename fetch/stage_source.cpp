#include "fetch/stage_source.hpp"

#include <unistd.h>

#include <atomic>
#include <chrono>
#include <exception>
#include <system_error>

#include "fetch/url.hpp"

namespace fetch {
namespace {

core::Instant now() {
  using namespace std::chrono;
  return core::from_unix_millis(duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count());
}

StoreRequest store_request(const Response& response, std::string_view via) {
  return StoreRequest{response.url, response.final_url, response.status, response.headers, std::string(via), now()};
}

// A name in the cache's tmp/ that prune leaves alone (it removes only "*.tmp"),
// unique across processes sharing the cache and across calls in this one.
std::filesystem::path download_path(const Cache& cache) {
  static std::atomic<unsigned long> counter{0};
  return cache.dir() / "tmp" /
         ("download-" + std::to_string(::getpid()) + "-" + std::to_string(counter.fetch_add(1)) + ".download");
}

// Without a cache nothing can be stored, so nothing is fetched: custody is the point.
std::vector<core::Result<Stored>> all_failed(const std::vector<std::string>& urls, const std::string& why) {
  std::vector<core::Result<Stored>> out;
  for (const auto& url : urls) out.push_back(core::fail("fetch", redact_url(url), why));
  return out;
}

}  // namespace

// The cache keeps URLs as fetched (its lookups need them); a report is shared,
// so what it cites carries no secret-like query values (token=REDACTED).
core::Custody to_custody(const CustodyRecord& record) {
  return core::Custody{redact_url(record.url), record.final_url.empty() ? std::string() : redact_url(record.final_url),
                       record.fetched_at,      record.status,
                       record.sha256,          record.size,
                       record.via};
}

core::Result<CustodyRecord> StageSource::cached(const std::string& url) const {
  if (!cache_) return core::fail("fetch", redact_url(url), std::string(k_not_cached));
  try {
    auto record = cache_->latest(url);
    if (!record) return core::fail("fetch", redact_url(url), std::string(k_not_cached));
    return *record;
  } catch (const std::exception& e) {
    return core::fail("fetch", (cache_->dir() / "index.sqlite").string(), e.what());
  }
}

core::Result<Stored> StageSource::cached_body(const std::string& url, std::uint64_t max_bytes) const {
  auto record = cached(url);
  if (!record) return tl::unexpected(record.error());
  auto body = cache_->read_blob(record->sha256, max_bytes);
  if (!body) return tl::unexpected(body.error());
  return Stored{*record, std::move(*body)};
}

core::Result<Stored> StageSource::keep(const std::string& url, std::string_view via, std::string body) {
  if (!cache_) return core::fail("fetch", redact_url(url), "the cache could not be opened, so nothing was kept");
  // No HTTP exchange made these bytes: status 0, no headers; `via` names what did.
  auto record = cache_->store_body(StoreRequest{url, url, 0, {}, std::string(via), now()}, body);
  if (!record) return tl::unexpected(record.error());
  return Stored{*record, std::move(body)};
}

std::vector<core::Result<Stored>> StageSource::bodies(const std::vector<std::string>& urls, std::string_view via,
                                                      std::uint64_t max_bytes, const BatchProgress& progress) {
  std::vector<core::Result<Stored>> out;
  if (offline()) {
    for (const auto& url : urls) out.push_back(cached_body(url, max_bytes));
    return out;
  }
  if (!cache_) return all_failed(urls, "the cache could not be opened, so nothing was fetched");
  std::vector<Request> requests;
  for (const auto& url : urls) requests.push_back(Request{url, {}, max_bytes, {}});
  auto responses = client_->fetch_all(requests, [&](std::size_t done, std::size_t total, const std::string&) {
    if (progress) progress(done, total);
  });
  for (auto& response : responses) {
    if (!response) {
      out.push_back(tl::unexpected(response.error()));
      continue;
    }
    auto record = cache_->store_body(store_request(*response, via), response->body);
    if (!record) {
      out.push_back(tl::unexpected(record.error()));
      continue;
    }
    out.push_back(Stored{*record, std::move(response->body)});
  }
  return out;
}

std::vector<core::Result<Stored>> StageSource::files(const std::vector<std::string>& urls, std::string_view via,
                                                     std::uint64_t max_bytes, const BatchProgress& progress) {
  std::vector<core::Result<Stored>> out;
  if (offline()) {
    for (const auto& url : urls) {
      auto record = cached(url);
      if (record) {
        out.push_back(Stored{*record, {}});
      } else {
        out.push_back(tl::unexpected(record.error()));
      }
    }
    return out;
  }
  if (!cache_) return all_failed(urls, "the cache could not be opened, so nothing was fetched");
  std::vector<Request> requests;
  for (const auto& url : urls) requests.push_back(Request{url, {}, max_bytes, download_path(*cache_)});
  auto responses = client_->fetch_all(requests, [&](std::size_t done, std::size_t total, const std::string&) {
    if (progress) progress(done, total);
  });
  for (std::size_t i = 0; i < responses.size(); ++i) {
    auto& response = responses[i];
    if (!response) {
      out.push_back(tl::unexpected(response.error()));
      continue;
    }
    // A 404 or 410 is an answer, not the media: there is nothing to keep.
    if (response->status < 200 || response->status > 299) {
      std::error_code ignored;
      std::filesystem::remove(requests[i].body_file, ignored);
      out.push_back(core::fail("fetch", redact_url(urls[i]), "HTTP " + std::to_string(response->status)));
      continue;
    }
    auto record = cache_->store_file(store_request(*response, via), requests[i].body_file);
    if (!record) {
      std::error_code ignored;
      std::filesystem::remove(requests[i].body_file, ignored);
      out.push_back(tl::unexpected(record.error()));
      continue;
    }
    out.push_back(Stored{*record, {}});
  }
  return out;
}

}  // namespace fetch
