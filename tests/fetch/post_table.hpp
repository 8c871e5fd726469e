#pragma once
// The table-driven checks the platform adapters' tests share: a row of a
// tests/cases/fetch/*/*.json table names a fixture, the HTTP status it is
// served with and what the parser must make of it — a Post (fields compared
// only where the row gives them) or a one-line Error.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <string>

#include "core/case.hpp"
#include "core/result.hpp"
#include "core/time.hpp"

namespace post_table {

inline bool ends_with(const std::string& s, const std::string& tail) { return s.ends_with(tail); }

inline void expect_media(const nlohmann::json& want, const core::MediaItem& got) {
  EXPECT_EQ(got.kind, want["kind"]);
  if (want.contains("url_ends")) {
    EXPECT_TRUE(ends_with(got.url, want["url_ends"])) << got.url;
  }
  if (want.contains("bitrate")) {
    EXPECT_EQ(got.bitrate, want["bitrate"].get<std::int64_t>());
  }
  if (want.contains("duration_s")) {
    ASSERT_TRUE(got.duration_s.has_value());
    EXPECT_DOUBLE_EQ(*got.duration_s, want["duration_s"].get<double>());
  }
  if (want.contains("poster_ends")) {
    EXPECT_TRUE(ends_with(got.poster, want["poster_ends"])) << got.poster;
  }
  if (want.contains("content_type")) {
    EXPECT_EQ(got.content_type, want["content_type"]);
  }
  if (want.contains("width")) {
    EXPECT_EQ(got.width, want["width"].get<int>());
    EXPECT_EQ(got.height, want["height"].get<int>());
  }
}

inline void expect_post(const nlohmann::json& want, const core::Post& got, const std::string& via) {
  EXPECT_EQ(core::name_of(got.status), want["status"].get<std::string>());
  EXPECT_EQ(got.fetched_via, via);
  if (want.contains("author")) {
    EXPECT_EQ(got.author, want["author"].get<std::string>());
  }
  if (want.contains("author_handle")) {
    EXPECT_EQ(got.author_handle, want["author_handle"].get<std::string>());
  }
  if (want.contains("lang")) {
    EXPECT_EQ(got.lang, want["lang"].get<std::string>());
  }
  if (want.contains("created_at")) {
    ASSERT_TRUE(got.created_at.has_value());
    EXPECT_EQ(core::format_iso8601(*got.created_at), want["created_at"].get<std::string>());
  }
  if (want.contains("no_created_at")) {
    EXPECT_FALSE(got.created_at.has_value());
  }
  if (want.contains("text")) {
    EXPECT_EQ(got.text, want["text"].get<std::string>());
  }
  if (want.contains("text_starts")) {
    EXPECT_EQ(got.text.rfind(want["text_starts"].get<std::string>(), 0), 0u) << got.text;
  }
  if (want.contains("status_note_contains")) {
    EXPECT_NE(got.status_note.find(want["status_note_contains"].get<std::string>()), std::string::npos) << got.status_note;
  }
  if (want.contains("media")) {
    ASSERT_EQ(got.media.size(), want["media"].size());
    for (std::size_t i = 0; i < got.media.size(); ++i) expect_media(want["media"][i], got.media[i]);
  }
}

// True when the row wants an Error and `got` is that one-line Error; checks it either way.
template <class T>
bool expect_error_if_wanted(const nlohmann::json& row, const core::Result<T>& got) {
  if (!row.contains("error_contains")) {
    EXPECT_TRUE(got.has_value()) << got.error().message;
    return false;
  }
  EXPECT_FALSE(got.has_value()) << "expected an error";
  if (got.has_value()) return true;
  EXPECT_NE(got.error().message.find(row["error_contains"].get<std::string>()), std::string::npos) << got.error().message;
  EXPECT_EQ(got.error().message.find('\n'), std::string::npos);
  EXPECT_EQ(got.error().stage, "fetch");
  return true;
}

}  // namespace post_table
