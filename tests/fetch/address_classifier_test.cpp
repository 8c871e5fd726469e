// The classifier is tested on values only: nothing here connects anywhere.
#include <gtest/gtest.h>

#include <arpa/inet.h>
#include <netinet/in.h>

#include <cstring>

#include "fetch/ip_address.hpp"

namespace {

using fetch::AddressClass;
using fetch::IpAddress;

AddressClass kind_of(const char* text) {
  const auto address = IpAddress::parse(text);
  EXPECT_TRUE(address.has_value()) << text;
  return address ? fetch::classify(*address).kind : AddressClass::public_address;
}

struct Case {
  const char* text;
  AddressClass kind;
};

class RefusedRanges : public ::testing::TestWithParam<Case> {};

TEST_P(RefusedRanges, ClassifiedAsTheirRange) {
  EXPECT_EQ(kind_of(GetParam().text), GetParam().kind) << GetParam().text << " → "
                                                       << fetch::describe(kind_of(GetParam().text));
}

using K = AddressClass;
INSTANTIATE_TEST_SUITE_P(
    AddressClassifier, RefusedRanges,
    ::testing::Values(
        // IPv4, each range at its edges
        Case{"0.0.0.0", K::unspecified}, Case{"0.255.255.255", K::unspecified},
        Case{"127.0.0.1", K::loopback}, Case{"127.0.0.2", K::loopback}, Case{"127.255.255.254", K::loopback},
        Case{"10.0.0.1", K::private_network}, Case{"10.255.255.255", K::private_network},
        Case{"172.16.0.1", K::private_network}, Case{"172.31.255.255", K::private_network},
        Case{"192.168.1.1", K::private_network}, Case{"169.254.169.254", K::link_local},
        Case{"100.64.0.1", K::shared_cgnat}, Case{"100.127.255.255", K::shared_cgnat},
        Case{"224.0.0.1", K::multicast}, Case{"239.255.255.255", K::multicast},
        Case{"255.255.255.255", K::broadcast}, Case{"240.0.0.1", K::reserved},
        Case{"255.255.255.254", K::reserved}, Case{"192.0.0.8", K::reserved},
        Case{"198.18.0.1", K::benchmarking}, Case{"198.19.255.255", K::benchmarking},
        Case{"192.0.2.1", K::documentation}, Case{"198.51.100.7", K::documentation},
        Case{"203.0.113.200", K::documentation},
        // IPv6
        Case{"::", K::unspecified}, Case{"::1", K::loopback}, Case{"0:00::0:1", K::loopback},
        Case{"fe80::1", K::link_local}, Case{"febf:ffff::1", K::link_local},
        Case{"fc00::1", K::unique_local}, Case{"fd12:3456::1", K::unique_local},
        Case{"fec0::1", K::site_local}, Case{"ff02::1", K::multicast}, Case{"ff0e::1", K::multicast},
        Case{"2001:db8::1", K::documentation}, Case{"3fff::1", K::documentation},
        Case{"2001:0:4136:e378:8000:63bf:3fff:fdd2", K::teredo}, Case{"100::1", K::discard_only},
        Case{"64:ff9b:1::a00:1", K::reserved},
        // IPv4-compatible (deprecated) is refused whatever it embeds
        Case{"::8.8.8.8", K::reserved}, Case{"::127.0.0.2", K::reserved},
        // outside 2000::/3
        Case{"4000::1", K::reserved}, Case{"e000::1", K::reserved},
        // IPv6 forms carrying a non-public IPv4 take that IPv4's class
        Case{"::ffff:127.0.0.2", K::loopback}, Case{"::ffff:7f00:1", K::loopback},
        Case{"::ffff:10.1.2.3", K::private_network}, Case{"::ffff:169.254.169.254", K::link_local},
        Case{"64:ff9b::127.0.0.1", K::loopback}, Case{"64:ff9b::c0a8:101", K::private_network},
        Case{"2002:7f00:1::1", K::loopback}, Case{"2002:a9fe:a9fe::", K::link_local}));

TEST(AddressClassifier, PublicAddressesArePublic) {
  for (const char* text : {"8.8.8.8", "1.1.1.1", "93.184.216.34", "172.32.0.1", "100.128.0.1", "198.20.0.1",
                           "11.0.0.1", "223.255.255.255", "2606:4700:4700::1111", "2a00:1450:4001:81c::200e",
                           // embedded public IPv4: the same destination as the IPv4 itself
                           "::ffff:8.8.8.8", "64:ff9b::808:808", "2002:808:808::1"}) {
    EXPECT_EQ(kind_of(text), AddressClass::public_address) << text;
  }
}

TEST(AddressClassifier, NamesTheEmbeddedIpv4) {
  const auto c = fetch::classify(*IpAddress::parse("::ffff:127.0.0.2"));
  ASSERT_TRUE(c.embedded_v4.has_value());
  EXPECT_EQ(c.embedded_v4->to_string(), "127.0.0.2");
  EXPECT_EQ(fetch::describe(c), "loopback address, embedded IPv4 127.0.0.2");
  EXPECT_EQ(fetch::describe(fetch::classify(*IpAddress::parse("10.0.0.1"))), "private address");
}

TEST(AddressClassifier, ParsesOnlyStrictAddressText) {
  // Shorthand spellings libcurl would accept in a URL are not address text here;
  // the guard sees them as the socket address libcurl resolved them to.
  for (const char* text : {"127.1", "0x7f.0.0.1", "2130706433", "[::1]", "", "1.2.3.4.5", "::1%lo", "host"}) {
    EXPECT_FALSE(IpAddress::parse(text).has_value()) << text;
  }
  EXPECT_EQ(IpAddress::parse("0177.0.0.1"), std::nullopt);
  EXPECT_EQ(IpAddress::parse("::FFFF:127.0.0.2")->to_string(), "::ffff:127.0.0.2");
}

TEST(AddressClassifier, ReadsSocketAddresses) {
  sockaddr_in in{};
  in.sin_family = AF_INET;
  ::inet_pton(AF_INET, "127.0.0.2", &in.sin_addr);
  const auto v4 = IpAddress::from_sockaddr(reinterpret_cast<const sockaddr*>(&in), sizeof in);
  ASSERT_TRUE(v4.has_value());
  EXPECT_EQ(v4->to_string(), "127.0.0.2");
  EXPECT_EQ(fetch::classify(*v4).kind, AddressClass::loopback);

  sockaddr_in6 in6{};
  in6.sin6_family = AF_INET6;
  ::inet_pton(AF_INET6, "::ffff:192.168.0.1", &in6.sin6_addr);
  const auto v6 = IpAddress::from_sockaddr(reinterpret_cast<const sockaddr*>(&in6), sizeof in6);
  ASSERT_TRUE(v6.has_value());
  EXPECT_EQ(fetch::classify(*v6).kind, AddressClass::private_network);

  sockaddr other{};
  other.sa_family = AF_UNIX;
  EXPECT_FALSE(IpAddress::from_sockaddr(&other, sizeof other).has_value());
  EXPECT_FALSE(IpAddress::from_sockaddr(reinterpret_cast<const sockaddr*>(&in6), sizeof in).has_value());
}

}  // namespace
