// The ISO-BMFF box walker on damaged and foreign files: every truncation, seeded byte mutations,
// impossible sizes and deep nesting give problems, never a crash, and every cap holds.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <random>

#include "media/mp4_boxes.hpp"
#include "tests/media/mp4_fixture.hpp"
#include "tests/support/paths.hpp"

namespace {

using media::Mp4Boxes;
using namespace mp4_testing;  // the box builders and the synthetic file

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

}  // namespace
