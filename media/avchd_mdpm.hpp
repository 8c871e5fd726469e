#pragma once
// MDPM ("Modified Digital Video Pack Metadata"): what AVCHD camcorders and
// cameras (Sony, Panasonic, Canon, JVC) write into the H.264 stream of
// .MTS/.M2TS files: the recording time with the camera's time zone, and the
// make (and, for Sony, the model).
//
// It lives in an SEI NAL unit (type 6), in a "user data unregistered"
// message (payload type 5) whose UUID is 17ee8c60-f84d-11d9-8cd6-0800200c9a66,
// followed by "MDPM", an entry count and 5-byte entries (a tag byte and four
// data bytes) in increasing tag order. The layout follows exiftool's H264.pm.
//
// Bounds: only the buffer given is read; one MDPM block per buffer (the
// first); at most 255 entries; a file is read for at most `max_packets`
// video packets, through libavformat's MPEG-TS demuxer and nothing else.

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace media {

struct MdpmFacts {
  std::string local_time;               // "2019-04-24T22:24:00": the camera's clock as written
  std::optional<int> offset_minutes;    // the zone the camera wrote, east positive (120 for +02:00); nullopt when none
  bool dst = false;                     // the camera's daylight-saving flag (the offset already includes it)
  std::string utc_time;                 // "2019-04-24T20:24:00Z": local_time less the offset; empty without both
  std::string make;                     // "Sony", "Panasonic", "Canon", … from the 0xe0 code; empty when unknown
  std::optional<std::uint16_t> make_code;  // the 0xe0 code as written (0x0108 for Sony)
  std::string model;                    // model string when present (tags 0xe4-0xe6, written by Sony)
  std::vector<std::string> problems;    // entries present but unusable: "MDPM recording time is not a date: …"
};

// One H.264 access unit or SEI NAL payload in Annex B form (start codes) — scans its NAL units of type 6,
// its SEI messages of payload type 5 with the MDPM UUID; handles emulation-prevention bytes (00 00 03).
// Adds to `facts` what it finds; returns true when an MDPM block was found. Never reads outside the buffer.
bool read_mdpm_from_h264(const std::uint8_t* data, std::size_t size, MdpmFacts& facts);

// The first video packets of a file (libavformat), at most `max_packets`: nullopt when no MDPM is found
// or the main video stream is not H.264.
std::optional<MdpmFacts> read_mdpm_file(const std::filesystem::path& file, int max_packets = 30);

}  // namespace media
