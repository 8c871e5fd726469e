#pragma once
// Per-host concurrency and rate limits for the client's transfer loop. Time is
// passed in, so the rules are tested on values, not by waiting.

#include <chrono>
#include <map>
#include <optional>
#include <string>

namespace fetch {

class HostLimits {
 public:
  using Clock = std::chrono::steady_clock;

  // `concurrency` transfers at once per host (at least 1); starts at least
  // 1/`rate_per_s` apart (a rate of 0 or less means no rate limit).
  HostLimits(int concurrency, double rate_per_s);

  // The earliest time a transfer to `host` may start, given the present; nullopt
  // while the host already has `concurrency` transfers running (the next
  // chance comes when one finishes).
  std::optional<Clock::time_point> earliest_start(const std::string& host, Clock::time_point now) const;
  void started(const std::string& host, Clock::time_point now);
  void finished(const std::string& host);
  int in_flight(const std::string& host) const;

 private:
  struct State {
    int in_flight = 0;
    std::optional<Clock::time_point> next_slot;
  };
  int concurrency_;
  Clock::duration interval_{};
  std::map<std::string, State> hosts_;
};

}  // namespace fetch
