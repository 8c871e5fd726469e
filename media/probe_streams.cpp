#include "media/probe_streams.hpp"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/dict.h>
#include <libavutil/display.h>
}

#include <cmath>
#include <cstring>

#include "core/text.hpp"

namespace media {
namespace {

constexpr std::size_t k_max_key_bytes = 256;
constexpr long long k_max_index_entries = 4'000'000;  // looked at, over all streams, for the truncation check

double frame_rate_of(const AVStream* st) {
  const AVRational r = st->avg_frame_rate.num > 0 && st->avg_frame_rate.den > 0 ? st->avg_frame_rate : st->r_frame_rate;
  if (r.num <= 0 || r.den <= 0) return 0;
  return av_q2d(r);
}

std::string kind_of(AVMediaType type) {
  const char* name = av_get_media_type_string(type);
  return name ? name : "unknown";
}

std::string codec_of(AVCodecID id) {
  if (id == AV_CODEC_ID_NONE) return {};
  const char* name = avcodec_get_name(id);
  return name ? name : std::string();
}

}  // namespace

std::string valid_utf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  while (!text.empty()) {
    const auto bad = core::first_invalid_utf8(text);
    if (!bad) {
      out.append(text);
      break;
    }
    out.append(text.substr(0, *bad)).append("\xEF\xBF\xBD");
    text.remove_prefix(*bad + 1);
  }
  return out;
}

std::map<std::string, std::string> tag_map(const AVDictionary* dict, std::size_t* dropped) {
  std::map<std::string, std::string> tags;
  std::size_t left_out = 0;
  const AVDictionaryEntry* e = nullptr;
  while ((e = av_dict_get(dict, "", e, AV_DICT_IGNORE_SUFFIX)) != nullptr) {
    if (!e->key || !e->value) continue;
    if (tags.size() >= k_max_tags) {
      ++left_out;
      continue;
    }
    const std::string key = core::shorten(valid_utf8(std::string_view(e->key, strnlen(e->key, k_max_key_bytes + 1))), k_max_key_bytes);
    const std::string value = core::shorten(valid_utf8(std::string_view(e->value, strnlen(e->value, k_max_tag_bytes + 1))), k_max_tag_bytes);
    tags.emplace(key, value);
  }
  if (dropped) *dropped = left_out;
  return tags;
}

std::optional<double> display_rotation(const AVStream* stream, bool* flipped) {
  size_t size = 0;
  const uint8_t* data = av_stream_get_side_data(stream, AV_PKT_DATA_DISPLAYMATRIX, &size);
  if (!data || size < 9 * sizeof(int32_t)) return std::nullopt;
  int32_t matrix[9];
  std::memcpy(matrix, data, sizeof matrix);
  double degrees = av_display_rotation_get(matrix);
  if (!std::isfinite(degrees)) return std::nullopt;
  degrees = std::round(degrees * 100) / 100;
  if (degrees == 0) degrees = 0;  // no "-0"
  if (degrees == -180) degrees = 180;
  if (flipped) *flipped = static_cast<int64_t>(matrix[0]) * matrix[4] - static_cast<int64_t>(matrix[1]) * matrix[3] < 0;
  return degrees;
}

core::StreamFacts stream_facts(const AVStream* st) {
  const AVCodecParameters* p = st->codecpar;
  core::StreamFacts s;
  s.index = st->index;
  s.kind = kind_of(p->codec_type);
  s.codec = codec_of(p->codec_id);
  if (p->codec_type == AVMEDIA_TYPE_VIDEO) {
    s.width = std::max(p->width, 0);
    s.height = std::max(p->height, 0);
    s.frame_rate = frame_rate_of(st);
    s.rotation = display_rotation(st);
  }
  s.bitrate = std::max<int64_t>(p->bit_rate, 0);
  s.tags = tag_map(st->metadata);
  return s;
}

int main_video_stream(const AVFormatContext* ctx) {
  int best = -1;
  long long best_score = -1;
  for (unsigned i = 0; i < ctx->nb_streams; ++i) {
    const AVStream* st = ctx->streams[i];
    if (st->codecpar->codec_type != AVMEDIA_TYPE_VIDEO || (st->disposition & AV_DISPOSITION_ATTACHED_PIC)) continue;
    const long long area = static_cast<long long>(std::max(st->codecpar->width, 0)) * std::max(st->codecpar->height, 0);
    const long long score = area + ((st->disposition & AV_DISPOSITION_DEFAULT) ? (1ll << 40) : 0);
    if (score > best_score) {
      best = static_cast<int>(i);
      best_score = score;
    }
  }
  return best;
}

bool is_image_format(const std::string& name) {
  return name == "image2" || (name.size() > 5 && name.compare(name.size() - 5, 5, "_pipe") == 0);
}

std::optional<std::string> truncation_note(AVFormatContext* ctx) {
  if (!ctx->pb) return std::nullopt;
  const int64_t size = avio_size(ctx->pb);
  if (size <= 0) return std::nullopt;
  int64_t end = 0;
  long long looked = 0;
  for (unsigned s = 0; s < ctx->nb_streams && looked < k_max_index_entries; ++s) {
    AVStream* st = ctx->streams[s];
    const int n = avformat_index_get_entries_count(st);
    for (int i = 0; i < n && looked < k_max_index_entries; ++i, ++looked) {
      const AVIndexEntry* e = avformat_index_get_entry(st, i);
      if (e && e->pos >= 0) end = std::max<int64_t>(end, e->pos + e->size);
    }
  }
  if (end <= size) return std::nullopt;
  const long long percent = static_cast<long long>(100.0 * static_cast<double>(size) / static_cast<double>(end));
  return "the file is truncated: its index places media data up to byte " + std::to_string(end) + " but it has " +
         std::to_string(size) + " bytes (" + std::to_string(percent) +
         "%); duration and streams are as its header declares, and the frames past the cut are missing";
}

}  // namespace media
