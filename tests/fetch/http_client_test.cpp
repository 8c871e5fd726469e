// The client against a real server on 127.0.0.1: bodies, statuses,
// redirects, refusals, credentials, files and per-host limits.
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <mutex>

#include "tests/fetch/client_fixture.hpp"
#include "tests/support/paths.hpp"

namespace {

using fetch_testing::contains;
using fetch_testing::LoopbackServer;
using fetch_testing::test_options;

TEST(HttpClient, FetchesABodyWithItsHeaders) {
  LoopbackServer server;
  std::string user_agent;
  server.http().Get("/hello", [&](const httplib::Request& req, httplib::Response& res) {
    user_agent = req.get_header_value("User-Agent");
    res.set_header("X-Thing", "1");
    res.set_content("hello", "text/plain");
  });
  server.start();
  fetch::Client client(test_options());
  const auto result = client.fetch({server.url("/hello")});
  ASSERT_TRUE(result.has_value()) << result.error().message;
  EXPECT_EQ(result->status, 200);
  EXPECT_EQ(result->body, "hello");
  EXPECT_EQ(result->size, 5u);
  EXPECT_EQ(result->content_type, "text/plain");
  EXPECT_EQ(result->header("x-thing"), "1");
  EXPECT_EQ(result->url, server.url("/hello"));
  EXPECT_EQ(result->final_url, server.url("/hello"));
  EXPECT_TRUE(result->redirects.empty());
  EXPECT_EQ(result->attempts, 1);
  EXPECT_EQ(user_agent.rfind("embedcheck/", 0), 0u) << user_agent;
}

TEST(HttpClient, NotFoundAndGoneAreResponsesOtherStatusesErrors) {
  LoopbackServer server;
  server.http().Get("/gone", [](const httplib::Request&, httplib::Response& res) {
    res.status = 410;
    res.set_content("{\"tombstone\":true}", "application/json");
  });
  server.http().Get("/forbidden", [](const httplib::Request&, httplib::Response& res) { res.status = 403; });
  server.start();
  fetch::Client client(test_options());
  const auto results =
      client.fetch_all({{server.url("/missing")}, {server.url("/gone")}, {server.url("/forbidden")}});
  ASSERT_EQ(results.size(), 3u);
  ASSERT_TRUE(results[0].has_value());
  EXPECT_EQ(results[0]->status, 404);
  ASSERT_TRUE(results[1].has_value());
  EXPECT_EQ(results[1]->status, 410);
  EXPECT_EQ(results[1]->body, "{\"tombstone\":true}");
  ASSERT_FALSE(results[2].has_value());
  EXPECT_EQ(results[2].error(), (core::Error{"fetch", server.url("/forbidden"), "HTTP 403"}));
}

TEST(HttpClient, ReportsTheContentTypeServedForTheAdaptersToJudge) {
  LoopbackServer server;
  server.http().Get("/api", [](const httplib::Request&, httplib::Response& res) {
    res.set_content("<html>login</html>", "text/html; charset=utf-8");
  });
  server.start();
  fetch::Client client(test_options());
  const auto result = client.fetch({server.url("/api"), {{"Accept", "application/json"}}});
  ASSERT_TRUE(result.has_value());
  EXPECT_EQ(result->content_type, "text/html; charset=utf-8");
}

TEST(HttpClient, FollowsRelativeRedirects) {
  LoopbackServer server;
  server.http().Get("/a/start", [](const httplib::Request&, httplib::Response& res) {
    res.status = 302;
    res.set_header("Location", "next");
  });
  server.http().Get("/a/next", [](const httplib::Request&, httplib::Response& res) {
    res.status = 301;
    res.set_header("Location", "/end?x=1");
  });
  server.http().Get("/end", [](const httplib::Request& req, httplib::Response& res) {
    res.set_content("end " + req.get_param_value("x"), "text/plain");
  });
  server.start();
  fetch::Client client(test_options());
  const auto result = client.fetch({server.url("/a/start")});
  ASSERT_TRUE(result.has_value()) << result.error().message;
  EXPECT_EQ(result->body, "end 1");
  EXPECT_EQ(result->redirects, (std::vector<std::string>{server.url("/a/next"), server.url("/end?x=1")}));
  EXPECT_EQ(result->final_url, server.url("/end?x=1"));
}

TEST(HttpClient, StopsARedirectLoopAtTheLimit) {
  LoopbackServer server;
  std::atomic<int> hits{0};
  server.http().Get("/loop", [&](const httplib::Request&, httplib::Response& res) {
    ++hits;
    res.status = 302;
    res.set_header("Location", "/loop");
  });
  server.start();
  fetch::Client client(test_options());
  const auto result = client.fetch({server.url("/loop")});
  ASSERT_FALSE(result.has_value());
  EXPECT_EQ(result.error().message, "too many redirects (5)");
  EXPECT_EQ(hits.load(), 6);  // the first request and five redirects
}

TEST(HttpClient, RefusesRedirectsToOtherSchemes) {
  LoopbackServer server;
  server.http().Get("/to", [](const httplib::Request& req, httplib::Response& res) {
    res.status = 302;
    res.set_header("Location", req.get_param_value("u"));
  });
  server.start();
  fetch::Client client(test_options());
  const std::vector<std::string> targets = {"file:///etc/passwd", "gopher://127.0.0.1:70/1", "ftp://127.0.0.1/x"};
  for (const std::string& target : targets) {
    const auto result = client.fetch({server.url("/to?u=" + target)});
    ASSERT_FALSE(result.has_value()) << target;
    EXPECT_EQ(result.error().message, "redirect to " + target + " refused: only http and https");
  }
}

TEST(HttpClient, RefusesNonHttpUrls) {
  fetch::Client client(test_options());
  const auto result = client.fetch({"file:///etc/passwd"});
  ASSERT_FALSE(result.has_value());
  EXPECT_EQ(result.error().message, "refused: only http and https URLs are fetched");
}

TEST(HttpClient, RefusesLoopbackAddressesNotOnTheAllowList) {
  LoopbackServer server;
  std::atomic<int> secret_hits{0};
  server.http().Get("/secret", [&](const httplib::Request&, httplib::Response& res) {
    ++secret_hits;
    res.set_content("secret", "text/plain");
  });
  server.http().Get("/hop", [&](const httplib::Request&, httplib::Response& res) {
    res.status = 302;
    res.set_header("Location", "http://127.0.0.2:" + std::to_string(server.port()) + "/secret");
  });
  server.start();
  const std::string port = std::to_string(server.port());
  fetch::Client client(test_options());

  const auto via_redirect = client.fetch({server.url("/hop")});
  ASSERT_FALSE(via_redirect.has_value());
  EXPECT_EQ(via_redirect.error().message, "refused to connect to 127.0.0.2 (loopback address) for http://127.0.0.2:" +
                                              port + "/secret: not on net.allow_addresses");

  // Spellings of other loopback addresses reach the guard as the address they mean.
  for (const std::string& url : {"http://127.0.0.2:" + port + "/secret", "http://2130706434:" + port + "/secret",
                                "http://127.2:" + port + "/secret", "http://[::1]:" + port + "/secret",
                                "http://[::ffff:127.0.0.2]:" + port + "/secret"}) {
    const auto direct = client.fetch({url});
    ASSERT_FALSE(direct.has_value()) << url;
    EXPECT_TRUE(contains(direct.error().message, "refused to connect to ")) << url;
    EXPECT_TRUE(contains(direct.error().message, "loopback address")) << url;
    EXPECT_TRUE(contains(direct.error().message, "not on net.allow_addresses")) << url;
  }
  EXPECT_EQ(secret_hits.load(), 0);
}

TEST(HttpClient, SendsTheCredentialToItsOriginOnly) {
  LoopbackServer api;
  LoopbackServer other;
  std::mutex mutex;
  std::vector<std::string> api_auth;
  std::vector<std::string> other_auth;
  api.http().Get("/me", [&](const httplib::Request& req, httplib::Response& res) {
    std::lock_guard lock(mutex);
    api_auth.push_back(req.get_header_value("Authorization"));
    res.set_content("ok", "text/plain");
  });
  api.http().Get("/away", [&](const httplib::Request& req, httplib::Response& res) {
    std::lock_guard lock(mutex);
    api_auth.push_back(req.get_header_value("Authorization"));
    res.status = 307;
    res.set_header("Location", other.url("/me"));
  });
  api.http().Get("/denied", [](const httplib::Request&, httplib::Response& res) { res.status = 401; });
  other.http().Get("/me", [&](const httplib::Request& req, httplib::Response& res) {
    std::lock_guard lock(mutex);
    other_auth.push_back(req.has_header("Authorization") ? req.get_header_value("Authorization") : "(none)");
    res.set_content("other", "text/plain");
  });
  api.start();
  other.start();

  fetch::ClientOptions options = test_options();
  options.credential = fetch::Credential{api.url(""), "s3cret-token"};
  fetch::Client client(options);
  const auto direct = client.fetch({api.url("/me")});
  ASSERT_TRUE(direct.has_value());
  const auto redirected = client.fetch({api.url("/away")});
  ASSERT_TRUE(redirected.has_value()) << redirected.error().message;
  EXPECT_EQ(redirected->body, "other");
  const auto denied = client.fetch({api.url("/denied")});
  ASSERT_FALSE(denied.has_value());

  EXPECT_EQ(api_auth, (std::vector<std::string>{"Bearer s3cret-token", "Bearer s3cret-token"}));
  EXPECT_EQ(other_auth, (std::vector<std::string>{"(none)"}));  // same host, other port: another origin
  EXPECT_FALSE(contains(denied.error().message + denied.error().input, "s3cret"));
}

TEST(HttpClient, RefusesSecretsInRequestHeaders) {
  fetch::Client client(test_options());
  const auto result = client.fetch({"http://127.0.0.1:9/", {{"Authorization", "Bearer x"}}});
  ASSERT_FALSE(result.has_value());
  EXPECT_TRUE(contains(result.error().message, "request header Authorization refused"));
}

TEST(HttpClient, ErrorsNameTheUrlWithoutItsSecrets) {
  LoopbackServer server;
  server.http().Get("/x", [](const httplib::Request&, httplib::Response& res) { res.status = 400; });
  server.start();
  fetch::Client client(test_options());
  const std::string url = "http://me:pw@127.0.0.1:" + std::to_string(server.port()) + "/x?id=1&token=abc";
  const auto result = client.fetch({url});
  ASSERT_FALSE(result.has_value());
  EXPECT_EQ(result.error().input, server.url("/x?id=1&token=REDACTED"));
}

TEST(HttpClient, StreamsToTheBodyFileAndRenamesItOnSuccess) {
  LoopbackServer server;
  server.http().Get("/blob", [](const httplib::Request&, httplib::Response& res) {
    res.set_content(std::string(100000, 'x'), "application/octet-stream");
  });
  server.start();
  const auto dir = testing_support::temp_dir("fetch_body_file");
  fetch::Request request{server.url("/blob")};
  request.body_file = dir / "blob.bin";
  fetch::Client client(test_options());
  const auto result = client.fetch(request);
  ASSERT_TRUE(result.has_value()) << result.error().message;
  EXPECT_TRUE(result->body.empty());
  EXPECT_EQ(result->size, 100000u);
  EXPECT_EQ(std::filesystem::file_size(dir / "blob.bin"), 100000u);
  EXPECT_FALSE(std::filesystem::exists(dir / "blob.bin.part"));
}

TEST(HttpClient, KeepsRequestsInOrderAndReportsProgress) {
  LoopbackServer server;
  server.http().Get(R"(/n/(\d+))", [](const httplib::Request& req, httplib::Response& res) {
    res.set_content("n" + req.matches[1].str(), "text/plain");
  });
  server.start();
  std::vector<fetch::Request> requests;
  for (int i = 0; i < 10; ++i) requests.push_back({server.url("/n/" + std::to_string(i))});
  requests.push_back({"http://127.0.0.2:1/"});
  std::vector<std::size_t> done_counts;
  fetch::Client client(test_options());
  const auto results = client.fetch_all(requests, [&](std::size_t done, std::size_t total, const std::string&) {
    EXPECT_EQ(total, 11u);
    done_counts.push_back(done);
  });
  ASSERT_EQ(results.size(), 11u);
  for (int i = 0; i < 10; ++i) {
    ASSERT_TRUE(results[i].has_value());
    EXPECT_EQ(results[i]->body, "n" + std::to_string(i));
  }
  EXPECT_FALSE(results[10].has_value());
  ASSERT_EQ(done_counts.size(), 11u);
  for (std::size_t i = 0; i < done_counts.size(); ++i) EXPECT_EQ(done_counts[i], i + 1);
}

class PerHostConcurrency : public ::testing::TestWithParam<int> {};

TEST_P(PerHostConcurrency, NeverExceedsTheLimit) {
  LoopbackServer server;
  std::atomic<int> in_flight{0};
  std::atomic<int> most{0};
  server.http().Get(R"(/slow/(\d+))", [&](const httplib::Request&, httplib::Response& res) {
    const int now = ++in_flight;
    int seen = most.load();
    while (now > seen && !most.compare_exchange_weak(seen, now)) {
    }
    server.wait_while_running(std::chrono::milliseconds(10));
    --in_flight;
    res.set_content("ok", "text/plain");
  });
  server.start();
  fetch::ClientOptions options = test_options();
  options.per_host_concurrency = GetParam();
  fetch::Client client(options);
  std::vector<fetch::Request> requests;
  for (int i = 0; i < 50; ++i) requests.push_back({server.url("/slow/" + std::to_string(i))});
  const auto results = client.fetch_all(requests);
  for (const auto& r : results) ASSERT_TRUE(r.has_value()) << r.error().message;
  EXPECT_GE(most.load(), 1);
  EXPECT_LE(most.load(), GetParam());
}

INSTANTIATE_TEST_SUITE_P(HttpClient, PerHostConcurrency, ::testing::Values(1, 2, 4));

TEST(HttpClient, OptionsFromConfig) {
  core::Config config;
  config.net.allow_addresses = {"127.0.0.1"};
  config.net.timeout_s = 12;
  config.net.max_bytes = 4096;
  config.services.twitter_api = "https://api.example.test";
  const auto options = fetch::from_config(config, [](const std::string& name) -> std::optional<std::string> {
    if (name == "EMBEDCHECK_TWITTER_BEARER_TOKEN") return "tok";
    return std::nullopt;
  });
  ASSERT_TRUE(options.has_value());
  EXPECT_EQ(options->total_timeout_s, 12);
  EXPECT_EQ(options->max_bytes, 4096u);
  ASSERT_TRUE(options->credential.has_value());
  EXPECT_EQ(options->credential->base_url, "https://api.example.test");
  EXPECT_EQ(options->credential->bearer_token, "tok");
  EXPECT_TRUE(options->allow.allows(*fetch::IpAddress::parse("127.0.0.1")));

  config.net.allow_addresses = {"nope"};
  const auto bad = fetch::from_config(config, [](const std::string&) { return std::nullopt; });
  ASSERT_FALSE(bad.has_value());
  EXPECT_EQ(bad.error().input, "net.allow_addresses");
}

}  // namespace
