#include "tests/media/mp4_fixture.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>

#include "tests/support/paths.hpp"

namespace mp4_testing {
namespace {

using media::Mp4Boxes;

const Bytes k_sony_uuid = "\x50\x52\x4F\x46\x21\xD2\x4F\xCE\xBB\x88\x69\x5C\xFA\xC9\xC7\x40";

Bytes data_atom(std::uint32_t type, const Bytes& value) { return box("data", be32(type) + be32(0) + value); }

// An audio entry with an 'esds' child: as long as a visual entry, but it has no compressorname.
Bytes audio_entry() {
  return box("mp4a", zeros(6) + be16(1) + zeros(8) + be16(2) + be16(16) + zeros(4) + be32(48000u << 16) +
                         full_box("esds", Bytes(40, '\x11')));
}

// QuickTime's moov/meta (no version/flags) with 'keys', and ISO's udta/meta (with them) without.
Bytes quicktime_meta() {
  const std::string make = "com.apple.quicktime.make", software = "com.apple.quicktime.software";
  const Bytes keys = full_box("keys", be32(2) + be32(8 + make.size()) + "mdta" + make + be32(8 + software.size()) +
                                          "mdta" + software);
  const Bytes ilst = box("ilst", box(be32(1), data_atom(1, "Apple")) + box(be32(2), data_atom(1, "17.1")));
  return box("meta", hdlr("mdta", Bytes(1, '\0')) + keys + ilst);
}

Bytes iso_meta() {
  const Bytes ilst = box("ilst", box(k_copyright + "too", data_atom(1, "Lavf60.3.100")) +
                                     box("tmpo", data_atom(21, be16(120))));
  return full_box("meta", hdlr("mdir", Bytes(1, '\0')) + ilst);
}

}  // namespace

Bytes be16(std::uint16_t v) { return {char(v >> 8), char(v)}; }
Bytes be32(std::uint32_t v) { return {char(v >> 24), char(v >> 16), char(v >> 8), char(v)}; }
Bytes be64(std::uint64_t v) { return be32(std::uint32_t(v >> 32)) + be32(std::uint32_t(v)); }
Bytes zeros(std::size_t n) { return Bytes(n, '\0'); }

Bytes box(const std::string& type, const Bytes& payload) {
  return be32(static_cast<std::uint32_t>(8 + payload.size())) + type + payload;
}
Bytes full_box(const std::string& type, const Bytes& payload) { return box(type, be32(0) + payload); }

Bytes hdlr(const std::string& type, const Bytes& name) { return full_box("hdlr", be32(0) + type + zeros(12) + name); }

Bytes visual_entry(const std::string& format, const std::string& compressor) {
  Bytes name = char(compressor.size()) + compressor;
  name.resize(32, '\0');
  return box(format, zeros(6) + be16(1) + zeros(16) + be16(640) + be16(360) + be32(0x480000) + be32(0x480000) +
                         be32(0) + be16(1) + name + be16(24) + be16(0xFFFF));
}

Bytes track(const Bytes& handler, const Bytes& entry, bool edit_list) {
  const Bytes stsd = full_box("stsd", be32(1) + entry);
  const Bytes minf = box("minf", full_box("vmhd", zeros(8)) + box("stbl", stsd + full_box("stts", be32(0))));
  const Bytes edts = edit_list ? box("edts", full_box("elst", be32(0))) : Bytes();
  return box("trak", full_box("tkhd", zeros(80)) + edts + box("mdia", full_box("mdhd", zeros(20)) + handler + minf));
}

Bytes synthetic_moov() {
  const Bytes udta = box("udta", box(k_copyright + "xyz", be16(18) + be16(0x15C7) + "+40.6800-074.5000/") +
                                     full_box("auth", be16(0x55C4) + "Reporter One" + '\0') +
                                     box("FIRM", "HD9.01.01.60.00") + box("free", zeros(6)) +
                                     box("CAME", "\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f\x10") +
                                     iso_meta() + be32(0));  // QuickTime's zero terminator
  return box("moov", full_box("mvhd", zeros(96)) +
                         track(hdlr("vide", "\x0cVideoHandler"), visual_entry("avc1", "H.264"), true) +
                         track(hdlr("soun", Bytes("SoundHandler\0", 13)), audio_entry(), false) + udta +
                         quicktime_meta() + box("uuid", k_sony_uuid + "sony profile"));
}

Bytes ftyp() { return box("ftyp", "isom" + be32(0x200) + "isom" + "mp41"); }

Bytes synthetic_file() {
  return ftyp() + synthetic_moov() + box("uuid", k_xmp_uuid + k_xmp_packet) + box("mdat", "frames");
}

std::filesystem::path write(const std::string& name, const Bytes& bytes) {
  const auto path = testing_support::temp_dir("mp4-boxes") / name;
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

Mp4Boxes read_bytes(const Bytes& bytes) {
  const auto b = media::read_mp4_boxes(write("file.mp4", bytes));
  EXPECT_TRUE(b.has_value());
  return b.value_or(Mp4Boxes{});
}

bool has_problem(const Mp4Boxes& b, const std::string& part) {
  return std::any_of(b.problems.begin(), b.problems.end(),
                     [&](const std::string& p) { return p.find(part) != std::string::npos; });
}

std::string problems_text(const Mp4Boxes& b) {
  std::string out;
  for (const auto& p : b.problems) out += p + "\n";
  return out;
}

}  // namespace mp4_testing
