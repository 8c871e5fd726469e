#include "fetch/url.hpp"

#include <curl/curl.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <memory>
#include <string_view>

namespace fetch {

namespace {

struct UrlDeleter {
  void operator()(CURLU* handle) const { curl_url_cleanup(handle); }
};
using UrlHandle = std::unique_ptr<CURLU, UrlDeleter>;

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); });
  return text;
}

std::optional<std::string> part(CURLU* handle, CURLUPart which, unsigned flags = 0) {
  char* text = nullptr;
  if (curl_url_get(handle, which, &text, flags) != CURLUE_OK || text == nullptr) return std::nullopt;
  std::string result(text);
  curl_free(text);
  return result;
}

UrlHandle parsed(const std::string& url) {
  UrlHandle handle(curl_url());
  if (!handle) return nullptr;
  if (curl_url_set(handle.get(), CURLUPART_URL, url.c_str(), CURLU_NON_SUPPORT_SCHEME) != CURLUE_OK) {
    return nullptr;
  }
  return handle;
}

bool secret_name(std::string_view name) {
  static constexpr std::array<std::string_view, 10> words = {
      "token", "key", "sig", "secret", "password", "passwd", "auth", "session", "credential", "signature"};
  const std::string folded = lower(std::string(name));
  return std::any_of(words.begin(), words.end(),
                     [&](std::string_view w) { return folded.find(w) != std::string::npos; });
}

}  // namespace

std::optional<UrlParts> parse_url(const std::string& url) {
  UrlHandle handle = parsed(url);
  if (!handle) return std::nullopt;
  UrlParts parts;
  const auto scheme = part(handle.get(), CURLUPART_SCHEME);
  if (!scheme) return std::nullopt;
  parts.scheme = lower(*scheme);
  if (auto host = part(handle.get(), CURLUPART_HOST)) {
    std::string h = lower(*host);
    if (h.size() >= 2 && h.front() == '[' && h.back() == ']') h = h.substr(1, h.size() - 2);
    parts.host = h;
  }
  if (auto port = part(handle.get(), CURLUPART_PORT, CURLU_DEFAULT_PORT)) {
    std::from_chars(port->data(), port->data() + port->size(), parts.port);
  }
  return parts;
}

std::optional<std::string> resolve_url(const std::string& base, const std::string& location) {
  UrlHandle handle = parsed(base);
  if (!handle) return std::nullopt;
  // With a base already set, curl_url_set resolves a relative reference (RFC 3986).
  if (curl_url_set(handle.get(), CURLUPART_URL, location.c_str(), CURLU_NON_SUPPORT_SCHEME) != CURLUE_OK) {
    return std::nullopt;
  }
  return part(handle.get(), CURLUPART_URL);
}

std::string redact_url(const std::string& url) {
  UrlHandle handle = parsed(url);
  if (!handle) {
    // Not a URL: keep it recognisable but drop anything after '?' or '#'.
    return url.substr(0, url.find_first_of("?#"));
  }
  curl_url_set(handle.get(), CURLUPART_USER, nullptr, 0);
  curl_url_set(handle.get(), CURLUPART_PASSWORD, nullptr, 0);
  curl_url_set(handle.get(), CURLUPART_FRAGMENT, nullptr, 0);
  if (auto query = part(handle.get(), CURLUPART_QUERY)) {
    std::string rewritten;
    std::string_view rest = *query;
    while (!rest.empty()) {
      const std::size_t amp = rest.find('&');
      std::string_view pair = rest.substr(0, amp);
      rest = amp == std::string_view::npos ? std::string_view() : rest.substr(amp + 1);
      const std::size_t eq = pair.find('=');
      if (!rewritten.empty()) rewritten += '&';
      if (eq != std::string_view::npos && secret_name(pair.substr(0, eq))) {
        rewritten += std::string(pair.substr(0, eq)) + "=REDACTED";
      } else {
        rewritten += std::string(pair);
      }
    }
    curl_url_set(handle.get(), CURLUPART_QUERY, rewritten.c_str(), 0);
  }
  return part(handle.get(), CURLUPART_URL).value_or(url.substr(0, url.find_first_of("?#")));
}

}  // namespace fetch
