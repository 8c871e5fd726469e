#pragma once
// Time read from a post id, where the platform's id scheme carries one:
//   Twitter snowflake  ms = (id >> 22) + 1288834974657, ids ≥ 29700859247   (strong)
//   TikTok             s  = id >> 32, between 2014 and now + 1 day           (strong)
//   Instagram          shortcode → media id (base64url), ms = (id >> 23) + 1314220021721 (strong)
//   Bluesky TID        13 base32-sortable chars, µs = value >> 10             (weak: client-chosen)
// Ids are parsed as unsigned 64-bit integers, never through floating point.

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/case.hpp"

namespace verify::embeds {

struct IdTime {
  std::optional<core::Instant> time;
  std::optional<core::IdTimeStrength> strength;
  std::string error;    // the id is unusable, e.g. does not fit 64 bits: becomes an Error
  std::string no_time;  // why a usable id carries no time (pre-snowflake, platform without one)
};

// `now` bounds the plausible range ("after now + 1 day" is not a time).
IdTime read_id_time(core::Platform platform, std::string_view post_id,
                    core::Millis now = std::chrono::time_point_cast<std::chrono::milliseconds>(
                        std::chrono::system_clock::now()));

// The building blocks, for tests and for media ids.
std::optional<std::uint64_t> parse_uint64(std::string_view digits);
std::optional<long long> snowflake_millis(std::uint64_t id);  // nullopt before 29700859247
std::optional<std::uint64_t> instagram_media_id(std::string_view shortcode);  // nullopt on a bad char or overflow
std::optional<std::uint64_t> bluesky_tid_value(std::string_view tid);         // nullopt when not a TID

}  // namespace verify::embeds
