#include "verify/embeds/id_time.hpp"

#include <charconv>

#include "verify/embeds/url_parts.hpp"

namespace verify::embeds {
namespace {

using namespace std::chrono;

constexpr std::uint64_t k_first_snowflake = 29700859247ULL;  // earlier tweet ids were sequential
constexpr long long k_twitter_epoch_ms = 1288834974657LL;
constexpr long long k_instagram_epoch_ms = 1314220021721LL;
constexpr long long k_tiktok_first_s = 1388534400LL;  // 2014-01-01T00:00:00Z
constexpr std::size_t k_instagram_private_suffix = 28;
constexpr std::string_view k_base64url = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
constexpr std::string_view k_tid_alphabet = "234567abcdefghijklmnopqrstuvwxyz";

IdTime timed(long long ms, core::IdTimeStrength strength, core::Millis now) {
  if (milliseconds(ms) > now.time_since_epoch() + days(1)) {
    return IdTime{{}, {}, {}, "the post id decodes to a time in the future: not a time-bearing id"};
  }
  return IdTime{core::from_unix_millis(ms), strength, {}, {}};
}

// Numeric ids must fit 64 bits; a longer one is an error, not a guess.
std::optional<std::uint64_t> numeric_id(std::string_view id, IdTime& out) {
  if (!is_digits(id)) {
    out.error = "post id \"" + std::string(id) + "\" is not a number";
    return std::nullopt;
  }
  auto value = parse_uint64(id);
  if (!value) {
    out.error = "post id " + std::string(id) + " has " + std::to_string(id.size()) + " digits and does not fit 64 bits";
  }
  return value;
}

IdTime twitter_time(std::string_view id, core::Millis now) {
  IdTime out;
  const auto value = numeric_id(id, out);
  if (!value) return out;
  const auto ms = snowflake_millis(*value);
  if (!ms) {
    out.no_time = "tweet ids below 29700859247 were assigned in sequence before snowflake ids and carry no time";
    return out;
  }
  return timed(*ms, core::IdTimeStrength::strong, now);
}

IdTime tiktok_time(std::string_view id, core::Millis now) {
  IdTime out;
  const auto value = numeric_id(id, out);
  if (!value) return out;
  const long long seconds = static_cast<long long>(*value >> 32);
  if (seconds < k_tiktok_first_s) {
    out.no_time = "the id decodes to a time before 2014: not a time-bearing id";
    return out;
  }
  return timed(seconds * 1000, core::IdTimeStrength::strong, now);
}

IdTime instagram_time(std::string_view shortcode, core::Millis now) {
  IdTime out;
  const auto value = instagram_media_id(shortcode);
  if (!value) {
    out.error = "shortcode \"" + std::string(shortcode) + "\" does not decode to a 64-bit media id";
    return out;
  }
  return timed(static_cast<long long>(*value >> 23) + k_instagram_epoch_ms, core::IdTimeStrength::strong, now);
}

IdTime bluesky_time(std::string_view rkey, core::Millis now) {
  const auto value = bluesky_tid_value(rkey);
  if (!value) return IdTime{{}, {}, {}, "the record key is not a TID and carries no time"};
  const long long micros = static_cast<long long>(*value >> 10);
  return timed(micros / 1000, core::IdTimeStrength::weak, now);
}

// Facebook and Telegram ids carry no time but must still be 64-bit numbers.
IdTime untimed(std::string_view id, bool numeric) {
  IdTime out;
  if (numeric && is_digits(id)) numeric_id(id, out);
  if (out.error.empty()) out.no_time = "this platform's post ids carry no time";
  return out;
}

}  // namespace

std::optional<std::uint64_t> parse_uint64(std::string_view digits) {
  std::uint64_t value = 0;
  const auto* end = digits.data() + digits.size();
  const auto [ptr, ec] = std::from_chars(digits.data(), end, value);
  if (ec != std::errc() || ptr != end || digits.empty()) return std::nullopt;
  return value;
}

std::optional<long long> snowflake_millis(std::uint64_t id) {
  if (id < k_first_snowflake) return std::nullopt;
  return static_cast<long long>(id >> 22) + k_twitter_epoch_ms;
}

std::optional<std::uint64_t> instagram_media_id(std::string_view shortcode) {
  // Private posts append 28 characters to the public shortcode.
  if (shortcode.size() > k_instagram_private_suffix) shortcode.remove_suffix(k_instagram_private_suffix);
  if (shortcode.empty()) return std::nullopt;
  std::uint64_t value = 0;
  for (char ch : shortcode) {
    const auto digit = k_base64url.find(ch);
    if (digit == std::string_view::npos || value > (UINT64_MAX >> 6)) return std::nullopt;
    value = (value << 6) | digit;
  }
  return value;
}

std::optional<std::uint64_t> bluesky_tid_value(std::string_view tid) {
  if (tid.size() != 13) return std::nullopt;
  std::uint64_t value = 0;
  for (std::size_t i = 0; i < tid.size(); ++i) {
    const auto digit = k_tid_alphabet.find(tid[i]);
    if (digit == std::string_view::npos || (i == 0 && digit >= 16)) return std::nullopt;  // top bit must be 0
    value = (value << 5) | digit;
  }
  return value;
}

IdTime read_id_time(core::Platform platform, std::string_view post_id, core::Millis now) {
  switch (platform) {
    case core::Platform::twitter: return twitter_time(post_id, now);
    case core::Platform::tiktok: return tiktok_time(post_id, now);
    case core::Platform::instagram: return instagram_time(post_id, now);
    case core::Platform::bluesky: return bluesky_time(post_id, now);
    case core::Platform::facebook:
    case core::Platform::telegram: return untimed(post_id, true);
    default: return untimed(post_id, false);
  }
}

}  // namespace verify::embeds
