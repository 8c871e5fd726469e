#pragma once
// Shared set-up for the client tests: a loopback server and options that
// allow exactly 127.0.0.1, with short waits so faults resolve quickly.

#include <gtest/gtest.h>

#include "fetch/http_client.hpp"
#include "tests/fetch/loopback_server.hpp"

namespace fetch_testing {

inline fetch::ClientOptions test_options() {
  fetch::ClientOptions options;
  options.allow = *fetch::AllowList::parse({"127.0.0.1"});
  options.connect_timeout_s = 5;
  options.total_timeout_s = 20;
  options.low_speed_time_s = 5;
  options.backoff_base = std::chrono::milliseconds(1);
  options.per_host_rate = 0;
  options.max_bytes = 1 << 20;
  return options;
}

// "needle" in text, with the text shown when it is missing.
inline ::testing::AssertionResult contains(const std::string& text, const std::string& needle) {
  if (text.find(needle) != std::string::npos) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << "\"" << text << "\" does not contain \"" << needle << "\"";
}

}  // namespace fetch_testing
