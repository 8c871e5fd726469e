#include "media/hls_variant.hpp"

extern "C" {
#include <libavformat/avformat.h>
#include <libavutil/dict.h>
}

#include <charconv>
#include <string>
#include <string_view>
#include <vector>

#include "fetch/platforms/media_choice.hpp"

namespace media {
namespace {

std::int64_t program_bitrate(const AVProgram* program) {
  const AVDictionaryEntry* entry = av_dict_get(program->metadata, "variant_bitrate", nullptr, 0);
  if (!entry || !entry->value) return 0;
  std::int64_t value = 0;
  const std::string_view text(entry->value);
  std::from_chars(text.data(), text.data() + text.size(), value);
  return value;
}

bool in_program(const AVProgram* program, unsigned stream) {
  for (unsigned i = 0; i < program->nb_stream_indexes; ++i) {
    if (program->stream_index[i] == stream) return true;
  }
  return false;
}

}  // namespace

int keep_one_variant(AVFormatContext* ctx, std::int64_t max_bitrate) {
  if (ctx->nb_programs < 2) return -1;
  // The same rule as for MP4 renditions: each program stands in as one.
  std::vector<fetch::VideoVariant> variants;
  for (unsigned i = 0; i < ctx->nb_programs; ++i) {
    variants.push_back(fetch::VideoVariant{std::to_string(i), "video/mp4", program_bitrate(ctx->programs[i])});
  }
  const auto chosen = fetch::choose_variant(variants, fetch::MediaChoice{max_bitrate});
  const int kept = chosen ? std::stoi(chosen->url) : 0;
  const AVProgram* program = ctx->programs[kept];
  for (unsigned i = 0; i < ctx->nb_programs; ++i) {
    if (static_cast<int>(i) != kept) ctx->programs[i]->discard = AVDISCARD_ALL;
  }
  for (unsigned s = 0; s < ctx->nb_streams; ++s) {
    if (!in_program(program, s)) ctx->streams[s]->discard = AVDISCARD_ALL;
  }
  return kept;
}

}  // namespace media
