#include "verify/embeds/url_parts.hpp"

#include <array>
#include <cctype>

namespace verify::embeds {
namespace {

// Host prefixes that only pick a mobile or canonical variant of the same site.
constexpr std::array<std::string_view, 3> k_variant_prefixes = {"www.", "m.", "mobile."};

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& ch : out) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return out;
}

// Removes the scheme; false when it is not one a post URL can have.
bool strip_scheme(std::string_view& url) {
  if (url.starts_with("//")) {
    url.remove_prefix(2);
    return true;
  }
  const auto colon = url.find("://");
  if (colon == std::string_view::npos || url.find_first_of("/?#") < colon) return true;
  const std::string scheme = lower(url.substr(0, colon));
  if (scheme != "http" && scheme != "https") return false;
  url.remove_prefix(colon + 3);
  return true;
}

std::string normal_host(std::string_view authority) {
  if (const auto at = authority.rfind('@'); at != std::string_view::npos) authority.remove_prefix(at + 1);
  if (const auto colon = authority.find(':'); colon != std::string_view::npos) authority = authority.substr(0, colon);
  while (!authority.empty() && authority.back() == '.') authority.remove_suffix(1);
  std::string host = lower(authority);
  for (std::string_view prefix : k_variant_prefixes) {
    if (host.starts_with(prefix) && host.find('.', prefix.size()) != std::string::npos) {
      host.erase(0, prefix.size());
      break;
    }
  }
  return host;
}

int hex_value(char ch) {
  if (ch >= '0' && ch <= '9') return ch - '0';
  if (ch >= 'a' && ch <= 'f') return ch - 'a' + 10;
  if (ch >= 'A' && ch <= 'F') return ch - 'A' + 10;
  return -1;
}

}  // namespace

std::optional<UrlParts> split_url(std::string_view url) {
  if (!strip_scheme(url)) return std::nullopt;
  const auto authority_end = url.find_first_of("/?#");
  UrlParts parts;
  parts.host = normal_host(url.substr(0, authority_end));
  if (parts.host.find('.') == std::string::npos) return std::nullopt;
  if (authority_end == std::string_view::npos) return parts;
  std::string_view rest = url.substr(authority_end);
  if (const auto hash = rest.find('#'); hash != std::string_view::npos) rest = rest.substr(0, hash);
  std::string_view path = rest.substr(0, rest.find('?'));
  if (const auto question = rest.find('?'); question != std::string_view::npos) parts.query = rest.substr(question + 1);
  while (!path.empty()) {
    const auto slash = path.find('/');
    if (slash != 0) parts.segments.push_back(path.substr(0, slash));
    if (slash == std::string_view::npos) break;
    path.remove_prefix(slash + 1);
  }
  return parts;
}

std::optional<std::string> query_value(std::string_view query, std::string_view key) {
  while (!query.empty()) {
    const auto amp = query.find('&');
    std::string_view pair = query.substr(0, amp);
    if (pair.starts_with("amp;")) pair.remove_prefix(4);  // "&amp;" left by unescaped HTML
    const auto equals = pair.find('=');
    if (pair.substr(0, equals) == key) {
      return equals == std::string_view::npos ? std::string() : percent_decode(pair.substr(equals + 1));
    }
    if (amp == std::string_view::npos) break;
    query.remove_prefix(amp + 1);
  }
  return std::nullopt;
}

std::string percent_decode(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size()) {
      const int high = hex_value(text[i + 1]);
      const int low = hex_value(text[i + 2]);
      if (high >= 0 && low >= 0) {
        out += static_cast<char>(high * 16 + low);
        i += 2;
        continue;
      }
    }
    out += text[i] == '+' ? ' ' : text[i];
  }
  return out;
}

bool is_digits(std::string_view text) {
  if (text.empty()) return false;
  for (char ch : text) {
    if (ch < '0' || ch > '9') return false;
  }
  return true;
}

bool is_word(std::string_view text, std::string_view extra) {
  if (text.empty()) return false;
  for (char ch : text) {
    if (!std::isalnum(static_cast<unsigned char>(ch)) && extra.find(ch) == std::string_view::npos) return false;
  }
  return true;
}

}  // namespace verify::embeds
