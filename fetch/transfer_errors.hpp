#pragma once
// The one-line message for a transfer libcurl ended with an error, and
// whether another attempt could help.

#include <curl/curl.h>

#include <string>

#include "fetch/http_client.hpp"
#include "fetch/transfer.hpp"

namespace fetch {

struct TransferFailure {
  std::string message;
  bool retriable = false;
};

TransferFailure describe_failure(const Transfer& transfer, CURLcode code, const ClientOptions& options);

}  // namespace fetch
