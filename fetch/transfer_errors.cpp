#include "fetch/transfer_errors.hpp"

#include <string_view>

namespace fetch {

namespace {

std::string with_detail(std::string message, const char* detail) {
  if (detail != nullptr && detail[0] != '\0') message += ": " + std::string(detail);
  return message;
}

}  // namespace

TransferFailure describe_failure(const Transfer& transfer, CURLcode code, const ClientOptions& options) {
  // Our own reasons first: they explain the libcurl code that follows them.
  if (transfer.refusal()) return {*transfer.refusal(), false};
  const std::uint64_t cap = transfer.settings().max_bytes;
  if (transfer.too_large() || code == CURLE_FILESIZE_EXCEEDED) {
    const std::string which = cap < options.max_bytes ? "the request's max_bytes" : "net.max_bytes";
    return {"body larger than " + which + " (" + std::to_string(cap) + " bytes)", false};
  }
  if (transfer.write_error()) return {*transfer.write_error(), false};

  CURL* easy = transfer.easy();
  curl_off_t expected = -1;
  curl_easy_getinfo(easy, CURLINFO_CONTENT_LENGTH_DOWNLOAD_T, &expected);
  curl_off_t received = 0;
  curl_easy_getinfo(easy, CURLINFO_SIZE_DOWNLOAD_T, &received);
  const std::string bytes = std::to_string(received);

  switch (code) {
    case CURLE_PARTIAL_FILE:
      if (expected >= 0) {
        return {"connection closed after " + bytes + " of " + std::to_string(expected) + " bytes", true};
      }
      return {"connection closed after " + bytes + " bytes, before the body ended", true};
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
      return {"connection reset after " + bytes + " bytes", true};
    case CURLE_GOT_NOTHING:
      return {"connection closed without a response", true};
    case CURLE_OPERATION_TIMEDOUT: {
      curl_off_t connect_us = 0;
      curl_easy_getinfo(easy, CURLINFO_CONNECT_TIME_T, &connect_us);
      if (connect_us == 0) {
        return {"could not connect within " + std::to_string(options.connect_timeout_s) + " s", true};
      }
      // libcurl words the low-speed abort as "Operation too slow".
      if (std::string_view(transfer.error_text()).find("too slow") != std::string_view::npos) {
        return {"no data for " + std::to_string(options.low_speed_time_s) + " s (low-speed timeout)", true};
      }
      return {"timed out after " + std::to_string(options.total_timeout_s) + " s (net.timeout_s)", true};
    }
    case CURLE_COULDNT_CONNECT:
      return {with_detail("could not connect", transfer.error_text()), true};
    case CURLE_COULDNT_RESOLVE_HOST:
      // A name that does not resolve rarely starts to within a retry's wait.
      return {with_detail("could not resolve the host", transfer.error_text()), false};
    case CURLE_UNSUPPORTED_PROTOCOL:
      return {"refused: only http and https", false};
    case CURLE_SSL_CONNECT_ERROR:
      return {with_detail("TLS handshake failed", transfer.error_text()), true};
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
      return {with_detail("TLS certificate not trusted", transfer.error_text()), false};
    case CURLE_ABORTED_BY_CALLBACK:
      return {"transfer aborted", false};
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
      return {with_detail("HTTP/2 error", transfer.error_text()), true};
    default:
      return {with_detail(curl_easy_strerror(code), transfer.error_text()), false};
  }
}

}  // namespace fetch
