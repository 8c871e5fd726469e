#pragma once
// Media reports, posts and claims built by hand for the media checks' tests.

#include <string>

#include "core/case.hpp"
#include "tests/verify/checks/place_claims_fixture.hpp"

namespace media_fixture {

inline core::Instant at(const char* iso) { return *core::parse_iso8601(iso); }

inline core::MediaReport video(std::string embed = "e1") {
  core::MediaReport m;
  m.embed = std::move(embed);
  m.file = "media/e1-1.mp4";
  m.sha256 = "3f2a9c0d4b1e77aa";
  m.kind = "video";
  return m;
}

inline core::Post post(const char* created_at, std::string embed = "e1") {
  core::Post p;
  p.embed = std::move(embed);
  p.created_at = at(created_at);
  p.fetched_via = "twitter-syndication";
  return p;
}

inline core::Claim time_claim(std::string id, std::string text, core::Instant start, core::Instant end,
                              std::string embed = "e1") {
  core::Claim k;
  k.id = std::move(id);
  k.kind = core::ClaimKind::time;
  k.text = std::move(text);
  k.span = {40, 40 + k.text.size()};
  k.embed = std::move(embed);
  k.role = "event";
  k.value = core::TimeRange{start, end};
  return k;
}

inline core::Claim source_claim(std::string id, std::string outlet, std::string embed = "e1") {
  core::Claim k;
  k.id = std::move(id);
  k.kind = core::ClaimKind::source;
  k.text = outlet + " reports";
  k.span = {60, 60 + k.text.size()};
  k.embed = std::move(embed);
  k.role = "source";
  k.value = core::SourceRef{outlet, outlet};
  return k;
}

inline core::Keyframe frame(double t, double luma) {
  core::Keyframe f;
  f.t = t;
  f.file = "keyframes/e1-" + std::to_string(static_cast<int>(t)) + ".jpg";
  f.luma = luma;
  return f;
}

}  // namespace media_fixture
