#include "fetch/host_limits.hpp"

#include <algorithm>

namespace fetch {

HostLimits::HostLimits(int concurrency, double rate_per_s) : concurrency_(std::max(1, concurrency)) {
  if (rate_per_s > 0) {
    interval_ = std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(1.0 / rate_per_s));
  }
}

std::optional<HostLimits::Clock::time_point> HostLimits::earliest_start(const std::string& host,
                                                                        Clock::time_point now) const {
  const auto it = hosts_.find(host);
  if (it == hosts_.end()) return now;
  if (it->second.in_flight >= concurrency_) return std::nullopt;
  if (it->second.next_slot && *it->second.next_slot > now) return *it->second.next_slot;
  return now;
}

void HostLimits::started(const std::string& host, Clock::time_point now) {
  State& state = hosts_[host];
  ++state.in_flight;
  // Slots are spaced from the later of now and the last slot, so a burst after
  // a quiet period still starts one interval apart.
  const Clock::time_point base = state.next_slot ? std::max(now, *state.next_slot) : now;
  state.next_slot = base + interval_;
}

void HostLimits::finished(const std::string& host) {
  const auto it = hosts_.find(host);
  if (it != hosts_.end() && it->second.in_flight > 0) --it->second.in_flight;
}

int HostLimits::in_flight(const std::string& host) const {
  const auto it = hosts_.find(host);
  return it == hosts_.end() ? 0 : it->second.in_flight;
}

}  // namespace fetch
