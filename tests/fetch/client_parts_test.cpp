// The client's pure parts: URL handling, retry delays, per-host limits.
#include <gtest/gtest.h>

#include "fetch/host_limits.hpp"
#include "fetch/retry.hpp"
#include "fetch/url.hpp"

namespace {

using namespace std::chrono_literals;

TEST(FetchUrl, ResolvesRelativeReferences) {
  EXPECT_EQ(fetch::resolve_url("http://a.test/x/y?q=1", "z"), "http://a.test/x/z");
  EXPECT_EQ(fetch::resolve_url("http://a.test/x/y", "/root?b=2"), "http://a.test/root?b=2");
  EXPECT_EQ(fetch::resolve_url("https://a.test/x/y", "//b.test/p"), "https://b.test/p");
  EXPECT_EQ(fetch::resolve_url("http://a.test/x/y", "../up"), "http://a.test/up");
  EXPECT_EQ(fetch::resolve_url("http://a.test/", "gopher://c.test/1"), "gopher://c.test/1");
  EXPECT_EQ(fetch::resolve_url("http://a.test/", "file:///etc/passwd"), "file:///etc/passwd");
}

TEST(FetchUrl, ParsesSchemeHostAndPort) {
  const auto p = fetch::parse_url("HTTPS://API.X.com/2/tweets");
  ASSERT_TRUE(p.has_value());
  EXPECT_EQ(p->scheme, "https");
  EXPECT_EQ(p->host, "api.x.com");
  EXPECT_EQ(p->port, 443);
  const auto v6 = fetch::parse_url("http://[::1]:8080/");
  ASSERT_TRUE(v6.has_value());
  EXPECT_EQ(v6->host, "::1");
  EXPECT_EQ(v6->port, 8080);
  EXPECT_FALSE(fetch::parse_url("not a url").has_value());
}

TEST(FetchUrl, RedactsCredentialsAndSecretParameters) {
  EXPECT_EQ(fetch::redact_url("https://me:hunter2@a.test/p?id=5&access_token=xyz&sig=1#frag"),
            "https://a.test/p?id=5&access_token=REDACTED&sig=REDACTED");
  EXPECT_EQ(fetch::redact_url("http://a.test/p"), "http://a.test/p");
  EXPECT_EQ(fetch::redact_url("::: not?token=abc"), "::: not");
}

TEST(FetchRetry, RetriesOnly429And5xx) {
  for (long s : {429L, 500L, 502L, 503L, 504L}) EXPECT_TRUE(fetch::retriable_status(s)) << s;
  for (long s : {200L, 301L, 400L, 401L, 403L, 404L, 410L, 418L}) EXPECT_FALSE(fetch::retriable_status(s)) << s;
}

TEST(FetchRetry, HonoursRetryAfterUpToTheCap) {
  std::mt19937_64 random(1);
  const fetch::RetryPolicy policy{500ms, 60s};
  EXPECT_EQ(fetch::retry_delay(2, 7s, policy, random), 7000ms);
  EXPECT_EQ(fetch::retry_delay(2, 3600s, policy, random), 60000ms);
  EXPECT_EQ(fetch::retry_delay(2, 0s, policy, random), 0ms);
}

TEST(FetchRetry, BackoffIsFullJitterUnderADoublingCeiling) {
  std::mt19937_64 random(7);
  const fetch::RetryPolicy policy{500ms, 60s};
  for (int attempt = 2; attempt <= 40; ++attempt) {
    const long long ceiling = std::min<long long>(60000, 500LL << std::min(attempt - 2, 20));
    for (int i = 0; i < 50; ++i) {
      const auto d = fetch::retry_delay(attempt, std::nullopt, policy, random);
      EXPECT_GE(d.count(), 0);
      EXPECT_LE(d.count(), ceiling) << attempt;
    }
  }
}

TEST(FetchHostLimits, CapsTransfersRunningAtOnce) {
  fetch::HostLimits limits(2, 0);
  const auto t0 = fetch::HostLimits::Clock::time_point{};
  EXPECT_EQ(limits.earliest_start("a.test", t0), t0);
  limits.started("a.test", t0);
  limits.started("a.test", t0);
  EXPECT_FALSE(limits.earliest_start("a.test", t0).has_value());
  EXPECT_EQ(limits.earliest_start("b.test", t0), t0);  // other hosts are not held up
  limits.finished("a.test");
  EXPECT_EQ(limits.earliest_start("a.test", t0), t0);
  EXPECT_EQ(limits.in_flight("a.test"), 1);
}

TEST(FetchHostLimits, SpacesStartsByTheRate) {
  fetch::HostLimits limits(10, 4);  // 4 per second: 250 ms apart
  const auto t0 = fetch::HostLimits::Clock::time_point{} + 10s;
  limits.started("a.test", t0);
  EXPECT_EQ(limits.earliest_start("a.test", t0), t0 + 250ms);
  limits.started("a.test", t0 + 250ms);
  EXPECT_EQ(limits.earliest_start("a.test", t0 + 300ms), t0 + 500ms);
  EXPECT_EQ(limits.earliest_start("a.test", t0 + 900ms), t0 + 900ms);
  EXPECT_EQ(limits.earliest_start("b.test", t0), t0);
}

}  // namespace
