// The ISO-BMFF box walker on well-formed files: a file built here whose every value is known, and
// real camera, phone and editor files (values checked against `exiftool -a -G1 -ee`). Damaged and
// foreign files: mp4_boxes_damage_test.cpp.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "media/mp4_boxes.hpp"
#include "tests/media/mp4_fixture.hpp"
#include "tests/support/paths.hpp"

namespace {

using media::Mp4Boxes;
using namespace mp4_testing;  // the box builders and the synthetic file

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
