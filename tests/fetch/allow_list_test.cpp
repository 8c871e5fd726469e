#include <gtest/gtest.h>

#include "fetch/address_guard.hpp"
#include "fetch/allow_list.hpp"

namespace {

using fetch::AllowList;
using fetch::IpAddress;

IpAddress ip(const char* text) { return *IpAddress::parse(text); }

TEST(AllowList, AdmitsAddressesAndPrefixes) {
  const auto list = AllowList::parse({"127.0.0.1", "10.1.0.0/16", "fd00::/8", "::1"});
  ASSERT_TRUE(list.has_value()) << list.error().message;
  EXPECT_TRUE(list->allows(ip("127.0.0.1")));
  EXPECT_FALSE(list->allows(ip("127.0.0.2")));
  EXPECT_TRUE(list->allows(ip("10.1.255.3")));
  EXPECT_FALSE(list->allows(ip("10.2.0.1")));
  EXPECT_TRUE(list->allows(ip("fd12::5")));
  EXPECT_FALSE(list->allows(ip("fc00::5")));
  EXPECT_TRUE(list->allows(ip("::1")));
  // Families are not mixed: the mapped form of an allowed IPv4 stays refused.
  EXPECT_FALSE(list->allows(ip("::ffff:127.0.0.1")));
  EXPECT_EQ(list->ranges()[1].to_string(), "10.1.0.0/16");
}

TEST(AllowList, EmptyAdmitsNothing) {
  const auto list = AllowList::parse({});
  ASSERT_TRUE(list.has_value());
  EXPECT_TRUE(list->empty());
  EXPECT_FALSE(list->allows(ip("127.0.0.1")));
}

TEST(AllowList, ZeroPrefixAdmitsTheWholeFamily) {
  const auto list = AllowList::parse({"0.0.0.0/0"});
  ASSERT_TRUE(list.has_value());
  EXPECT_TRUE(list->allows(ip("192.168.0.1")));
  EXPECT_FALSE(list->allows(ip("fd00::1")));
}

TEST(AllowList, BadEntryIsAConfigErrorNamingIt) {
  for (const char* entry : {"localhost", "127.0.0.1/33", "10.0.0.0/", "10.0.0.0/8x", "::1/129", "127.1", ""}) {
    const auto list = AllowList::parse({"127.0.0.1", entry});
    ASSERT_FALSE(list.has_value()) << entry;
    EXPECT_EQ(list.error().stage, "config");
    EXPECT_EQ(list.error().input, "net.allow_addresses");
    EXPECT_NE(list.error().message.find(std::string("\"") + entry + "\""), std::string::npos)
        << list.error().message;
  }
}

TEST(AllowList, HostBitsPastThePrefixAreRefusedWithTheLikelyNetwork) {
  const auto v4 = AllowList::parse({"10.0.0.1/8"});
  ASSERT_FALSE(v4.has_value());
  EXPECT_NE(v4.error().message.find("did you mean 10.0.0.0/8?"), std::string::npos) << v4.error().message;
  const auto v6 = AllowList::parse({"fd00::1/8"});
  ASSERT_FALSE(v6.has_value());
  EXPECT_NE(v6.error().message.find("did you mean fd00::/8?"), std::string::npos) << v6.error().message;
}

TEST(AddressGuard, AllowsPublicAndListedAddressesOnly) {
  const fetch::AddressGuard guard(*AllowList::parse({"127.0.0.1"}));
  EXPECT_TRUE(guard.allows(ip("127.0.0.1")));
  EXPECT_TRUE(guard.allows(ip("8.8.8.8")));
  EXPECT_FALSE(guard.allows(ip("127.0.0.2")));
  EXPECT_FALSE(guard.allows(ip("10.0.0.1")));
  EXPECT_FALSE(guard.allows(ip("::1")));
}

TEST(AddressGuard, RefusalNamesAddressRangeAndRedactedUrl) {
  const fetch::AddressGuard guard(*AllowList::parse({"127.0.0.1"}));
  EXPECT_FALSE(guard.refusal(ip("127.0.0.1"), "http://127.0.0.1/").has_value());
  const auto why = guard.refusal(ip("127.0.0.2"), "http://user:pw@127.0.0.2:8080/x?token=abc&id=7");
  ASSERT_TRUE(why.has_value());
  EXPECT_EQ(*why,
            "refused to connect to 127.0.0.2 (loopback address) for "
            "http://127.0.0.2:8080/x?token=REDACTED&id=7: not on net.allow_addresses");
  const auto mapped = guard.refusal(ip("::ffff:169.254.169.254"), "http://[::ffff:169.254.169.254]/");
  ASSERT_TRUE(mapped.has_value());
  EXPECT_NE(mapped->find("(link-local address, embedded IPv4 169.254.169.254)"), std::string::npos) << *mapped;
}

}  // namespace
