#include "media/probe.hpp"

extern "C" {
#include <libavformat/avformat.h>
}

#include "core/text.hpp"
#include "media/heif_picture.hpp"
#include "media/probe_readings.hpp"
#include "media/probe_streams.hpp"
#include "media/probe_tags.hpp"

namespace media {
namespace {

core::Result<core::MediaReport> refuse(const std::filesystem::path& file, std::string message) {
  return core::fail("media", file.string(), std::move(message));
}

// "1 audio (aac)", "1 audio (aac), 1 data (bin_data)"
std::string stream_summary(const std::vector<core::StreamFacts>& streams) {
  if (streams.empty()) return "no streams at all";
  std::map<std::string, std::vector<std::string>> by_kind;
  for (const auto& s : streams) by_kind[s.kind].push_back(s.codec.empty() ? "unknown codec" : s.codec);
  std::string out;
  for (const auto& [kind, codecs] : by_kind) {
    if (!out.empty()) out += ", ";
    out += std::to_string(codecs.size()) + " " + kind + " (";
    for (std::size_t i = 0; i < codecs.size(); ++i) out += (i ? ", " : "") + codecs[i];
    out += ")";
  }
  return out;
}

std::optional<double> duration_of(const AVFormatContext* ctx, const AVStream* stream) {
  if (ctx->duration != AV_NOPTS_VALUE && ctx->duration > 0) return static_cast<double>(ctx->duration) / AV_TIME_BASE;
  if (stream->duration != AV_NOPTS_VALUE && stream->duration > 0) return static_cast<double>(stream->duration) * av_q2d(stream->time_base);
  return std::nullopt;
}

void add_tags(core::MediaReport& r, const AVFormatContext* ctx) {
  std::size_t dropped = 0;
  r.tags = tag_map(ctx->metadata, &dropped);
  if (dropped > 0) {
    r.notes.push_back("the container has " + std::to_string(dropped + k_max_tags) + " tags; only the first " +
                      std::to_string(k_max_tags) + " are kept");
  }
}

// An image's EXIF fields and any file's XMP fields join the tags, bounded like them.
void add_fields(core::MediaReport& r, const std::map<std::string, std::string>& fields) {
  for (const auto& [key, value] : fields) {
    if (r.tags.size() >= 2 * k_max_tags) break;
    r.tags.emplace(valid_utf8(key), core::shorten(valid_utf8(value), k_max_tag_bytes));
  }
}

// The readers beyond the tags, their fields joined to the tags, then what it all says.
void read_meaning(core::MediaReport& r, const std::filesystem::path& file, int main_index) {
  const FileReadings readings = read_beyond_tags(r, file);
  if (readings.image) {
    add_fields(r, readings.image->exif.fields);
    add_fields(r, readings.image->xmp_fields);
  }
  if (readings.box_xmp) add_fields(r, readings.box_xmp->xmp_fields);
  interpret_tags(r, readings.view(), main_index);
}

// The main stream's facts become the report's; images drop what their demuxer invents.
void take_main_stream(core::MediaReport& r, const AVFormatContext* ctx, int main_index) {
  core::StreamFacts& video = r.streams[main_index];
  const bool image = is_image_format(r.format);
  r.kind = image ? "image" : "video";
  r.width = video.width;
  r.height = video.height;
  r.rotation = video.rotation;
  if (image) {
    video.frame_rate = 0;  // an image demuxer's frame rate is its default, not the file's
  } else {
    r.duration_s = duration_of(ctx, ctx->streams[main_index]);
  }
  // an image demuxer's bitrate is the file's size over a made-up frame time
  r.bitrate = image ? 0 : std::max<int64_t>(ctx->bit_rate, 0);
}

void add_file_notes(core::MediaReport& r, AVFormatContext* ctx, int main_index) {
  bool flipped = false;
  if (display_rotation(ctx->streams[main_index], &flipped) && flipped) {
    r.notes.push_back("the display matrix mirrors the picture: what a player shows is flipped from what was recorded");
  }
  if (auto cut = truncation_note(ctx)) r.notes.push_back(*cut);
}

}  // namespace

core::Result<core::MediaReport> probe_file(const std::filesystem::path& file, const InputLimits& limits) {
  // 1 - open through the guarded input (its errors are already one line)
  auto input = AvInput::open_file(file, limits);
  if (!input) return tl::unexpected(input.error());
  return probe_input(*input, limits);
}

core::Result<core::MediaReport> probe_input(const AvInput& input, const InputLimits& limits) {
  const std::filesystem::path& file = input.path();
  AVFormatContext* ctx = input.get();

  // 2 - the container and its streams
  core::MediaReport r;
  r.file = file.string();
  r.format = ctx->iformat && ctx->iformat->name ? ctx->iformat->name : "";
  for (unsigned i = 0; i < ctx->nb_streams; ++i) r.streams.push_back(stream_facts(ctx->streams[i]));

  // 3 - the stream a viewer sees, which must have a size
  const int main_index = main_video_stream(ctx);
  if (main_index < 0) {
    return refuse(file, "no video or image stream: the file holds " + stream_summary(r.streams) + ", nothing to look at");
  }
  const core::StreamFacts& video = r.streams[main_index];
  if (video.width <= 0 || video.height <= 0) {
    return refuse(file, "stream " + std::to_string(video.index) + " (" + (video.codec.empty() ? "unknown codec" : video.codec) +
                            ") has no usable size: its header is damaged, or declares more than limits.frame_pixels (" +
                            std::to_string(limits.max_pixels) + " pixels)");
  }
  take_main_stream(r, ctx, main_index);

  // 4 - tags (and an image's EXIF), then what they say and how to weigh it
  add_tags(r, ctx);
  read_meaning(r, file, main_index);
  add_file_notes(r, ctx, main_index);

  if (input.timed_out()) return refuse(file, "reading took longer than the deadline (limits.media_seconds): stopped");
  return r;
}

core::MediaReport probe_heif(const std::filesystem::path& file, const HeifPicture& picture) {
  core::MediaReport r;
  r.file = file.string();
  r.format = "heif";
  r.kind = "image";
  r.width = picture.width;
  r.height = picture.height;
  core::StreamFacts image;
  image.kind = "video";
  image.codec = picture.codec;
  image.width = picture.width;
  image.height = picture.height;
  r.streams.push_back(image);
  read_meaning(r, file, 0);
  return r;
}

}  // namespace media
