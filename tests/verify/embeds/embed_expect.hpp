#pragma once
// Shared by the embed corpus and real-document tests: build a Case from
// input bytes through ingestion, and compare detected embeds with the JSON
// expectations of tests/cases/embeds/*.json and the real-embeds manifest.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "core/case.hpp"
#include "verify/article/ingest.hpp"
#include "verify/embeds/detect.hpp"

namespace embed_expect {

inline core::Case detect_in(const std::string& bytes, const std::string& source, core::InputKind kind) {
  core::Case c;
  verify::IngestOptions options;
  options.kind = kind;
  EXPECT_TRUE(verify::ingest_bytes(bytes, source, options, c)) << source;
  verify::detect_embeds(c);
  return c;
}

inline std::string text_or_empty(const nlohmann::json& value) {
  return value.is_string() ? value.get<std::string>() : std::string();
}

inline std::string date_of(const core::Embed& e) { return e.byline_date ? core::format_date(*e.byline_date) : ""; }

// Platform, post id, handle and byline date always; the other keys when present.
inline void expect_embed(const core::Embed& e, const nlohmann::json& want) {
  EXPECT_EQ(core::name_of(e.platform), want.at("platform").get<std::string>());
  EXPECT_EQ(e.post_id, text_or_empty(want.value("post_id", nlohmann::json())));
  EXPECT_EQ(e.handle, text_or_empty(want.value("handle", nlohmann::json())));
  EXPECT_EQ(date_of(e), text_or_empty(want.value("byline_date", nlohmann::json())));
  for (const char* key : {"display_name", "found_by", "byline_date_text", "text"}) {
    if (!want.contains(key)) continue;
    const std::string& got = std::string(key) == "display_name"       ? e.display_name
                             : std::string(key) == "found_by"         ? e.found_by
                             : std::string(key) == "byline_date_text" ? e.byline_date_text
                                                                      : e.text;
    EXPECT_EQ(got, want[key].get<std::string>()) << key;
  }
  if (want.contains("text_starts")) {
    EXPECT_TRUE(e.text.starts_with(want["text_starts"].get<std::string>())) << e.text;
  }
  if (want.contains("urls")) {
    EXPECT_EQ(e.urls, want["urls"].get<std::vector<std::string>>());
  }
  if (want.contains("id_time")) {
    EXPECT_EQ(e.id_time ? core::format_iso8601(*e.id_time) : "", text_or_empty(want["id_time"]));
  }
  if (want.contains("id_time_strength")) {
    EXPECT_EQ(e.id_time_strength ? core::name_of(*e.id_time_strength) : "", want["id_time_strength"].get<std::string>());
  }
}

// Ids e1… in order, spans inside the text and in article order.
inline void expect_well_formed(const core::Case& c) {
  std::size_t last_start = 0;
  for (std::size_t i = 0; i < c.embeds.size(); ++i) {
    const auto& e = c.embeds[i];
    EXPECT_EQ(e.id, "e" + std::to_string(i + 1));
    EXPECT_LE(e.span.start, e.span.end);
    EXPECT_LE(e.span.end, c.article.text.size());
    EXPECT_GE(e.span.start, last_start) << e.id;
    last_start = e.span.start;
  }
}

inline std::vector<core::Error> stage_errors(const core::Case& c) {
  std::vector<core::Error> out;
  for (const auto& error : c.errors) {
    if (error.stage == "embeds") out.push_back(error);
  }
  return out;
}

inline std::string describe(const core::Case& c) {
  std::string out;
  for (const auto& e : c.embeds) {
    out += e.id + " " + core::name_of(e.platform) + " id=" + e.post_id + " @" + e.handle + " date=" + date_of(e) +
           " by " + e.found_by + "\n";
  }
  for (const auto& error : c.errors) out += "error " + error.stage + " " + error.input + ": " + error.message + "\n";
  return out;
}

}  // namespace embed_expect
