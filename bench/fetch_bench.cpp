// fetch_all against one-at-a-time fetch: 200 small fixtures over loopback.
// Per-host limits would make both sides equally slow, so this run lifts them
// (argv[1] transfers at once, default 8, and no rate limit): it measures the
// multi loop, not the politeness settings. More than 8 gains nothing here: the
// fixture server has 8 worker threads, each held by a kept-alive connection.
// Timings are printed, never asserted.
#include <chrono>
#include <iostream>
#include <string>
#include <vector>

#include "fetch/http_client.hpp"
#include "tests/fetch/loopback_server.hpp"

int main(int argc, char** argv) {
  const int concurrency = argc > 1 ? std::stoi(argv[1]) : 8;
  fetch_testing::LoopbackServer server;
  server.http().Get(R"(/fixture/(\d+))", [](const httplib::Request& req, httplib::Response& res) {
    res.set_content("{\"id\":" + req.matches[1].str() + ",\"text\":\"" + std::string(2000, 'x') + "\"}",
                    "application/json");
  });
  server.start();

  fetch::ClientOptions options;
  options.allow = *fetch::AllowList::parse({"127.0.0.1"});
  options.per_host_concurrency = concurrency;
  options.per_host_rate = 0;
  std::vector<fetch::Request> requests;
  for (int i = 0; i < 200; ++i) requests.push_back({server.url("/fixture/" + std::to_string(i))});

  using Clock = std::chrono::steady_clock;
  auto seconds = [](Clock::duration d) { return std::chrono::duration<double>(d).count(); };

  fetch::Client serial_client(options);
  const auto serial_start = Clock::now();
  int serial_ok = 0;
  for (const auto& request : requests) serial_ok += serial_client.fetch(request).has_value();
  const double serial = seconds(Clock::now() - serial_start);

  fetch::Client parallel_client(options);
  const auto parallel_start = Clock::now();
  int parallel_ok = 0;
  for (const auto& result : parallel_client.fetch_all(requests)) parallel_ok += result.has_value();
  const double parallel = seconds(Clock::now() - parallel_start);

  std::cout << "200 fixtures over loopback (per-host concurrency " << concurrency << ", no rate limit)\n"
            << "  one at a time: " << serial << " s (" << serial_ok << " ok)\n"
            << "  fetch_all:     " << parallel << " s (" << parallel_ok << " ok)\n"
            << "  ratio one-at-a-time / fetch_all: " << serial / parallel << "\n";
  return serial_ok == 200 && parallel_ok == 200 ? 0 : 1;
}
