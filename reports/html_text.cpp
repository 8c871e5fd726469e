#include "reports/html_text.hpp"

#include <unicode/utf8.h>

#include <array>

namespace reports {
namespace {

constexpr std::string_view k_replacement = "\xEF\xBF\xBD";  // U+FFFD

bool is_control(UChar32 c) {
  return (c < 0x20 && c != '\n' && c != '\t') || c == 0x7F || (c >= 0x80 && c < 0xA0);
}

}  // namespace

std::string html_attr(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  std::size_t at = 0;
  while (at < text.size()) {
    const std::size_t start = at;
    UChar32 c = 0;
    U8_NEXT(text.data(), at, text.size(), c);
    if (c < 0 || is_control(c)) {
      out += k_replacement;
      continue;
    }
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out.append(text.substr(start, at - start));
    }
  }
  return out;
}

std::string html_label(std::string_view untrusted) {
  std::string plain;
  plain.reserve(untrusted.size());
  std::size_t at = 0;
  while (at < untrusted.size()) {
    const std::size_t start = at;
    UChar32 c = 0;
    U8_NEXT(untrusted.data(), at, untrusted.size(), c);
    if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) continue;
    plain.append(untrusted.substr(start, at - start));
  }
  return html_attr(plain);
}

std::string html_text(std::string_view untrusted) { return "<bdi>" + html_attr(untrusted) + "</bdi>"; }

std::string safe_href(std::string_view url) {
  auto starts = [&](std::string_view scheme) {
    if (url.size() < scheme.size()) return false;
    for (std::size_t i = 0; i < scheme.size(); ++i) {
      const char ch = url[i];
      if ((ch >= 'A' && ch <= 'Z' ? char(ch - 'A' + 'a') : ch) != scheme[i]) return false;
    }
    return true;
  };
  if (!starts("https://") && !starts("http://")) return {};
  return html_attr(url);
}

std::string data_uri(std::string_view mime, std::string_view bytes) {
  static constexpr std::string_view k_alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out = "data:" + std::string(mime) + ";base64,";
  out.reserve(out.size() + (bytes.size() + 2) / 3 * 4);
  std::size_t i = 0;
  for (; i + 2 < bytes.size(); i += 3) {
    const unsigned n = (unsigned char)bytes[i] << 16 | (unsigned char)bytes[i + 1] << 8 | (unsigned char)bytes[i + 2];
    for (int shift : {18, 12, 6, 0}) out += k_alphabet[(n >> shift) & 63];
  }
  if (i < bytes.size()) {
    unsigned n = (unsigned char)bytes[i] << 16;
    if (i + 1 < bytes.size()) n |= (unsigned char)bytes[i + 1] << 8;
    out += k_alphabet[(n >> 18) & 63];
    out += k_alphabet[(n >> 12) & 63];
    out += i + 1 < bytes.size() ? k_alphabet[(n >> 6) & 63] : '=';
    out += '=';
  }
  return out;
}

}  // namespace reports
