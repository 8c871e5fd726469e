#pragma once
// Which failures are worth another attempt, and how long to wait before it.

#include <chrono>
#include <optional>
#include <random>

namespace fetch {

// 429 and 5xx: the server may answer later. Other 4xx will not change.
bool retriable_status(long status);

struct RetryPolicy {
  std::chrono::milliseconds backoff_base{500};
  std::chrono::seconds max_wait{60};
};

// The wait before attempt `next_attempt` (2 for the first retry). A server's
// Retry-After (seconds, as libcurl reports it for both header forms) is
// honoured up to max_wait; otherwise exponential backoff with full jitter:
// uniform in [0, min(max_wait, base · 2^(next_attempt-2))].
std::chrono::milliseconds retry_delay(int next_attempt, std::optional<std::chrono::seconds> retry_after,
                                      const RetryPolicy& policy, std::mt19937_64& random);

}  // namespace fetch
