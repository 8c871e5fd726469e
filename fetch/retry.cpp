#include "fetch/retry.hpp"

#include <algorithm>

namespace fetch {

bool retriable_status(long status) { return status == 429 || (status >= 500 && status <= 599); }

std::chrono::milliseconds retry_delay(int next_attempt, std::optional<std::chrono::seconds> retry_after,
                                      const RetryPolicy& policy, std::mt19937_64& random) {
  using std::chrono::milliseconds;
  const milliseconds cap = std::chrono::duration_cast<milliseconds>(policy.max_wait);
  if (retry_after) {
    return std::clamp(std::chrono::duration_cast<milliseconds>(*retry_after), milliseconds(0), cap);
  }
  // Doubling stops early: past 2^20 the cap has long been reached.
  const int doublings = std::clamp(next_attempt - 2, 0, 20);
  const milliseconds ceiling = std::min(cap, milliseconds(policy.backoff_base.count() * (1LL << doublings)));
  if (ceiling.count() <= 0) return milliseconds(0);
  std::uniform_int_distribution<long long> pick(0, ceiling.count());
  return milliseconds(pick(random));
}

}  // namespace fetch
