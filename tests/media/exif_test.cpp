// EXIF of images: the fixtures written by exiftool, and the same EXIF moved
// into a PNG eXIf chunk and a WebP EXIF chunk; damaged payloads give nothing
// or fewer facts, never a crash.
#include <gtest/gtest.h>

#include <cstring>
#include <fstream>

#include "media/exif_tags.hpp"
#include "media/probe.hpp"
#include "tests/support/paths.hpp"

namespace {

using Bytes = std::string;

Bytes be32(std::uint32_t v) { return {char(v >> 24), char(v >> 16), char(v >> 8), char(v)}; }
Bytes le32(std::uint32_t v) { return {char(v), char(v >> 8), char(v >> 16), char(v >> 24)}; }

// The TIFF part of the photo's APP1 segment (after "Exif\0\0").
Bytes tiff_of_photo() {
  const Bytes jpeg = testing_support::read_file(testing_support::fixture("photo-exif.jpg"));
  const auto at = jpeg.find(std::string("Exif\0\0", 6));
  EXPECT_NE(at, Bytes::npos);
  const std::size_t length = (static_cast<unsigned char>(jpeg[at - 2]) << 8) | static_cast<unsigned char>(jpeg[at - 1]);
  return jpeg.substr(at + 6, length - 2 - 6);
}

std::filesystem::path write(const std::string& name, const Bytes& bytes) {
  const auto path = testing_support::temp_dir("exif") / name;
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

void expect_photo_facts(const media::ExifFacts& e) {
  EXPECT_EQ(e.date_time_original, "2020:04:14 10:12:30");
  EXPECT_EQ(e.offset_time_original, "+03:00");
  EXPECT_EQ(e.make, "Canon");
  EXPECT_EQ(e.model, "Canon EOS 80D");
  EXPECT_EQ(e.software, "Firmware 1.0.2");
  ASSERT_TRUE(e.lat && e.lon && e.altitude_m);
  EXPECT_EQ(*e.lat, 34.5601);
  EXPECT_EQ(*e.lon, 38.2672);
  EXPECT_EQ(*e.altitude_m, 404.5);
  EXPECT_EQ(e.fields.at("exif:GPSLatitudeRef"), "N");
  EXPECT_EQ(e.fields.count("exif:MakerNote"), 0u);
  EXPECT_TRUE(e.problems.empty());
}

TEST(Exif, JpegFromExiftool) {
  const auto e = media::read_exif(testing_support::fixture("photo-exif.jpg"));
  ASSERT_TRUE(e.has_value());
  expect_photo_facts(*e);
}

TEST(Exif, SouthWestAndBelowSeaLevel) {
  const auto e = media::read_exif(testing_support::fixture("photo-gps-sw.jpg"));
  ASSERT_TRUE(e.has_value());
  ASSERT_TRUE(e->lat && e->lon && e->altitude_m);
  EXPECT_EQ(*e->lat, -22.9519);
  EXPECT_EQ(*e->lon, -43.2105);
  EXPECT_EQ(*e->altitude_m, -12.0);
  EXPECT_TRUE(e->offset_time_original.empty());
}

TEST(Exif, ImagesWithoutExif) {
  EXPECT_FALSE(media::read_exif(testing_support::fixture("photo.png")).has_value());
  EXPECT_FALSE(media::read_exif(testing_support::fixture("sticker.webp")).has_value());
  EXPECT_FALSE(media::read_exif(testing_support::fixture("tags.mp4")).has_value());
  EXPECT_FALSE(media::read_exif(testing_support::fixture("zero.mp4")).has_value());
}

TEST(Exif, PngEXIfChunk) {
  const Bytes png = testing_support::read_file(testing_support::fixture("photo.png"));
  const Bytes tiff = tiff_of_photo();
  const Bytes chunk = be32(static_cast<std::uint32_t>(tiff.size())) + "eXIf" + tiff + be32(0);  // CRC is not checked
  const Bytes with_exif = png.substr(0, 33) + chunk + png.substr(33);  // after the signature and IHDR
  const auto file = write("exif.png", with_exif);
  const auto e = media::read_exif(file);
  ASSERT_TRUE(e.has_value());
  expect_photo_facts(*e);
  const auto report = media::probe_file(file, media::InputLimits{});
  ASSERT_TRUE(report.has_value()) << core::to_line(report.error());
  EXPECT_EQ(report->kind, "image");
  EXPECT_EQ(report->location_from, "exif GPS");
  EXPECT_EQ(report->capture_time_from, "exif DateTimeOriginal");
}

TEST(Exif, WebpEXIFChunk) {
  const Bytes webp = testing_support::read_file(testing_support::fixture("sticker.webp"));
  Bytes tiff = tiff_of_photo();
  Bytes chunk = "EXIF" + le32(static_cast<std::uint32_t>(tiff.size())) + tiff;
  if (tiff.size() % 2) chunk += '\0';
  Bytes body = webp.substr(12) + chunk;
  const auto file = write("exif.webp", "RIFF" + le32(static_cast<std::uint32_t>(body.size() + 4)) + "WEBP" + body);
  const auto e = media::read_exif(file);
  ASSERT_TRUE(e.has_value());
  expect_photo_facts(*e);
}

TEST(Exif, DamagedPayloadsGiveNothingOrLess) {
  const Bytes tiff = tiff_of_photo();
  for (std::size_t cut : {0ul, 4ul, 8ul, 16ul, tiff.size() / 2, tiff.size() - 1}) {
    const auto e = media::exif_facts(reinterpret_cast<const unsigned char*>(tiff.data()), cut);
    if (e) {
      EXPECT_LE(e->fields.size(), 64u);
    }
  }
  Bytes zero_denominators = tiff;
  for (std::size_t i = 0; i + 8 <= zero_denominators.size(); i += 8) {
    // not aimed: overwrites every 8th byte run; libexif must still not crash
    std::memset(&zero_denominators[i + 4], 0, 1);
  }
  (void)media::exif_facts(reinterpret_cast<const unsigned char*>(zero_denominators.data()), zero_denominators.size());
  EXPECT_FALSE(media::exif_facts(nullptr, 100).has_value());
}

TEST(Exif, JpegWhoseSegmentsRunPastTheEnd) {
  Bytes jpeg = "\xFF\xD8\xFF\xE1\xFF\xF0" + std::string("Exif\0\0", 6) + "MM";
  EXPECT_FALSE(media::read_exif(write("short.jpg", jpeg)).has_value());
  Bytes fill = "\xFF\xD8" + std::string(5000, '\xFF');
  EXPECT_FALSE(media::read_exif(write("fill.jpg", fill)).has_value());
}

}  // namespace
