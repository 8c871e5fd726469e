#pragma once
// What libavformat knows of a file's container and streams, as plain facts:
// stream kinds, codecs, sizes, frame rates, rotation from the display matrix,
// and tags (made valid UTF-8 and bounded: a hostile file cannot fill the report).

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/case.hpp"

struct AVDictionary;
struct AVFormatContext;
struct AVStream;

namespace media {

constexpr std::size_t k_max_tags = 256;         // per container or stream; the rest are dropped with a note
constexpr std::size_t k_max_tag_bytes = 4096;   // per value; longer values are cut on a code point

// Tags as text. `dropped` counts tags left out because there were too many.
std::map<std::string, std::string> tag_map(const AVDictionary* dict, std::size_t* dropped = nullptr);

core::StreamFacts stream_facts(const AVStream* stream);

// Degrees counter-clockwise (av_display_rotation_get, rounded to 0.01°) of the
// stream's display matrix; nullopt without one. `flipped` tells a mirrored matrix.
std::optional<double> display_rotation(const AVStream* stream, bool* flipped = nullptr);

// The stream a viewer sees: a video stream that is no attached cover picture,
// the default one first, then the largest. -1 when there is none.
int main_video_stream(const AVFormatContext* ctx);

// Demuxers of still images: image2 and the *_pipe image demuxers.
bool is_image_format(const std::string& name);

// A note when the file ends before the media data its index points at (a cut download).
std::optional<std::string> truncation_note(AVFormatContext* ctx);

// Invalid UTF-8 sequences replaced by U+FFFD.
std::string valid_utf8(std::string_view text);

}  // namespace media
