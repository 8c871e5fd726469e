#include "media/mp4_atom_values.hpp"

#include <algorithm>
#include <bit>
#include <cstdio>
#include <string_view>
#include <utility>

namespace media::mp4 {
namespace {

// A 3GPP string from `at`: UTF-8, or UTF-16 when it starts with a byte-order mark; NUL-terminated.
// `at` is moved past the terminator.
std::string three_gpp_string(std::string_view s, std::size_t& at) {
  const std::string_view rest = s.substr(std::min(at, s.size()));
  if (rest.size() >= 2 && be16(rest, 0) == 0xFEFF) {
    std::size_t end = 2;
    while (end + 1 < rest.size() && be16(rest, end) != 0) end += 2;
    at += std::min(end + 2, rest.size());
    return utf16be_to_utf8(rest.substr(0, end));
  }
  const std::size_t end = std::min(rest.find('\0'), rest.size());
  at += std::min(end + 1, rest.size());
  return std::string(rest.substr(0, end));
}

// 'auth', 'titl', …: version/flags (4), packed language (2), the string.
std::string three_gpp_text(const Bytes& raw) {
  if (raw.size() < 6) return text_or_hex(raw);
  std::size_t at = 6;
  return three_gpp_string(raw, at);
}

// 'loci' (3GPP TS 26.244): rendered the way FFmpeg renders it, so one ISO 6709 parser reads both.
std::string loci_text(const Bytes& raw) {
  std::size_t at = 6;  // version/flags, language
  if (raw.size() < at) return hex(raw);
  const std::string place = three_gpp_string(raw, at);
  at += 1;  // role
  if (raw.size() < at + 12) return hex(raw);
  const auto fixed_16_16 = [&](std::size_t offset) { return static_cast<std::int32_t>(be32(raw, offset)) / 65536.0; };
  const double lon = fixed_16_16(at), lat = fixed_16_16(at + 4), alt = fixed_16_16(at + 8);
  char position[96];
  std::snprintf(position, sizeof position, "%+08.4f%+09.4f", lat, lon);
  std::string out = position;
  if (alt != 0) {
    std::snprintf(position, sizeof position, "%+f", alt);
    out += position;
  }
  return out + "/" + place;
}

std::string integer_text(std::string_view value, bool is_signed) {
  if (value.empty() || (value.size() > 4 && value.size() != 8)) return hex(value);
  std::uint64_t n = 0;
  for (std::size_t i = 0; i < value.size(); ++i) n = n << 8 | byte_at(value, i);
  if (is_signed && (byte_at(value, 0) & 0x80)) {
    const unsigned shift = 64 - 8 * static_cast<unsigned>(value.size());
    return std::to_string(static_cast<std::int64_t>(n << shift) >> shift);
  }
  return std::to_string(n);
}

std::string float_text(std::string_view value) {
  char text[64];
  if (value.size() == 4) {
    std::snprintf(text, sizeof text, "%.9g", double(std::bit_cast<float>(be32(value, 0))));
  } else if (value.size() == 8) {
    std::snprintf(text, sizeof text, "%.17g", std::bit_cast<double>(be64(value, 0)));
  } else {
    return hex(value);
  }
  return text;
}

// Some writers put an iTunes-style 'data' atom straight into a udta atom.
bool holds_data_atom(const Bytes& raw, std::uint64_t payload_size) {
  return raw.size() >= 16 && raw.compare(4, 4, "data") == 0 && be32(raw, 0) >= 16 && be32(raw, 0) <= payload_size;
}

// QuickTime international text: length (2), language (2), the string; only the first of several is kept.
// A '©' atom that does not fit that layout holds a plain string.
std::string quicktime_text(const Bytes& raw, std::uint64_t payload_size) {
  if (raw.size() >= 4) {
    const std::uint32_t length = be16(raw, 0);
    if (length > 0 && 4 + std::uint64_t(length) <= payload_size) return strip_trailing_nuls(raw.substr(4, length));
  }
  return text_or_hex(raw);
}

bool is_binary_atom(std::string_view type) { return type == "CAME" || type == "MUID" || type == "GPMF"; }

bool is_3gpp_text_atom(std::string_view type) {
  for (std::string_view t : {"auth", "titl", "dscp", "cprt", "perf", "gnre"}) {
    if (type == t) return true;
  }
  return false;
}

}  // namespace

std::string data_atom_value(const Bytes& raw) {
  if (raw.size() < 8) return hex(raw);
  const Bytes value = raw.substr(8);
  switch (be32(raw, 0) & 0xFFFFFF) {
    case 1: return strip_trailing_nuls(value);                    // UTF-8
    case 2: return strip_trailing_nuls(utf16be_to_utf8(value));   // UTF-16
    case 21: return integer_text(value, true);
    case 22: return integer_text(value, false);
    case 23:
    case 24: return float_text(value);
    default: return text_or_hex(value);
  }
}

std::string user_data_value(const std::string& type, const Bytes& raw, std::uint64_t payload_size) {
  if (is_binary_atom(type)) return hex(raw);
  if (type == "loci") return loci_text(raw);
  if (is_3gpp_text_atom(type)) return three_gpp_text(raw);
  if (holds_data_atom(raw, payload_size)) return data_atom_value(raw.substr(8, be32(raw, 0) - 8));
  if (byte_at(type, 0) == 0xA9) return quicktime_text(raw, payload_size);
  return text_or_hex(raw);
}

std::string handler_name(std::string name) {
  name = strip_trailing_nuls(std::move(name));
  if (!name.empty() && byte_at(name, 0) == name.size() - 1) name.erase(0, 1);
  return name;
}

std::string compressor_name(const Bytes& field) {
  if (field.empty()) return {};
  const std::size_t length = byte_at(field, 0);
  if (length < field.size()) return strip_trailing_nuls(field.substr(1, length));
  return field.substr(0, field.find('\0'));
}

}  // namespace media::mp4
