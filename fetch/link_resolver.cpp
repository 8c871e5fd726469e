#include "fetch/link_resolver.hpp"

#include <algorithm>
#include <cctype>

#include "fetch/url.hpp"

namespace fetch {
namespace {

bool on_list(const std::string& host, const std::vector<std::string>& hosts) {
  return std::find(hosts.begin(), hosts.end(), host) != hosts.end();
}

bool is_twitter_host(const std::string& host) {
  for (const char* base : {"twitter.com", "x.com"}) {
    const std::string b = base;
    if (host == b || (host.size() > b.size() && host.ends_with("." + b))) return true;
  }
  return false;
}

}  // namespace

std::optional<std::string> resolver_link(const core::Embed& embed, const std::vector<std::string>& resolver_hosts) {
  for (const auto& link : embed.urls) {
    const std::string url = link.find("://") == std::string::npos ? "https://" + link : link;
    const auto parts = parse_url(url);
    if (!parts || (parts->scheme != "http" && parts->scheme != "https")) continue;
    if (on_list(parts->host, resolver_hosts)) return url;
  }
  return std::nullopt;
}

std::optional<std::string> status_id(const std::string& url, const std::vector<std::string>& resolver_hosts) {
  const auto parts = parse_url(url);
  if (!parts || (!is_twitter_host(parts->host) && !on_list(parts->host, resolver_hosts))) return std::nullopt;
  const std::string path = url.substr(0, url.find_first_of("?#"));
  for (const char* marker : {"/status/", "/statuses/"}) {
    const auto at = path.find(marker);
    if (at == std::string::npos) continue;
    std::string id;
    for (std::size_t i = at + std::char_traits<char>::length(marker); i < path.size(); ++i) {
      if (!std::isdigit(static_cast<unsigned char>(path[i]))) break;
      id += path[i];
    }
    if (!id.empty() && id.size() <= 20) return id;
  }
  return std::nullopt;
}

}  // namespace fetch
