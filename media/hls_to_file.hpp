#pragma once
// The one way a remote video becomes a local file: read through the gate
// (media/remote_input.hpp), so every byte comes through the fetch stage's
// source with its custody record. An HLS playlist is copied stream by
// stream (no re-encode) into <stem>.mp4 (.mkv when MP4 cannot hold the
// codecs); any other media answer is kept byte for byte as <stem>.<ext>,
// the extension chosen from the container FFmpeg recognised. Offline, the
// same cache gives the same file and the same SHA-256.

#include <filesystem>
#include <string>

#include "core/config.hpp"
#include "core/result.hpp"
#include "fetch/fetch_stage.hpp"
#include "media/remote_limits.hpp"

namespace fetch {
class StageSource;
}

namespace media {

// The custody in the result is the top-level answer's (the playlist's, for HLS).
core::Result<fetch::RemoteMediaFile> remote_to_file(const std::string& url, fetch::StageSource& source,
                                                    const RemoteLimits& limits, const std::filesystem::path& stem);

// remote_to_file with the limits of `config`: the reader the CLI gives the
// fetch stage (fetch::FetchSettings::read_remote_media).
fetch::RemoteMediaReader remote_media_reader(const core::Config& config);

// "mp4" for "mov,mp4,m4a,3gp,3g2,mj2", "mkv" for Matroska, "ts", "jpg", …; "bin" for others.
std::string extension_for_format(const std::string& demuxer_name);

}  // namespace media
