#pragma once
// URL handling for the client, through libcurl's own parser (curl_url) so that
// what is checked is what libcurl will connect to.

#include <optional>
#include <string>

namespace fetch {

struct UrlParts {
  std::string scheme;  // lower case
  std::string host;    // lower case; IPv6 without brackets
  int port = 0;        // the scheme's default when the URL names none
};

// Any scheme parses (so that "gopher://…" can be named in a refusal).
std::optional<UrlParts> parse_url(const std::string& url);

// `location` (absolute or relative, as in a Location header) resolved against
// `base`; nullopt when the result is not a URL.
std::optional<std::string> resolve_url(const std::string& base, const std::string& location);

// The URL fit for messages and logs: user name and password removed, and the
// values of query parameters that look like secrets (token, key, sig, …)
// replaced by "REDACTED".
std::string redact_url(const std::string& url);

}  // namespace fetch
