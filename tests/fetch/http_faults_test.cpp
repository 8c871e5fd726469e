// Faults served by a real server on 127.0.0.1: retries, resets, stalls,
// oversized and compressed bodies. Order of events is asserted, never durations.
#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>
#include <mutex>

#include "tests/fetch/client_fixture.hpp"
#include "tests/support/paths.hpp"

namespace {

using fetch_testing::contains;
using fetch_testing::LoopbackServer;
using fetch_testing::test_options;

// Serves statuses from a script, one a request, then 200 "done".
struct Scripted {
  std::mutex mutex;
  std::vector<int> statuses;
  std::vector<std::string> events;
  std::size_t next = 0;
};

void serve_script(LoopbackServer& server, const std::string& path, Scripted& script,
                  const std::string& retry_after = "") {
  server.http().Get(path, [&script, retry_after, path](const httplib::Request&, httplib::Response& res) {
    std::lock_guard lock(script.mutex);
    const int status = script.next < script.statuses.size() ? script.statuses[script.next] : 200;
    ++script.next;
    script.events.push_back(path + " " + std::to_string(status));
    res.status = status;
    if (status != 200 && !retry_after.empty()) res.set_header("Retry-After", retry_after);
    res.set_content(status == 200 ? "done" : "later", "text/plain");
  });
}

TEST(HttpFaults, WaitsForRetryAfterThenSucceeds) {
  LoopbackServer server;
  Scripted script;
  script.statuses = {429};
  serve_script(server, "/limited", script, "1");
  server.start();
  fetch::Client client(test_options());
  const auto result = client.fetch({server.url("/limited")});
  ASSERT_TRUE(result.has_value()) << result.error().message;
  EXPECT_EQ(result->attempts, 2);
  EXPECT_EQ(result->body, "done");
  EXPECT_EQ(script.events, (std::vector<std::string>{"/limited 429", "/limited 200"}));
}

TEST(HttpFaults, ARetryWaitDoesNotHoldUpOtherTransfers) {
  LoopbackServer server;
  Scripted limited;
  limited.statuses = {503};
  serve_script(server, "/limited", limited, "1");
  server.http().Get("/free", [](const httplib::Request&, httplib::Response& res) {
    res.set_content("free", "text/plain");
  });
  server.start();
  fetch::Client client(test_options());
  std::vector<std::string> finished;
  const auto results = client.fetch_all({{server.url("/limited")}, {server.url("/free")}},
                                        [&](std::size_t, std::size_t, const std::string& url) {
                                          finished.push_back(url);
                                        });
  ASSERT_TRUE(results[0].has_value());
  ASSERT_TRUE(results[1].has_value());
  EXPECT_EQ(finished, (std::vector<std::string>{server.url("/free"), server.url("/limited")}));
}

TEST(HttpFaults, RetriesServerErrorsThenSucceeds) {
  LoopbackServer server;
  Scripted script;
  script.statuses = {503, 500};
  serve_script(server, "/flaky", script);
  server.start();
  fetch::Client client(test_options());
  const auto result = client.fetch({server.url("/flaky")});
  ASSERT_TRUE(result.has_value()) << result.error().message;
  EXPECT_EQ(result->attempts, 3);
  EXPECT_EQ(script.events, (std::vector<std::string>{"/flaky 503", "/flaky 500", "/flaky 200"}));
}

TEST(HttpFaults, GivesUpWhenRetriesRunOut) {
  LoopbackServer server;
  Scripted script;
  script.statuses = {503, 503, 503, 503};
  serve_script(server, "/down", script);
  server.start();
  fetch::ClientOptions options = test_options();
  options.retries = 2;
  fetch::Client client(options);
  const auto result = client.fetch({server.url("/down")});
  ASSERT_FALSE(result.has_value());
  EXPECT_EQ(result.error().message, "HTTP 503 (after 3 attempts)");
  EXPECT_EQ(script.next, 3u);
}

TEST(HttpFaults, CapsALongRetryAfter) {
  LoopbackServer server;
  Scripted script;
  script.statuses = {429};
  serve_script(server, "/slow-down", script, "86400");
  server.start();
  fetch::ClientOptions options = test_options();
  options.max_retry_after = std::chrono::seconds(0);
  fetch::Client client(options);
  const auto result = client.fetch({server.url("/slow-down")});
  ASSERT_TRUE(result.has_value()) << result.error().message;
  EXPECT_EQ(result->attempts, 2);
}

TEST(HttpFaults, DoesNotRetryClientErrors) {
  LoopbackServer server;
  Scripted script;
  script.statuses = {400, 400};
  serve_script(server, "/bad", script);
  server.start();
  fetch::Client client(test_options());
  const auto result = client.fetch({server.url("/bad")});
  ASSERT_FALSE(result.has_value());
  EXPECT_EQ(result.error().message, "HTTP 400");
  EXPECT_EQ(script.next, 1u);
}

// Sends 1200 of the 5000 bytes it announces, then drops the connection.
void serve_truncated(LoopbackServer& server, std::atomic<int>& hits) {
  server.http().Get("/cut", [&hits](const httplib::Request&, httplib::Response& res) {
    ++hits;
    res.set_content_provider(5000, "application/octet-stream",
                             [](std::size_t offset, std::size_t, httplib::DataSink& sink) {
                               if (offset >= 1200) return false;
                               const std::string part(1200, 'p');
                               sink.write(part.data(), part.size());
                               return true;
                             });
  });
}

TEST(HttpFaults, ABodyCutShortIsAnErrorAndIsRetried) {
  LoopbackServer server;
  std::atomic<int> hits{0};
  serve_truncated(server, hits);
  server.start();
  fetch::ClientOptions options = test_options();
  options.retries = 1;
  fetch::Client client(options);
  const auto result = client.fetch({server.url("/cut")});
  ASSERT_FALSE(result.has_value());
  EXPECT_EQ(result.error().message, "connection closed after 1200 of 5000 bytes (after 2 attempts)");
  EXPECT_EQ(hits.load(), 2);
}

TEST(HttpFaults, AFailedTransferLeavesNoFile) {
  LoopbackServer server;
  std::atomic<int> hits{0};
  serve_truncated(server, hits);
  server.start();
  const auto dir = testing_support::temp_dir("fetch_failed_file");
  fetch::Request request{server.url("/cut")};
  request.body_file = dir / "cut.bin";
  fetch::ClientOptions options = test_options();
  options.retries = 0;
  fetch::Client client(options);
  ASSERT_FALSE(client.fetch(request).has_value());
  EXPECT_FALSE(std::filesystem::exists(dir / "cut.bin"));
  EXPECT_FALSE(std::filesystem::exists(dir / "cut.bin.part"));
}

TEST(HttpFaults, AStalledServerHitsTheLowSpeedTimeout) {
  LoopbackServer server;
  server.http().Get("/stall", [&server](const httplib::Request&, httplib::Response& res) {
    res.set_chunked_content_provider("text/plain", [&server](std::size_t offset, httplib::DataSink& sink) {
      if (offset == 0) {
        sink.write("start", 5);
        return true;
      }
      server.wait_while_running(std::chrono::seconds(20));
      return false;
    });
  });
  server.start();
  fetch::ClientOptions options = test_options();
  options.low_speed_time_s = 1;
  options.retries = 0;
  fetch::Client client(options);
  const auto result = client.fetch({server.url("/stall")});
  ASSERT_FALSE(result.has_value());
  EXPECT_EQ(result.error().message, "no data for 1 s (low-speed timeout)");
}

TEST(HttpFaults, RefusesBodiesOverTheCap) {
  LoopbackServer server;
  server.http().Get("/big", [](const httplib::Request&, httplib::Response& res) {
    res.set_content(std::string(2 << 20, 'b'), "application/octet-stream");
  });
  server.http().Get("/endless", [&server](const httplib::Request&, httplib::Response& res) {
    res.set_chunked_content_provider("application/octet-stream", [&server](std::size_t, httplib::DataSink& sink) {
      const std::string block(64 * 1024, 'e');
      return !server.stopping() && sink.write(block.data(), block.size());
    });
  });
  server.http().Get("/fits", [](const httplib::Request&, httplib::Response& res) {
    res.set_content(std::string(1000, 'f'), "application/octet-stream");
  });
  server.start();
  fetch::Client client(test_options());
  for (const char* path : {"/big", "/endless"}) {
    const auto result = client.fetch({server.url(path)});
    ASSERT_FALSE(result.has_value()) << path;
    EXPECT_EQ(result.error().message, "body larger than net.max_bytes (1048576 bytes)");
  }
  fetch::Request tight{server.url("/fits")};
  tight.max_bytes = 999;
  const auto result = client.fetch(tight);
  ASSERT_FALSE(result.has_value());
  EXPECT_EQ(result.error().message, "body larger than the request's max_bytes (999 bytes)");
}

TEST(HttpFaults, StopsAGzipBombAtTheCapOnDecodedBytes) {
  // 50 MB of zeros gzipped is about 50 KB on the wire.
  std::string bomb;
  {
    httplib::detail::gzip_compressor gzip;
    const std::string zeros(1 << 20, '\0');
    for (int i = 0; i < 50; ++i) {
      ASSERT_TRUE(gzip.compress(zeros.data(), zeros.size(), i == 49, [&](const char* data, std::size_t n) {
        bomb.append(data, n);
        return true;
      }));
    }
  }
  ASSERT_LT(bomb.size(), 1u << 20);
  LoopbackServer server;
  server.http().Get("/bomb", [&bomb](const httplib::Request&, httplib::Response& res) {
    res.set_header("Content-Encoding", "gzip");
    res.set_content(bomb, "application/octet-stream");
  });
  server.http().Get("/small", [](const httplib::Request&, httplib::Response& res) {
    std::string small;
    httplib::detail::gzip_compressor gzip;
    gzip.compress("compressed text", 15, true, [&](const char* data, std::size_t n) {
      small.append(data, n);
      return true;
    });
    res.set_header("Content-Encoding", "gzip");
    res.set_content(small, "text/plain");
  });
  server.start();
  const auto dir = testing_support::temp_dir("fetch_gzip_bomb");
  fetch::Request request{server.url("/bomb")};
  request.body_file = dir / "bomb.bin";
  fetch::Client client(test_options());
  const auto result = client.fetch(request);
  ASSERT_FALSE(result.has_value());
  EXPECT_EQ(result.error().message, "body larger than net.max_bytes (1048576 bytes)");
  EXPECT_FALSE(std::filesystem::exists(dir / "bomb.bin"));
  EXPECT_FALSE(std::filesystem::exists(dir / "bomb.bin.part"));

  const auto small = client.fetch({server.url("/small")});
  ASSERT_TRUE(small.has_value()) << small.error().message;
  EXPECT_EQ(small->body, "compressed text");
}

TEST(HttpFaults, ANonHttpServerIsAnError) {
  // A listener that closes at once: nothing comes back.
  LoopbackServer server;
  server.http().Get("/nothing", [](const httplib::Request&, httplib::Response& res) {
    res.set_content_provider(10, "text/plain", [](std::size_t, std::size_t, httplib::DataSink&) { return false; });
  });
  server.start();
  fetch::ClientOptions options = test_options();
  options.retries = 0;
  fetch::Client client(options);
  const auto result = client.fetch({server.url("/nothing")});
  ASSERT_FALSE(result.has_value());
  EXPECT_TRUE(contains(result.error().message, "connection closed")) << result.error().message;
}

}  // namespace
