#pragma once
// The decision for one resolved address, taken right before libcurl connects
// (and again once connected): allowed when on net.allow_addresses, otherwise
// only when public.

#include <optional>
#include <string>

#include "fetch/allow_list.hpp"
#include "fetch/ip_address.hpp"

namespace fetch {

class AddressGuard {
 public:
  explicit AddressGuard(AllowList allow) : allow_(std::move(allow)) {}

  bool allows(const IpAddress& address) const;
  // nullopt when allowed; otherwise the one-line reason, e.g. "refused to
  // connect to 127.0.0.2 (loopback address) for http://…/: not on
  // net.allow_addresses". The URL is redacted here.
  std::optional<std::string> refusal(const IpAddress& address, const std::string& url) const;

  const AllowList& allow_list() const { return allow_; }

 private:
  AllowList allow_;
};

}  // namespace fetch
