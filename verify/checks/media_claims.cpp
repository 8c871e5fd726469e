#include "verify/checks/media_claims.hpp"

#include <fmt/format.h>

namespace verify {

std::vector<const core::Claim*> claims_for(const core::Case& c, const core::MediaReport& m, core::ClaimKind kind) {
  std::vector<const core::Claim*> out;
  for (const auto& claim : c.claims) {
    if (claim.kind == kind && claim.embed == m.embed) out.push_back(&claim);
  }
  return out;
}

const core::Post* post_for(const core::Case& c, const core::MediaReport& m) {
  if (m.embed.empty()) return nullptr;
  for (const auto& post : c.posts) {
    if (post.embed == m.embed) return &post;
  }
  return nullptr;
}

std::string media_source(const core::MediaReport& m) {
  const std::string& where = m.file.empty() ? m.source : m.file;
  if (m.sha256.empty()) return "media file " + where;
  return fmt::format("media file {} (sha256 {})", where, m.sha256.substr(0, 12));
}

const core::TimeRange* time_value(const core::Claim& claim) { return std::get_if<core::TimeRange>(&claim.value); }

core::Millis range_end(const core::TimeRange& r) {
  using namespace std::chrono;
  return r.end.precision == core::Precision::day ? r.end.utc + days(1) - milliseconds(1) : r.end.utc;
}

std::string range_text(const core::TimeRange& r) {
  if (r.start == r.end) return core::format_iso8601(r.start);
  return core::format_iso8601(r.start) + " – " + core::format_iso8601(r.end);
}

}  // namespace verify
