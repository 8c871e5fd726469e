#include "media/key_packets.hpp"

extern "C" {
#include <libavformat/avformat.h>
}

#include <algorithm>
#include <cstring>

namespace media {
namespace {

// Only demuxers whose index lists every sample from the start are trusted to
// list every key frame; others (Matroska cues, MPEG-TS) may list a few.
bool complete_index(const AVFormatContext* context) {
  return context->iformat && std::strstr(context->iformat->name, "mp4") != nullptr;
}

std::vector<std::int64_t> key_timestamps(AVStream* st) {
  std::vector<std::int64_t> out;
  const int count = avformat_index_get_entries_count(st);
  for (int i = 0; i < count; ++i) {
    const AVIndexEntry* entry = avformat_index_get_entry(st, i);
    if (entry && (entry->flags & AVINDEX_KEYFRAME) && (out.empty() || entry->timestamp > out.back())) {
      out.push_back(entry->timestamp);
    }
  }
  return out;
}

}  // namespace

KeyPackets::KeyPackets(AVFormatContext* context, int stream) : context_(context), stream_(stream) {
  for (unsigned i = 0; i < context->nb_streams; ++i) {
    context->streams[i]->discard = static_cast<int>(i) == stream ? AVDISCARD_NONKEY : AVDISCARD_ALL;
  }
  // Seeking pays only when key frames are sparse; with (nearly) every frame
  // a key frame, reading in order is cheaper.
  // A fragmented MP4's index holds only the fragments read so far: the index
  // is used only when it lists every sample the stream declares.
  AVStream* st = context->streams[stream];
  const int samples = avformat_index_get_entries_count(st);
  if (complete_index(context) && st->nb_frames > 0 && samples >= st->nb_frames) {
    auto keys = key_timestamps(st);
    if (keys.size() >= 2 && keys.size() * 4 < static_cast<std::size_t>(samples)) timestamps_ = std::move(keys);
  }
}

int KeyPackets::next(AVPacket* packet) {
  const int rc = indexed() ? next_by_index(packet) : next_in_order(packet);
  if (rc > 0 && packet->dts != AV_NOPTS_VALUE) last_dts_ = packet->dts;
  return rc;
}

// Key frames at or before the last one given are passed over: after a
// fall-back from seeking, reading resumes a little before where it was.
int KeyPackets::next_in_order(AVPacket* packet) {
  for (;;) {
    const int rc = av_read_frame(context_, packet);
    if (rc == AVERROR_EOF) return 0;
    if (rc < 0) return rc;
    const bool seen = last_dts_ && packet->dts != AV_NOPTS_VALUE && packet->dts <= *last_dts_;
    if (packet->stream_index == stream_ && (packet->flags & AV_PKT_FLAG_KEY) && !seen) return 1;
    av_packet_unref(packet);
  }
}

// The index holds decoding times, while the MP4 demuxer seeks by
// presentation time: seeking to a key frame's index time lands on the key
// frame before it when frames are reordered. So the seek target is moved by
// the key frames' presentation delay, learnt from the packets read, and
// packets before the wanted one are passed over.
int KeyPackets::next_by_index(AVPacket* packet) {
  while (position_ < timestamps_.size()) {
    const std::int64_t ts = timestamps_[position_];
    if (av_seek_frame(context_, stream_, ts + delay_, AVSEEK_FLAG_BACKWARD) < 0) break;
    for (int tries = 0; tries < 1024; ++tries) {
      const int rc = av_read_frame(context_, packet);
      if (rc == AVERROR_EOF) return 0;
      if (rc < 0) return rc;
      const bool wanted = packet->stream_index == stream_ && (packet->flags & AV_PKT_FLAG_KEY) &&
                          packet->dts != AV_NOPTS_VALUE && packet->dts >= ts;
      if (wanted) {
        if (packet->pts != AV_NOPTS_VALUE) delay_ = std::max<std::int64_t>(0, packet->pts - packet->dts);
        // A seek that lands past `ts` gives a later key frame: its own entry is done too.
        while (position_ < timestamps_.size() && timestamps_[position_] <= packet->dts) ++position_;
        return 1;
      }
      av_packet_unref(packet);
    }
    break;  // the seek landed far from the key frame: read on in order from here
  }
  if (position_ >= timestamps_.size()) return 0;
  timestamps_.clear();  // reading in order from now on; key frames given already are skipped
  fell_back_ = true;
  return next_in_order(packet);
}

}  // namespace media
