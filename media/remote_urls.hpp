#pragma once
// What the remote-media gate lets FFmpeg ask for: http and https URLs only,
// whatever a playlist names. A playlist's URIs are checked as its bytes
// arrive, before the demuxer reads them, because FFmpeg's HLS demuxer skips
// a segment it refuses itself (file: without a media extension, concat:,
// subfile:) with only a log line: the gate must say so, not lose it.

#include <string>
#include <string_view>

#include "core/result.hpp"

namespace media {

// `url` as an absolute http(s) URL: relative ones resolved against `base`.
// The Error's message is the reason ("file: URLs are never read"); its
// stage and input are left for the caller to fill.
core::Result<std::string> gate_url(const std::string& base, const std::string& url);

// True when the bytes begin like an M3U8 playlist ("#EXTM3U", after an
// optional UTF-8 byte order mark).
bool looks_like_playlist(std::string_view head);

// The first URI in the playlist `text` (read from `base`) that gate_url
// refuses, as "<uri>: <reason>"; empty when every URI is http(s). URIs are
// the lines that are not tags and the URI="…" attributes of tags.
std::string playlist_refusal(std::string_view text, const std::string& base);

}  // namespace media
