#include "media/hls_to_file.hpp"

extern "C" {
#include <libavformat/avformat.h>
}

#include <map>

#include "fetch/media_output.hpp"
#include "fetch/stage_source.hpp"
#include "media/hls_remux.hpp"
#include "media/remote_input.hpp"

namespace media {

std::string extension_for_format(const std::string& demuxer_name) {
  static const std::map<std::string, std::string> extensions = {
      {"mov", "mp4"},   {"matroska", "mkv"}, {"mpegts", "ts"},    {"flv", "flv"},       {"avi", "avi"},
      {"asf", "wmv"},   {"ogg", "ogg"},      {"mpeg", "mpg"},     {"h264", "h264"},     {"hevc", "hevc"},
      {"m4v", "m4v"},   {"ivf", "ivf"},      {"gif", "gif"},      {"jpeg_pipe", "jpg"}, {"png_pipe", "png"},
      {"webp_pipe", "webp"}, {"bmp_pipe", "bmp"}, {"tiff_pipe", "tif"}};
  const std::string first = demuxer_name.substr(0, demuxer_name.find(','));
  auto it = extensions.find(first);
  return it == extensions.end() ? "bin" : it->second;
}

core::Result<fetch::RemoteMediaFile> remote_to_file(const std::string& url, fetch::StageSource& source,
                                                    const RemoteLimits& limits, const std::filesystem::path& stem) {
  auto input = RemoteInput::open(url, source, limits);
  if (!input) return tl::unexpected(input.error());
  if (input->is_playlist()) {
    auto remuxed = remux_to_file(*input, stem);
    if (!remuxed) return tl::unexpected(remuxed.error());
    return fetch::RemoteMediaFile{remuxed->file, remuxed->sha256, input->custody()};
  }
  // A file the host serves whole is the evidence itself: keep its bytes.
  std::filesystem::path target = stem;
  target += "." + extension_for_format(input->get()->iformat->name);
  const fetch::CustodyRecord& record = input->custody();
  if (auto placed = fetch::place_media(input->blob(), record.sha256, target); !placed) {
    return tl::unexpected(placed.error());
  }
  return fetch::RemoteMediaFile{target, record.sha256, record};
}

fetch::RemoteMediaReader remote_media_reader(const core::Config& config) {
  const RemoteLimits limits = remote_limits(config);
  return [limits](const std::string& url, fetch::StageSource& source, const std::filesystem::path& stem) {
    return remote_to_file(url, source, limits, stem);
  };
}

}  // namespace media
