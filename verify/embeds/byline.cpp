#include "verify/embeds/byline.hpp"

#include <algorithm>
#include <array>

#include "core/text.hpp"

namespace verify::embeds {
namespace {

constexpr std::array<std::string_view, 5> k_dashes = {"\u2014", "&mdash;", "--", "\u2015", "\u2013"};
constexpr std::size_t k_max_twitter_handle = 15;
constexpr std::size_t k_max_bluesky_handle = 253;
// Twitter allows 50 characters; "??" stands for one lost emoji, so allow some more.
constexpr std::size_t k_max_name_code_points = 80;
constexpr std::size_t k_max_name_bytes = 4 * k_max_name_code_points + 16;

bool is_handle_char(char ch) {
  return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_' ||
         ch == '.' || ch == '-';
}

bool valid_handle(std::string_view handle, bool dotted) {
  if (!dotted) return handle.size() <= k_max_twitter_handle && handle.find('-') == std::string_view::npos;
  return handle.size() <= k_max_bluesky_handle && handle.front() != '.' && handle.back() != '.' &&
         handle.find("..") == std::string_view::npos;
}

}  // namespace

std::size_t code_points(std::string_view text) {
  std::size_t count = 0;
  for (char ch : text) count += (static_cast<unsigned char>(ch) & 0xC0) != 0x80;  // not a continuation byte
  return count;
}

std::string_view trim_name(std::string_view text) {
  constexpr std::string_view k_nbsp = "\xC2\xA0";
  for (;;) {
    text = core::trim(text);
    if (text.starts_with(k_nbsp)) {
      text.remove_prefix(k_nbsp.size());
    } else if (text.ends_with(k_nbsp)) {
      text.remove_suffix(k_nbsp.size());
    } else {
      return text;
    }
  }
}

std::size_t skip_spaces(std::string_view text, std::size_t pos) {
  while (pos < text.size()) {
    if (text[pos] == ' ' || text[pos] == '\t') {
      ++pos;
    } else if (text.substr(pos, 2) == "\xC2\xA0") {
      pos += 2;
    } else {
      break;
    }
  }
  return pos;
}

std::optional<Dash> find_dash_before(std::string_view text, std::size_t end, std::size_t window) {
  end = std::min(end, text.size());
  const std::size_t from = window < end ? end - window : 0;
  // One backward pass; every dash form starts with '\xE2', '&' or '-'.
  for (std::size_t at = end; at-- > from;) {
    const char ch = text[at];
    if (ch != '\xE2' && ch != '&' && ch != '-') continue;
    for (std::string_view dash : k_dashes) {
      if (at + dash.size() <= end && text.substr(at, dash.size()) == dash) return Dash{at, dash.size()};
    }
  }
  return std::nullopt;
}

std::optional<Handle> read_paren_handle(std::string_view text, std::size_t at) {
  if (text.substr(at, 2) != "(@") return std::nullopt;
  std::size_t end = at + 2;
  while (end < text.size() && is_handle_char(text[end])) ++end;
  if (end == at + 2 || end >= text.size() || text[end] != ')') return std::nullopt;
  const std::string_view name = text.substr(at + 2, end - at - 2);
  const bool dotted = name.find('.') != std::string_view::npos;
  if (!valid_handle(name, dotted)) return std::nullopt;
  return Handle{std::string(name), dotted ? core::Platform::bluesky : core::Platform::twitter, end + 1};
}

std::optional<Signature> read_signature(std::string_view line, std::size_t at, std::string_view language) {
  auto handle = read_paren_handle(line, at);
  if (!handle) return std::nullopt;
  const auto dash = find_dash_before(line, at, k_max_name_bytes);
  if (!dash) return std::nullopt;
  const std::string_view name = trim_name(line.substr(dash->start + dash->length, at - dash->start - dash->length));
  if (code_points(name) > k_max_name_code_points) return std::nullopt;
  Signature sig;
  sig.start = dash->start;
  sig.display_name = std::string(name);
  sig.end = handle->end;
  sig.handle = std::move(*handle);
  const std::size_t date_at = skip_spaces(line, sig.end);
  if (auto date = read_printed_date(line.substr(date_at), language)) {
    sig.date_text = std::string(line.substr(date_at, date->length));
    sig.end = date_at + date->length;
    sig.date = date;
  }
  return sig;
}

}  // namespace verify::embeds
