#pragma once
// net.allow_addresses: addresses or CIDR prefixes the client may contact even
// though they are not public (tests allow exactly 127.0.0.1).

#include <string>
#include <vector>

#include "core/result.hpp"
#include "fetch/ip_address.hpp"

namespace fetch {

struct CidrRange {
  IpAddress network;
  int prefix_bits = 0;

  bool contains(const IpAddress& address) const { return address.same_prefix(network, prefix_bits); }
  std::string to_string() const;
};

class AllowList {
 public:
  AllowList() = default;
  explicit AllowList(std::vector<CidrRange> ranges) : ranges_(std::move(ranges)) {}

  // A bad entry is a config error naming it; a prefix with host bits set
  // ("10.0.0.1/8") is refused too, with the network it probably meant.
  static core::Result<AllowList> parse(const std::vector<std::string>& entries);

  // Families are compared as they are: "127.0.0.1" does not admit
  // ::ffff:127.0.0.1 (refusing is the safe side of that ambiguity).
  bool allows(const IpAddress& address) const;
  const std::vector<CidrRange>& ranges() const { return ranges_; }
  bool empty() const { return ranges_.empty(); }

 private:
  std::vector<CidrRange> ranges_;
};

}  // namespace fetch
