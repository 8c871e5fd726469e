#include "fetch/custody.hpp"

#include <algorithm>
#include <array>
#include <string_view>

namespace fetch {
namespace {

constexpr std::array<std::string_view, 8> k_kept = {
    "content-type", "content-length", "content-encoding", "etag", "last-modified", "date", "age", "server"};

// Values end up in JSON and Markdown reports; a stray CR/LF or NUL from a
// hostile server must not reshape them.
std::string clean_value(std::string_view value) {
  std::string out;
  for (char ch : value.substr(0, 1024)) {
    const auto byte = static_cast<unsigned char>(ch);
    if (byte < 0x20 || byte == 0x7f) continue;
    out += ch;
  }
  const auto first = out.find_first_not_of(' ');
  if (first == std::string::npos) return {};
  return out.substr(first, out.find_last_not_of(' ') - first + 1);
}

}  // namespace

Headers custody_headers(const Headers& received) {
  Headers kept;
  for (const auto& [name, value] : received) {
    std::string lower = name;
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char ch) { return static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch); });
    if (std::find(k_kept.begin(), k_kept.end(), lower) == k_kept.end()) continue;
    kept.emplace_back(std::move(lower), clean_value(value));
  }
  return kept;
}

}  // namespace fetch
