#pragma once
// What yt-dlp prints for one video with --dump-json (YouTube, TikTok,
// Instagram, Facebook, Vimeo), read into a core::Post:
//   id → post_id (must be the post asked for, when the embed names one)
//   uploader (else channel) → author; uploader_id → author_handle, no "@"
//   timestamp (unix seconds) → created_at; an upload_date alone ("20240610")
//     is a day in an unstated time zone, said in status_note, never created_at
//   title and description → text; language → lang
//   formats[] → one video: the progressive MP4 (video and audio in one file,
//     fetched over http or https) chosen by choose_variant under the bitrate
//     cap; HLS and DASH formats are not downloads, so with only those the
//     post has no media and the note says why. duration → its duration_s,
//     thumbnail → its poster.
// Malformed JSON, an answer that is not one video, or one about another post
// is an Error. The format URLs are downloaded later through the guarded
// client, never by yt-dlp.

#include <string>
#include <string_view>

#include "core/case.hpp"
#include "core/result.hpp"
#include "fetch/platforms/media_choice.hpp"

namespace fetch::ytdlp {

inline constexpr std::string_view k_via = "yt-dlp";

// `id` empty: the embed named no id and any answer's id is taken.
core::Result<core::Post> parse_video_json(std::string_view body, const std::string& id, const MediaChoice& choice);

}  // namespace fetch::ytdlp
