#pragma once
// IP addresses as the fetch client sees them (parsed from the config, from the
// URL or from the socket address libcurl is about to connect to), and the
// classification that decides which of them may be contacted at all.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

struct sockaddr;

namespace fetch {

class IpAddress {
 public:
  enum class Family { v4, v6 };

  // Strict dotted-quad IPv4 or RFC 4291 IPv6 text (inet_pton): "127.1",
  // "0x7f.0.0.1" and bracketed forms are not addresses here.
  static std::optional<IpAddress> parse(std::string_view text);
  // From AF_INET / AF_INET6 socket addresses; nullopt for any other family.
  static std::optional<IpAddress> from_sockaddr(const sockaddr* address, std::size_t length);
  static IpAddress v4(std::uint8_t a, std::uint8_t b, std::uint8_t c, std::uint8_t d);
  static IpAddress from_bytes(Family family, const std::array<std::uint8_t, 16>& bytes);

  Family family() const { return family_; }
  bool is_v4() const { return family_ == Family::v4; }
  int bit_count() const { return is_v4() ? 32 : 128; }
  // Network byte order; an IPv4 address uses the first 4 bytes.
  const std::array<std::uint8_t, 16>& bytes() const { return bytes_; }
  // Whether the first `bits` bits equal those of `other` (same family only).
  bool same_prefix(const IpAddress& other, int bits) const;
  std::string to_string() const;

  bool operator==(const IpAddress&) const = default;

 private:
  Family family_ = Family::v4;
  std::array<std::uint8_t, 16> bytes_{};
};

// Ranges the client refuses to connect to unless the address is allow-listed.
enum class AddressClass {
  public_address,
  unspecified,      // 0.0.0.0/8, ::
  loopback,         // 127/8, ::1
  private_network,  // 10/8, 172.16/12, 192.168/16
  link_local,       // 169.254/16 (cloud metadata lives here), fe80::/10
  shared_cgnat,     // 100.64/10
  multicast,        // 224/4, ff00::/8
  broadcast,        // 255.255.255.255
  reserved,         // 240/4, 192.0.0/24, IPv6 outside 2000::/3, deprecated forms
  benchmarking,     // 198.18/15
  documentation,    // 192.0.2/24, 198.51.100/24, 203.0.113/24, 2001:db8::/32, 3fff::/20
  unique_local,     // fc00::/7
  site_local,       // fec0::/10
  teredo,           // 2001::/32
  discard_only,     // 100::/64
};

struct Classification {
  AddressClass kind = AddressClass::public_address;
  // Set when an IPv6 address carries an IPv4 address that decided the class
  // (IPv4-mapped, NAT64 64:ff9b::/96, 6to4 2002::/16).
  std::optional<IpAddress> embedded_v4;

  bool is_public() const { return kind == AddressClass::public_address; }
};

Classification classify(const IpAddress& address);

// "loopback address", "private address", "Teredo address", … for messages.
std::string describe(AddressClass kind);
// describe() plus the embedded IPv4 when there is one:
// "loopback address, embedded IPv4 127.0.0.2".
std::string describe(const Classification& classification);

}  // namespace fetch
