#pragma once
// One variant of a master playlist. FFmpeg's HLS demuxer reads the master
// and every variant's playlist and first segment (it needs them to know the
// streams), then fetches segments only of the streams not discarded. We keep
// the variant with the highest bandwidth at or under the cap, else the
// lowest — the rule fetch::choose_variant applies to MP4 renditions — and
// discard the rest, so their later segments are never fetched. Audio
// renditions the kept variant names (EXT-X-MEDIA) stay with it.

#include <cstdint>

struct AVFormatContext;

namespace media {

// Index of the kept program, or -1 when `ctx` has fewer than two programs
// (nothing to choose). Call after avformat_open_input, before reading packets.
int keep_one_variant(AVFormatContext* ctx, std::int64_t max_bitrate);

}  // namespace media
