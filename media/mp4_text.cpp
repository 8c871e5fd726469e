#include "media/mp4_text.hpp"

#include <algorithm>
#include <cstdio>

namespace media::mp4 {
namespace {

constexpr std::size_t k_hex_bytes = 64;

// How many continuation bytes follow a UTF-8 lead byte; 0 for a byte that cannot lead a sequence.
std::size_t utf8_continuations(unsigned lead) {
  if (lead >= 0xC2 && lead <= 0xDF) return 1;
  if (lead >= 0xE0 && lead <= 0xEF) return 2;
  if (lead >= 0xF0 && lead <= 0xF4) return 3;
  return 0;
}

// Valid UTF-8 without control characters other than tab and line breaks.
bool is_printable_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const unsigned c = byte_at(s, i);
    if (c < 0x80) {
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) return false;
      ++i;
      continue;
    }
    const std::size_t extra = utf8_continuations(c);
    if (extra == 0 || s.size() - i <= extra) return false;
    for (std::size_t k = 1; k <= extra; ++k) {
      if ((byte_at(s, i + k) & 0xC0) != 0x80) return false;
    }
    i += extra + 1;
  }
  return true;
}

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += char(c);
  } else if (c < 0x800) {
    out += char(0xC0 | (c >> 6));
    out += char(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += char(0xE0 | (c >> 12));
    out += char(0x80 | ((c >> 6) & 0x3F));
    out += char(0x80 | (c & 0x3F));
  } else {
    out += char(0xF0 | (c >> 18));
    out += char(0x80 | ((c >> 12) & 0x3F));
    out += char(0x80 | ((c >> 6) & 0x3F));
    out += char(0x80 | (c & 0x3F));
  }
}

}  // namespace

unsigned byte_at(std::string_view b, std::size_t at) { return static_cast<unsigned char>(b[at]); }
std::uint32_t be16(std::string_view b, std::size_t at) { return byte_at(b, at) << 8 | byte_at(b, at + 1); }
std::uint32_t be32(std::string_view b, std::size_t at) { return be16(b, at) << 16 | be16(b, at + 2); }
std::uint64_t be64(std::string_view b, std::size_t at) { return std::uint64_t(be32(b, at)) << 32 | be32(b, at + 4); }

std::string strip_trailing_nuls(std::string s) {
  while (!s.empty() && s.back() == '\0') s.pop_back();
  return s;
}

std::string hex(std::string_view bytes) {
  static constexpr char digits[] = "0123456789abcdef";
  std::string out;
  for (std::size_t i = 0; i < std::min(bytes.size(), k_hex_bytes); ++i) {
    out += digits[byte_at(bytes, i) >> 4];
    out += digits[byte_at(bytes, i) & 15];
  }
  return out;
}

std::string capped(std::string s) {
  if (s.size() <= k_max_value) return s;
  std::size_t cut = k_max_value;
  while (cut > 0 && (byte_at(s, cut) & 0xC0) == 0x80) --cut;
  s.resize(cut);
  return s;
}

std::string text_or_hex(const Bytes& raw) {
  std::string text = strip_trailing_nuls(raw);
  if (!text.empty() && is_printable_utf8(text)) return text;
  return hex(raw);
}

std::string utf16be_to_utf8(std::string_view s) {
  std::string out;
  std::size_t i = (s.size() >= 2 && be16(s, 0) == 0xFEFF) ? 2 : 0;
  for (; i + 1 < s.size(); i += 2) {
    char32_t c = be16(s, i);
    const bool high = c >= 0xD800 && c <= 0xDBFF;
    if (high && i + 3 < s.size() && be16(s, i + 2) >= 0xDC00 && be16(s, i + 2) <= 0xDFFF) {
      c = 0x10000 + ((c - 0xD800) << 10) + (be16(s, i + 2) - 0xDC00);
      i += 2;
    } else if (c >= 0xD800 && c <= 0xDFFF) {
      c = 0xFFFD;
    }
    append_utf8(out, c);
  }
  return out;
}

std::string fourcc_text(std::string_view four) {
  std::string out;
  for (std::size_t i = 0; i < four.size(); ++i) {
    const unsigned c = byte_at(four, i);
    if (c == 0xA9) {
      out += "\xc2\xa9";
    } else if (c >= 0x20 && c < 0x7F) {
      out += char(c);
    } else {
      char escaped[5];
      std::snprintf(escaped, sizeof escaped, "\\x%02x", c);
      out += escaped;
    }
  }
  return out;
}

std::string uuid_text(std::string_view sixteen) {
  const std::string h = hex(sixteen);
  return h.substr(0, 8) + "-" + h.substr(8, 4) + "-" + h.substr(12, 4) + "-" + h.substr(16, 4) + "-" + h.substr(20);
}

}  // namespace media::mp4
