#include "fetch/address_guard.hpp"

#include "fetch/url.hpp"

namespace fetch {

bool AddressGuard::allows(const IpAddress& address) const {
  return allow_.allows(address) || classify(address).is_public();
}

std::optional<std::string> AddressGuard::refusal(const IpAddress& address, const std::string& url) const {
  if (allows(address)) return std::nullopt;
  return "refused to connect to " + address.to_string() + " (" + describe(classify(address)) + ") for " +
         redact_url(url) + ": not on net.allow_addresses";
}

}  // namespace fetch
