#include "fetch/ip_address.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <algorithm>
#include <cstring>

namespace fetch {

std::optional<IpAddress> IpAddress::parse(std::string_view text) {
  // inet_pton needs a terminated string; a longer text is no address.
  if (text.empty() || text.size() >= INET6_ADDRSTRLEN) return std::nullopt;
  const std::string terminated(text);
  IpAddress result;
  if (::inet_pton(AF_INET, terminated.c_str(), result.bytes_.data()) == 1) {
    result.family_ = Family::v4;
    return result;
  }
  if (::inet_pton(AF_INET6, terminated.c_str(), result.bytes_.data()) == 1) {
    result.family_ = Family::v6;
    return result;
  }
  return std::nullopt;
}

std::optional<IpAddress> IpAddress::from_sockaddr(const sockaddr* address, std::size_t length) {
  if (address == nullptr) return std::nullopt;
  IpAddress result;
  if (address->sa_family == AF_INET && length >= sizeof(sockaddr_in)) {
    sockaddr_in in{};
    std::memcpy(&in, address, sizeof in);
    result.family_ = Family::v4;
    std::memcpy(result.bytes_.data(), &in.sin_addr, 4);
    return result;
  }
  if (address->sa_family == AF_INET6 && length >= sizeof(sockaddr_in6)) {
    sockaddr_in6 in6{};
    std::memcpy(&in6, address, sizeof in6);
    result.family_ = Family::v6;
    std::memcpy(result.bytes_.data(), &in6.sin6_addr, 16);
    return result;
  }
  return std::nullopt;
}

IpAddress IpAddress::v4(std::uint8_t a, std::uint8_t b, std::uint8_t c, std::uint8_t d) {
  IpAddress result;
  result.family_ = Family::v4;
  result.bytes_[0] = a;
  result.bytes_[1] = b;
  result.bytes_[2] = c;
  result.bytes_[3] = d;
  return result;
}

IpAddress IpAddress::from_bytes(Family family, const std::array<std::uint8_t, 16>& bytes) {
  IpAddress result;
  result.family_ = family;
  result.bytes_ = bytes;
  if (family == Family::v4) std::fill(result.bytes_.begin() + 4, result.bytes_.end(), 0);
  return result;
}

bool IpAddress::same_prefix(const IpAddress& other, int bits) const {
  if (family_ != other.family_ || bits < 0 || bits > bit_count()) return false;
  const int whole = bits / 8;
  if (std::memcmp(bytes_.data(), other.bytes_.data(), static_cast<std::size_t>(whole)) != 0) return false;
  const int rest = bits % 8;
  if (rest == 0) return true;
  const auto mask = static_cast<std::uint8_t>(0xFF << (8 - rest));
  return (bytes_[whole] & mask) == (other.bytes_[whole] & mask);
}

std::string IpAddress::to_string() const {
  char text[INET6_ADDRSTRLEN] = {};
  ::inet_ntop(is_v4() ? AF_INET : AF_INET6, bytes_.data(), text, sizeof text);
  return text;
}

namespace {

// One prefix given as text, parsed once: keeps the range tables readable.
struct Range {
  IpAddress network;
  int bits;
  AddressClass kind;
};

Range range(const char* network, int bits, AddressClass kind) {
  return Range{*IpAddress::parse(network), bits, kind};
}

const std::array<Range, 16>& v4_ranges() {
  using K = AddressClass;
  static const std::array<Range, 16> ranges = {
      range("255.255.255.255", 32, K::broadcast),
      range("0.0.0.0", 8, K::unspecified),
      range("127.0.0.0", 8, K::loopback),
      range("10.0.0.0", 8, K::private_network),
      range("172.16.0.0", 12, K::private_network),
      range("192.168.0.0", 16, K::private_network),
      range("169.254.0.0", 16, K::link_local),
      range("100.64.0.0", 10, K::shared_cgnat),
      range("224.0.0.0", 4, K::multicast),
      range("240.0.0.0", 4, K::reserved),
      range("192.0.0.0", 24, K::reserved),  // IETF protocol assignments
      range("192.88.99.0", 24, K::reserved),  // retired 6to4 relay anycast
      range("198.18.0.0", 15, K::benchmarking),
      range("192.0.2.0", 24, K::documentation),
      range("198.51.100.0", 24, K::documentation),
      range("203.0.113.0", 24, K::documentation),
  };
  return ranges;
}

const std::array<Range, 13>& v6_ranges() {
  using K = AddressClass;
  static const std::array<Range, 13> ranges = {
      range("::", 128, K::unspecified),
      range("::1", 128, K::loopback),
      range("100::", 64, K::discard_only),
      // Local-use NAT64 (RFC 8215): its IPv4 sits at a position chosen by each
      // network, so the embedded address cannot be read back reliably.
      range("64:ff9b:1::", 48, K::reserved),
      range("2001::", 32, K::teredo),
      range("2001:db8::", 32, K::documentation),
      range("3fff::", 20, K::documentation),
      range("2001::", 23, K::reserved),  // IETF protocol assignments (after Teredo above)
      range("fc00::", 7, K::unique_local),
      range("fe80::", 10, K::link_local),
      range("fec0::", 10, K::site_local),
      range("ff00::", 8, K::multicast),
      // Deprecated IPv4-compatible form (RFC 4291 §2.5.5.1): no network routes
      // it, so it is refused whatever IPv4 it carries (:: and ::1 matched above).
      range("::", 96, K::reserved),
  };
  return ranges;
}

Classification classify_v4(const IpAddress& address) {
  for (const Range& r : v4_ranges()) {
    if (address.same_prefix(r.network, r.bits)) return Classification{r.kind, std::nullopt};
  }
  return Classification{};
}

IpAddress v4_at(const IpAddress& v6, std::size_t offset) {
  const auto& b = v6.bytes();
  return IpAddress::v4(b[offset], b[offset + 1], b[offset + 2], b[offset + 3]);
}

}  // namespace

Classification classify(const IpAddress& address) {
  if (address.is_v4()) return classify_v4(address);

  // Forms that carry an IPv4 address reach that address: they are judged by it,
  // so ::ffff:127.0.0.2 is refused as loopback and ::ffff:8.8.8.8 is public.
  static const IpAddress mapped = *IpAddress::parse("::ffff:0:0");
  static const IpAddress nat64 = *IpAddress::parse("64:ff9b::");
  static const IpAddress six_to_four = *IpAddress::parse("2002::");
  std::optional<IpAddress> embedded;
  if (address.same_prefix(mapped, 96) || address.same_prefix(nat64, 96)) {
    embedded = v4_at(address, 12);
  } else if (address.same_prefix(six_to_four, 16)) {
    embedded = v4_at(address, 2);
  }
  if (embedded) {
    Classification inner = classify_v4(*embedded);
    inner.embedded_v4 = embedded;
    return inner;
  }

  for (const Range& r : v6_ranges()) {
    if (address.same_prefix(r.network, r.bits)) return Classification{r.kind, std::nullopt};
  }
  // IANA allocates global unicast from 2000::/3 only.
  static const IpAddress global_unicast = *IpAddress::parse("2000::");
  if (!address.same_prefix(global_unicast, 3)) return Classification{AddressClass::reserved, std::nullopt};
  return Classification{};
}

std::string describe(AddressClass kind) {
  switch (kind) {
    case AddressClass::public_address: return "public address";
    case AddressClass::unspecified: return "unspecified address";
    case AddressClass::loopback: return "loopback address";
    case AddressClass::private_network: return "private address";
    case AddressClass::link_local: return "link-local address";
    case AddressClass::shared_cgnat: return "shared CGNAT address";
    case AddressClass::multicast: return "multicast address";
    case AddressClass::broadcast: return "broadcast address";
    case AddressClass::reserved: return "reserved address";
    case AddressClass::benchmarking: return "benchmarking address";
    case AddressClass::documentation: return "documentation address";
    case AddressClass::unique_local: return "unique local address";
    case AddressClass::site_local: return "site-local address";
    case AddressClass::teredo: return "Teredo address";
    case AddressClass::discard_only: return "discard-only address";
  }
  return "address";
}

std::string describe(const Classification& classification) {
  std::string text = describe(classification.kind);
  if (classification.embedded_v4) text += ", embedded IPv4 " + classification.embedded_v4->to_string();
  return text;
}

}  // namespace fetch
