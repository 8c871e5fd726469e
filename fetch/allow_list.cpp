#include "fetch/allow_list.hpp"

#include <charconv>

namespace fetch {

std::string CidrRange::to_string() const {
  return network.to_string() + "/" + std::to_string(prefix_bits);
}

namespace {

core::Result<CidrRange> parse_entry(const std::string& entry) {
  auto bad = [&](const std::string& why) {
    return core::fail("config", "net.allow_addresses",
                      "entry \"" + entry + "\" " + why);
  };
  const std::size_t slash = entry.find('/');
  const std::string_view address_text = std::string_view(entry).substr(0, slash);
  const std::optional<IpAddress> address = IpAddress::parse(address_text);
  if (!address) return bad("is not an IP address or CIDR prefix (e.g. 127.0.0.1, 10.0.0.0/8, fd00::/8)");
  if (slash == std::string::npos) return CidrRange{*address, address->bit_count()};

  const std::string_view bits_text = std::string_view(entry).substr(slash + 1);
  int bits = -1;
  const auto [end, ec] = std::from_chars(bits_text.data(), bits_text.data() + bits_text.size(), bits);
  if (bits_text.empty() || ec != std::errc() || end != bits_text.data() + bits_text.size() || bits < 0 ||
      bits > address->bit_count()) {
    return bad("has a prefix length that is not a number from 0 to " + std::to_string(address->bit_count()));
  }
  // Clear the host bits to say which network a sloppy entry probably meant.
  std::array<std::uint8_t, 16> masked = address->bytes();
  for (int i = 0; i < address->bit_count(); ++i) {
    if (i >= bits) masked[static_cast<std::size_t>(i / 8)] &= static_cast<std::uint8_t>(~(0x80 >> (i % 8)));
  }
  if (masked != address->bytes()) {
    const IpAddress network = IpAddress::from_bytes(address->family(), masked);
    return bad("has bits set past the /" + std::to_string(bits) + " prefix (did you mean " +
               network.to_string() + "/" + std::to_string(bits) + "?)");
  }
  return CidrRange{*address, bits};
}

}  // namespace

core::Result<AllowList> AllowList::parse(const std::vector<std::string>& entries) {
  std::vector<CidrRange> ranges;
  for (const std::string& entry : entries) {
    auto parsed = parse_entry(entry);
    if (!parsed) return tl::unexpected(parsed.error());
    ranges.push_back(*parsed);
  }
  return AllowList(std::move(ranges));
}

bool AllowList::allows(const IpAddress& address) const {
  for (const CidrRange& range : ranges_) {
    if (range.contains(address)) return true;
  }
  return false;
}

}  // namespace fetch
