#pragma once
// The ISO-BMFF (MP4, MOV, 3GP) metadata FFmpeg's demuxer does not expose, which tells a camera original
// from a rewritten file: the brands, each track's handler and first sample entry (encoders name
// themselves there), the atoms of moov/udta (firmware, lens, 3GPP author and place), the meta/ilst
// items of moov and moov/udta, the uuid boxes, and the XMP packet.
//
// Boxes are read with seeks, never the whole file ('mdat' is skipped by its size), and only moov, trak,
// mdia, minf, stbl, stsd, edts, udta and meta are entered. Bounds: 8 levels of nesting, 20000 boxes,
// 100 tracks, 1000 entries per map, 4 KiB per value, 1 MiB of XMP, 100 problems. A box whose size runs
// past its parent or the file is reported and not followed, so a damaged file gives fewer facts, never
// a crash, a loop or a large allocation.

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace media {

struct Mp4Track {
  std::string handler_type;     // mdia/hdlr's type: "vide", "soun", "meta", "tmcd"
  std::string handler_name;     // mdia/hdlr's name without its Pascal length byte: "Core Media Video", "GoPro AVC"
  std::string sample_format;    // stsd first entry's format: "avc1", "hvc1", "gpmd", "mebx"
  std::string compressor_name;  // video tracks: the visual sample entry's compressorname ("H.264", "GoPro AVC encoder")
  bool has_edit_list = false;   // edts/elst present
};

struct Mp4Boxes {
  std::string major_brand;  // ftyp, as written: "isom", "qt  "
  std::uint32_t minor_version = 0;
  std::vector<std::string> compatible_brands;
  std::vector<Mp4Track> tracks;
  // Children of moov/udta by FourCC as text ("\xa9" written as "©", other bytes outside ASCII as "\xNN"):
  //   text atoms as written without trailing NULs: QuickTime '©xyz' '©day' '©mak' '©too' … (the first
  //     string after its 2-byte length and 2-byte language), 3GPP 'auth' 'titl' 'dscp' 'cprt' 'perf' 'gnre'
  //     (after version/flags and language; UTF-16 turned into UTF-8), plain 'FIRM' 'LENS' 'date' …;
  //   'loci' as FFmpeg renders it: "+34.0754-118.2543/" (ISO 6709, then the place name);
  //   binary atoms ('CAME' 'MUID' 'GPMF', and any that is not printable UTF-8): hex of the first 64 bytes.
  // 'XMP_' goes to `xmp`, 'meta' to `item_list`; 'free' and 'skip' are left out.
  std::map<std::string, std::string> user_data;
  // meta/ilst items of moov and moov/udta: "©too" → "Lavf56.1.0"; with a QuickTime 'keys' box, by key
  // name: "com.apple.quicktime.make" → "Apple". The first 'data' child, by its type: text, integers in
  // decimal, floats, anything else as 'user_data' renders binary.
  std::map<std::string, std::string> item_list;
  // The XMP packet: a uuid box BE7ACFCB-97A9-42E8-9C71-999491E3AFAC (top level, moov or moov/trak) or
  // udta/XMP_, whichever comes first.
  std::string xmp;
  std::vector<std::string> uuid_boxes;  // UUIDs of top-level and moov-level uuid boxes, lower-case hex with dashes
  std::vector<std::string> problems;    // "box 'mdat' at offset 40 runs past the end of the file", …
};

// nullopt when the file cannot be read or is not ISO-BMFF (its first box is none of ftyp, moov, mdat,
// free, wide, skip).
std::optional<Mp4Boxes> read_mp4_boxes(const std::filesystem::path& file);

}  // namespace media
