// The ISO-BMFF box walker: real camera, phone and editor files (values checked against
// `exiftool -a -G1 -ee`), a file built here whose every value is known, and damaged files: every
// truncation, seeded byte mutations, impossible sizes and deep nesting give problems, never a crash.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <random>

#include "media/mp4_boxes.hpp"
#include "tests/support/paths.hpp"

namespace {

using Bytes = std::string;
using media::Mp4Boxes;

const std::string k_copyright = "\xa9";  // QuickTime's user-data prefix byte, '©' in FourCC text

Bytes be16(std::uint16_t v) { return {char(v >> 8), char(v)}; }
Bytes be32(std::uint32_t v) { return {char(v >> 24), char(v >> 16), char(v >> 8), char(v)}; }
Bytes be64(std::uint64_t v) { return be32(std::uint32_t(v >> 32)) + be32(std::uint32_t(v)); }
Bytes zeros(std::size_t n) { return Bytes(n, '\0'); }

Bytes box(const std::string& type, const Bytes& payload) {
  return be32(static_cast<std::uint32_t>(8 + payload.size())) + type + payload;
}
Bytes full_box(const std::string& type, const Bytes& payload) { return box(type, be32(0) + payload); }

Bytes hdlr(const std::string& type, const Bytes& name) { return full_box("hdlr", be32(0) + type + zeros(12) + name); }

Bytes data_atom(std::uint32_t type, const Bytes& value) { return box("data", be32(type) + be32(0) + value); }

// A visual sample entry (ISO 14496-12 VisualSampleEntry) with a Pascal compressorname.
Bytes visual_entry(const std::string& format, const std::string& compressor) {
  Bytes name = char(compressor.size()) + compressor;
  name.resize(32, '\0');
  return box(format, zeros(6) + be16(1) + zeros(16) + be16(640) + be16(360) + be32(0x480000) + be32(0x480000) +
                         be32(0) + be16(1) + name + be16(24) + be16(0xFFFF));
}

// An audio entry with an 'esds' child: as long as a visual entry, but it has no compressorname.
Bytes audio_entry() {
  return box("mp4a", zeros(6) + be16(1) + zeros(8) + be16(2) + be16(16) + zeros(4) + be32(48000u << 16) +
                         full_box("esds", Bytes(40, '\x11')));
}

Bytes track(const Bytes& handler, const Bytes& entry, bool edit_list) {
  const Bytes stsd = full_box("stsd", be32(1) + entry);
  const Bytes minf = box("minf", full_box("vmhd", zeros(8)) + box("stbl", stsd + full_box("stts", be32(0))));
  const Bytes edts = edit_list ? box("edts", full_box("elst", be32(0))) : Bytes();
  return box("trak", full_box("tkhd", zeros(80)) + edts + box("mdia", full_box("mdhd", zeros(20)) + handler + minf));
}

const Bytes k_xmp_uuid = "\xBE\x7A\xCF\xCB\x97\xA9\x42\xE8\x9C\x71\x99\x94\x91\xE3\xAF\xAC";
const Bytes k_sony_uuid = "\x50\x52\x4F\x46\x21\xD2\x4F\xCE\xBB\x88\x69\x5C\xFA\xC9\xC7\x40";
const std::string k_xmp_packet =
    "<?xpacket begin=\"\xef\xbb\xbf\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?><x:xmpmeta xmlns:x=\"adobe:ns:meta/\">"
    "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description "
    "xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmp:CreatorTool=\"Test Editor 1.0\"/></rdf:RDF></x:xmpmeta>"
    "<?xpacket end=\"w\"?>";

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

// Nothing a damaged file does may take us past the caps.
void expect_within_caps(const Mp4Boxes& b) {
  EXPECT_LE(b.tracks.size(), 100u);
  EXPECT_LE(b.user_data.size(), 1000u);
  EXPECT_LE(b.item_list.size(), 1000u);
  EXPECT_LE(b.problems.size(), 101u);
  EXPECT_LE(b.xmp.size(), std::size_t{1} << 20);
  for (const auto& [key, value] : b.user_data) EXPECT_LE(value.size(), 4096u) << key;
  for (const auto& [key, value] : b.item_list) EXPECT_LE(value.size(), 4096u) << key;
}

// ---- a file whose every value is known ----

TEST(Mp4Boxes, SyntheticFileGivesExactValues) {
  const Mp4Boxes b = read_bytes(synthetic_file());
  EXPECT_EQ(b.major_brand, "isom");
  EXPECT_EQ(b.minor_version, 0x200u);
  EXPECT_EQ(b.compatible_brands, (std::vector<std::string>{"isom", "mp41"}));
  ASSERT_EQ(b.tracks.size(), 2u);
  EXPECT_EQ(b.tracks[0].handler_type, "vide");
  EXPECT_EQ(b.tracks[0].handler_name, "VideoHandler");  // Pascal length byte dropped
  EXPECT_EQ(b.tracks[0].sample_format, "avc1");
  EXPECT_EQ(b.tracks[0].compressor_name, "H.264");
  EXPECT_TRUE(b.tracks[0].has_edit_list);
  EXPECT_EQ(b.tracks[1].handler_type, "soun");
  EXPECT_EQ(b.tracks[1].handler_name, "SoundHandler");  // C string's NUL dropped
  EXPECT_EQ(b.tracks[1].sample_format, "mp4a");
  EXPECT_EQ(b.tracks[1].compressor_name, "");
  EXPECT_FALSE(b.tracks[1].has_edit_list);
  const std::map<std::string, std::string> user_data = {{"©xyz", "+40.6800-074.5000/"},
                                                        {"auth", "Reporter One"},
                                                        {"FIRM", "HD9.01.01.60.00"},
                                                        {"CAME", "0102030405060708090a0b0c0d0e0f10"}};
  EXPECT_EQ(b.user_data, user_data);
  const std::map<std::string, std::string> items = {{"com.apple.quicktime.make", "Apple"},
                                                    {"com.apple.quicktime.software", "17.1"},
                                                    {"©too", "Lavf60.3.100"},
                                                    {"tmpo", "120"}};
  EXPECT_EQ(b.item_list, items);
  EXPECT_EQ(b.xmp, k_xmp_packet);
  EXPECT_EQ(b.uuid_boxes,
            (std::vector<std::string>{"50524f46-21d2-4fce-bb88-695cfac9c740", "be7acfcb-97a9-42e8-9c71-999491e3afac"}));
  EXPECT_TRUE(b.problems.empty()) << problems_text(b);
}

TEST(Mp4Boxes, XmpInUdtaAndThreeGppLocation) {
  // loci: version/flags, language, place "Home", role 0, longitude, latitude, altitude (16.16), body, notes
  const auto fixed_16_16 = [](double v) { return be32(static_cast<std::uint32_t>(std::int32_t(v * 65536))); };
  const Bytes loci = full_box("loci", be16(0x15C7) + "Home" + '\0' + '\0' + fixed_16_16(-122.4064) +
                                          fixed_16_16(37.7858) + fixed_16_16(10) + "earth" + '\0' + '\0');
  const Bytes utf16_title =
      full_box("titl", be16(0x15C7) + "\xFE\xFF" + be16(0x00C9) + be16('t') + be16('e') + be16(0));  // "Éte"
  const Bytes udta = box("udta", box("XMP_", k_xmp_packet + '\0') + loci + utf16_title +
                                     box(k_copyright + "day", be16(20) + be16(0) + "2024-03-01T10:00:00Z") +
                                     box("MUID", "0123456789") + box("smta", zeros(4)));
  const Mp4Boxes b = read_bytes(ftyp() + box("moov", udta));
  EXPECT_EQ(b.xmp, k_xmp_packet);
  EXPECT_EQ(b.user_data.count("XMP_"), 0u);
  EXPECT_EQ(b.user_data.at("loci"), "+37.7858-122.4064+10.000000/Home");
  EXPECT_EQ(b.user_data.at("titl"), "\xc3\x89te");
  EXPECT_EQ(b.user_data.at("©day"), "2024-03-01T10:00:00Z");
  EXPECT_EQ(b.user_data.at("MUID"), "30313233343536373839");  // binary by name, even when it reads as text
  EXPECT_EQ(b.user_data.at("smta"), "00000000");              // nothing printable: hex
  EXPECT_TRUE(b.problems.empty()) << problems_text(b);
}

TEST(Mp4Boxes, LargesizeAndSizeZeroAreFollowed) {
  const Bytes moov = synthetic_moov();
  const Bytes large_moov = be32(1) + "moov" + be64(16 + moov.size() - 8) + moov.substr(8);
  const Bytes open_mdat = be32(0) + "mdat" + "frames to the end of the file";
  const Mp4Boxes b = read_bytes(ftyp() + large_moov + open_mdat);
  EXPECT_EQ(b.tracks.size(), 2u);
  EXPECT_EQ(b.user_data.at("FIRM"), "HD9.01.01.60.00");
  EXPECT_TRUE(b.problems.empty()) << problems_text(b);
}

// ---- not ISO-BMFF ----

TEST(Mp4Boxes, OtherFilesAreNotIsoBmff) {
  EXPECT_FALSE(media::read_mp4_boxes(write("empty.mp4", "")).has_value());
  EXPECT_FALSE(media::read_mp4_boxes(write("short.mp4", Bytes("\0\0\0\x08" "ftyp", 8).substr(0, 6))).has_value());
  EXPECT_FALSE(media::read_mp4_boxes(write("photo.jpg", Bytes("\xFF\xD8\xFF\xE0\0\x10JFIF\0", 11))).has_value());
  EXPECT_FALSE(media::read_mp4_boxes(write("riff.avi", Bytes("RIFF\0\0\0\0AVI LIST", 16))).has_value());
  EXPECT_FALSE(media::read_mp4_boxes(write("other.box", box("abcd", "not a known first box"))).has_value());
  EXPECT_FALSE(media::read_mp4_boxes(testing_support::temp_dir("mp4-boxes") / "missing.mp4").has_value());
  EXPECT_FALSE(media::read_mp4_boxes(testing_support::temp_dir("mp4-boxes")).has_value());  // a folder
}

// ---- damaged files ----

TEST(Mp4Boxes, EveryTruncationIsReportedOrEndsOnABox) {
  const Bytes file = synthetic_file();
  std::vector<std::size_t> box_ends;
  for (std::size_t at = 0; at < file.size();) {
    at += std::size_t{static_cast<unsigned char>(file[at + 2])} << 8 | static_cast<unsigned char>(file[at + 3]);
    box_ends.push_back(at);
  }
  const auto path = testing_support::temp_dir("mp4-boxes") / "cut.mp4";
  for (std::size_t n = 0; n <= file.size(); ++n) {
    std::ofstream(path, std::ios::binary | std::ios::trunc) << file.substr(0, n);
    const auto b = media::read_mp4_boxes(path);
    if (n < 8) {
      EXPECT_FALSE(b.has_value()) << n;
      continue;
    }
    ASSERT_TRUE(b.has_value()) << n;
    expect_within_caps(*b);
    const bool on_a_box = std::find(box_ends.begin(), box_ends.end(), n) != box_ends.end();
    EXPECT_EQ(b->problems.empty(), on_a_box) << "cut at " << n << ":\n" << problems_text(*b);
  }
}

TEST(Mp4Boxes, SeededMutationsNeverCrash) {
  const Bytes file = synthetic_file();
  const auto path = testing_support::temp_dir("mp4-boxes") / "mutated.mp4";
  std::mt19937 random(20240611);
  std::uniform_int_distribution<std::size_t> position(0, file.size() - 1);
  std::uniform_int_distribution<int> byte(0, 255), count(1, 6);
  const std::uint32_t special_sizes[] = {0, 1, 7, 8, 9, 16, 0x7FFFFFFF, 0xFFFFFFFF};
  for (int round = 0; round < 400; ++round) {
    Bytes mutated = file;
    for (int k = count(random); k > 0; --k) mutated[position(random)] = char(byte(random));
    if (round % 4 == 0) {  // a size field set to something awkward
      const std::size_t at = position(random) & ~std::size_t{3};
      if (at + 4 <= mutated.size()) mutated.replace(at, 4, be32(special_sizes[round / 4 % std::size(special_sizes)]));
    }
    std::ofstream(path, std::ios::binary | std::ios::trunc) << mutated;
    const auto b = media::read_mp4_boxes(path);
    if (b) expect_within_caps(*b);
  }
}

TEST(Mp4Boxes, HugeSizesAreProblemsNotFollowed) {
  const Bytes tail = synthetic_moov();  // would give tracks if the bad box were skipped by its size
  const Mp4Boxes size32 = read_bytes(ftyp() + be32(0xFFFFFFFF) + "mdat" + "frames" + tail);
  EXPECT_TRUE(has_problem(size32, "box 'mdat' at offset 24 runs past the end of the file")) << problems_text(size32);
  EXPECT_TRUE(size32.tracks.empty());

  const Mp4Boxes size64 = read_bytes(ftyp() + be32(1) + "mdat" + be64(std::uint64_t{1} << 62) + "frames" + tail);
  EXPECT_TRUE(has_problem(size64, "runs past the end of the file (size 4611686018427387904)")) << problems_text(size64);
  EXPECT_TRUE(size64.tracks.empty());

  const Mp4Boxes tiny = read_bytes(ftyp() + be32(1) + "mdat" + be64(12) + tail);
  EXPECT_TRUE(has_problem(tiny, "has an impossible size 12")) << problems_text(tiny);
}

TEST(Mp4Boxes, ZeroSizeInsideAContainer) {
  const Bytes terminated = box("udta", box("FIRM", "HD9") + be32(0) + be32(0));  // terminator and padding
  const Mp4Boxes quiet = read_bytes(ftyp() + box("moov", terminated));
  EXPECT_EQ(quiet.user_data.at("FIRM"), "HD9");
  EXPECT_TRUE(quiet.problems.empty()) << problems_text(quiet);

  const Bytes cut = box("udta", box("FIRM", "HD9") + be32(0) + "LENS" + box("CAME", "x"));
  const Mp4Boxes early = read_bytes(ftyp() + box("moov", cut));
  EXPECT_EQ(early.user_data.count("CAME"), 0u);
  EXPECT_TRUE(has_problem(early, "box 'LENS' at offset 51 has size 0 inside 'udta'")) << problems_text(early);
}

TEST(Mp4Boxes, ChildRunningPastItsParentIsAProblem) {
  const Bytes udta = box("udta", box("FIRM", "HD9") + be32(400) + "LENS" + "short");
  const Mp4Boxes b = read_bytes(ftyp() + box("moov", udta) + box("mdat", zeros(500)));
  EXPECT_EQ(b.user_data.at("FIRM"), "HD9");
  EXPECT_EQ(b.user_data.count("LENS"), 0u);
  EXPECT_TRUE(has_problem(b, "box 'LENS' at offset 51 runs past the end of its parent 'udta'")) << problems_text(b);
}

TEST(Mp4Boxes, SelfNestingStopsAtTheDepthCap) {
  // moov inside moov 5000 times, with a track at the bottom: built from the outside in.
  const Bytes inner = track(hdlr("vide", "\x04" "deep"), visual_entry("avc1", "deep"), false);
  const int levels = 5000;
  Bytes file = ftyp();
  for (int i = 0; i < levels; ++i) file += be32(static_cast<std::uint32_t>(8 * (levels - i) + inner.size())) + "moov";
  file += inner;
  const Mp4Boxes b = read_bytes(file);
  EXPECT_TRUE(b.tracks.empty());
  EXPECT_TRUE(has_problem(b, "box 'moov' at offset 80 is nested deeper than 8 levels: not read")) << problems_text(b);
}

TEST(Mp4Boxes, BoxAndTrackCaps) {
  Bytes many_atoms;
  for (int i = 0; i < 25000; ++i) many_atoms += box("free", "");
  const Mp4Boxes boxes = read_bytes(ftyp() + box("moov", box("udta", many_atoms)));
  EXPECT_TRUE(has_problem(boxes, "more than 20000 boxes")) << problems_text(boxes);

  Bytes many_tracks;
  for (int i = 0; i < 150; ++i) many_tracks += box("trak", "");
  const Mp4Boxes tracks = read_bytes(ftyp() + box("moov", many_tracks));
  EXPECT_EQ(tracks.tracks.size(), 100u);
  EXPECT_TRUE(has_problem(tracks, "more than 100 tracks")) << problems_text(tracks);

  Bytes many_user_atoms;
  for (int i = 0; i < 1200; ++i) many_user_atoms += box(be32(0x41410000u + i), "x");
  const Mp4Boxes user_atoms = read_bytes(ftyp() + box("moov", box("udta", many_user_atoms)));
  EXPECT_EQ(user_atoms.user_data.size(), 1000u);
  EXPECT_TRUE(has_problem(user_atoms, "more than 1000 entries in 'udta'")) << problems_text(user_atoms);
}

TEST(Mp4Boxes, ValuesAreCapped) {
  const Bytes long_text(10000, 'a');
  const Bytes big_xmp = "<?xpacket " + Bytes((1u << 20) + 10, ' ');
  const Bytes udta = box("udta", box("TEXT", long_text));
  const Mp4Boxes b = read_bytes(ftyp() + box("uuid", k_xmp_uuid + big_xmp) + box("moov", udta));
  EXPECT_EQ(b.user_data.at("TEXT"), Bytes(4096, 'a'));
  // 2040 CJK characters in UTF-16 (4080 bytes) take 6120 bytes in UTF-8: cut to whole characters.
  Bytes utf16 = "\xFE\xFF";
  for (int i = 0; i < 2040; ++i) utf16 += be16(0x4E2D);
  const Mp4Boxes wide = read_bytes(ftyp() + box("moov", box("udta", full_box("titl", be16(0x15C7) + utf16))));
  EXPECT_EQ(wide.user_data.at("titl").size(), 4095u);
  EXPECT_EQ(wide.user_data.at("titl").substr(4092), "\xe4\xb8\xad");
  EXPECT_TRUE(b.xmp.empty());
  EXPECT_TRUE(has_problem(b, "is over the 1 MiB cap")) << problems_text(b);
}

// ---- real files ----

std::filesystem::path real_file(const std::string& name) {
  const auto path = testing_support::shared_dir() / "real-media" / "files" / name;
  if (!std::filesystem::exists(path)) ADD_FAILURE() << path << " is missing: the real media files live in ../shared";
  return path;
}

Mp4Boxes read_real(const std::string& name) {
  const auto b = media::read_mp4_boxes(real_file(name));
  EXPECT_TRUE(b.has_value()) << name;
  if (b) {
    EXPECT_TRUE(b->problems.empty()) << name << ":\n" << problems_text(*b);
  }
  return b.value_or(Mp4Boxes{});
}

std::vector<std::string> handler_names(const Mp4Boxes& b) {
  std::vector<std::string> names;
  for (const auto& t : b.tracks) names.push_back(t.handler_name);
  return names;
}

TEST(Mp4BoxesReal, GoProKarma) {
  const Mp4Boxes b = read_real("gpmf_karma.mp4");
  EXPECT_EQ(b.major_brand, "mp41");
  EXPECT_EQ(b.minor_version, 0x20131018u);  // exiftool: Minor Version 2013.10.18
  // exiftool: Handler Description of Track1..Track5; the names are Pascal strings ("\tGoPro AVC")
  const std::vector<std::string> names = {"GoPro AVC", "GoPro AAC", "GoPro TCD", "GoPro MET", "GoPro SOS"};
  EXPECT_EQ(handler_names(b), names);
  ASSERT_EQ(b.tracks.size(), 5u);
  EXPECT_EQ(b.tracks[0].compressor_name, "GoPro AVC encoder");
  EXPECT_EQ(b.tracks[2].sample_format, "tmcd");
  EXPECT_EQ(b.tracks[3].handler_type, "meta");
  EXPECT_EQ(b.tracks[3].sample_format, "gpmd");
  EXPECT_EQ(b.user_data.at("FIRM"), "HD5.02.02.00.00");
  EXPECT_EQ(b.user_data.at("LENS"), "LAE6101112400243");
  EXPECT_EQ(b.user_data.at("CAME"), "00000000000000000000000000000000");
  EXPECT_EQ(b.user_data.at("MUID"), "2abb85c696e812cecc59a04500565e4b07e14453000206fa4ffe000000000000");
  // A HERO5 writes no udta 'GPMF' atom (later models do): its GPMF is the 'gpmd' track alone.
  EXPECT_EQ(b.user_data.count("GPMF"), 0u);
}

TEST(Mp4BoxesReal, ReplayKitScreenRecording) {
  const Mp4Boxes b = read_real("nomexif_udta.auth.mp4");
  EXPECT_EQ(b.user_data.at("auth"), "ReplayKitRecording");
  EXPECT_EQ(handler_names(b), (std::vector<std::string>{"Core Media Video", "Core Media Audio"}));
  ASSERT_EQ(b.tracks.size(), 2u);
  EXPECT_EQ(b.tracks[0].sample_format, "hvc1");
}

TEST(Mp4BoxesReal, AfterEffectsXmp) {
  const Mp4Boxes b = read_real("dn_xmp480qt.mov");
  EXPECT_EQ(b.major_brand, "qt  ");
  EXPECT_EQ(b.xmp.size(), 3952u);
  EXPECT_EQ(b.xmp.rfind("<?xpacket begin=", 0), 0u);
  EXPECT_NE(b.xmp.find("Adobe After Effects 2020 (Macintosh)"), std::string::npos);
  EXPECT_EQ(b.user_data.at("©TIM"), "12:59:21:18");
  EXPECT_EQ(b.user_data.count("XMP_"), 0u);
  ASSERT_EQ(b.tracks.size(), 1u);
  EXPECT_EQ(b.tracks[0].handler_name, "Core Media Video");  // mdia's hdlr, not minf's "Core Media Data Handler"
  EXPECT_EQ(b.tracks[0].compressor_name, "H.264");
}

TEST(Mp4BoxesReal, FlirThermal) {
  // exiftool: Author "FLIR One", Location Information Lat=34.07539 Lon=-118.25430, Date/Time Original from
  // the plain 'date' atom; the file has no '©day' and no '©xyz'.
  const Mp4Boxes b = read_real("dn_FLIR Thermal.mp4");
  EXPECT_EQ(b.user_data.at("loci"), "+34.0754-118.2543/");
  EXPECT_EQ(b.user_data.at("date"), "2021-05-16T19:27:55Z");
  EXPECT_EQ(b.user_data.at("auth"), "FLIR One");
  EXPECT_EQ(b.user_data.at("dscp"), "palette:Arctic;mediaType:video;emissivity:0.95;");
  EXPECT_EQ(b.user_data.count("©day"), 0u);
  EXPECT_EQ(b.user_data.count("©xyz"), 0u);
  EXPECT_EQ(b.compatible_brands, (std::vector<std::string>{"isom", "mp41", "mp42"}));
}

TEST(Mp4BoxesReal, IphoneMov) {
  const Mp4Boxes b = read_real("dn_with-gps.mov");
  ASSERT_EQ(b.tracks.size(), 4u);
  EXPECT_EQ(b.tracks[1].handler_type, "vide");
  EXPECT_EQ(b.tracks[1].handler_name, "Core Media Video");
  EXPECT_EQ(b.tracks[1].compressor_name, "H.264");
  EXPECT_EQ(b.tracks[2].sample_format, "mebx");
  EXPECT_EQ(b.item_list.at("com.apple.quicktime.make"), "Apple");
  EXPECT_EQ(b.item_list.at("com.apple.quicktime.model"), "iPhone 6");
  EXPECT_EQ(b.item_list.at("com.apple.quicktime.software"), "12.3");
  EXPECT_EQ(b.item_list.at("com.apple.quicktime.location.ISO6709"), "+32.0929+034.8620+028.516/");
}

TEST(Mp4BoxesReal, FfmpegMuxedSample) {
  const Mp4Boxes b = read_real("exo_sample.mp4");
  EXPECT_EQ(b.compatible_brands, (std::vector<std::string>{"isom", "iso2", "avc1", "mp41"}));
  EXPECT_EQ(handler_names(b), (std::vector<std::string>{"VideoHandler", "SoundHandler"}));
  const std::map<std::string, std::string> user_data = {{"©xyz", "+40.680-074.500/"}};
  EXPECT_EQ(b.user_data, user_data);
  EXPECT_EQ(b.item_list.at("©too"), "Lavf56.1.0");  // exiftool: [ItemList] Encoder
  EXPECT_EQ(b.item_list.at("©xyz"), "+40.6892-074.0445+10.000/");
}

TEST(Mp4BoxesReal, AndroidPhoneMp4) {
  const Mp4Boxes b = read_real("dn_with-gps.mp4");
  EXPECT_EQ(b.user_data.at("©xyz"), "+51.4169-000.0806/");
  EXPECT_EQ(b.user_data.at("SDLN"), "SEQ_PLAY");
  EXPECT_EQ(b.item_list.at("com.android.version"), "6.0.1");
}

TEST(Mp4BoxesReal, EveryRealVideoReadsWithoutProblems) {
  for (const char* name : {"dn_with-gps.mp4", "exo_portrait_4k60.mp4", "exo_sample_android_slow_motion.mp4",
                           "exo_sample_with_color_info.mp4", "jcodec_zhuker-1D158634-1.mp4", "lychee_train.mov",
                           "nomexif_meta.mov"}) {
    const Mp4Boxes b = read_real(name);
    EXPECT_FALSE(b.tracks.empty()) << name;
    for (const auto& t : b.tracks) EXPECT_FALSE(t.handler_type.empty()) << name;
  }
  for (const char* name : {"nomexif_webm_480.webm", "dn_Sony ILCE-7M3 (A7M3).mts", "et_Pentax.avi", "et_GoPro.jpg"}) {
    EXPECT_FALSE(media::read_mp4_boxes(real_file(name)).has_value()) << name;
  }
}

}  // namespace
