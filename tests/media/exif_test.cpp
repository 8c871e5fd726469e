// EXIF of images: the fixtures written by exiftool, and the same EXIF moved
// into a PNG eXIf chunk and a WebP EXIF chunk; damaged payloads give nothing
// or fewer facts, never a crash.
#include <gtest/gtest.h>

#include <cstdint>
#include <fstream>

#include "media/image_metadata.hpp"
#include "media/probe.hpp"
#include "tests/support/paths.hpp"

namespace {

using Bytes = std::string;

Bytes be32(std::uint32_t v) { return {char(v >> 24), char(v >> 16), char(v >> 8), char(v)}; }
Bytes le32(std::uint32_t v) { return {char(v), char(v >> 8), char(v >> 16), char(v >> 24)}; }

// PNG's CRC-32 (ISO 3309, reflected, polynomial 0xEDB88320) over a chunk's type and data.
std::uint32_t crc32(const Bytes& bytes) {
  std::uint32_t crc = 0xFFFFFFFFu;
  for (const char c : bytes) {
    crc ^= static_cast<unsigned char>(c);
    for (int bit = 0; bit < 8; ++bit) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
  }
  return crc ^ 0xFFFFFFFFu;
}

Bytes photo_jpeg() { return testing_support::read_file(testing_support::fixture("photo-exif.jpg")); }

// Where the TIFF part of the photo's APP1 segment (after "Exif\0\0") starts, and its size.
struct TiffSpan {
  std::size_t at = 0;
  std::size_t size = 0;
};

TiffSpan tiff_span(const Bytes& jpeg) {
  const auto exif = jpeg.find(std::string("Exif\0\0", 6));
  if (exif == Bytes::npos || exif < 2) {
    ADD_FAILURE() << "no EXIF in the photo";
    return {};
  }
  const std::size_t length =
      (static_cast<unsigned char>(jpeg[exif - 2]) << 8) | static_cast<unsigned char>(jpeg[exif - 1]);
  return {exif + 6, length - 2 - 6};
}

Bytes tiff_of_photo() {
  const Bytes jpeg = photo_jpeg();
  const TiffSpan span = tiff_span(jpeg);
  return jpeg.substr(span.at, span.size);
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
  const auto m = media::read_image_metadata(testing_support::fixture("photo-exif.jpg"));
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->container, "jpeg");
  expect_photo_facts(m->exif);
}

TEST(Exif, SouthWestAndBelowSeaLevel) {
  const auto m = media::read_image_metadata(testing_support::fixture("photo-gps-sw.jpg"));
  ASSERT_TRUE(m.has_value());
  const media::ExifFacts& e = m->exif;
  ASSERT_TRUE(e.lat && e.lon && e.altitude_m);
  EXPECT_EQ(*e.lat, -22.9519);
  EXPECT_EQ(*e.lon, -43.2105);
  EXPECT_EQ(*e.altitude_m, -12.0);
  EXPECT_EQ(e.fields.at("exif:GPSAltitudeRef"), "1");
  EXPECT_TRUE(e.offset_time_original.empty());
  EXPECT_TRUE(e.problems.empty());
}

// No EXIF and no XMP: nothing at all, not an empty reading. MP4 is no image format read here.
TEST(Exif, ImagesWithoutExif) {
  for (const char* name : {"photo.png", "sticker.webp", "tags.mp4", "zero.mp4"}) {
    EXPECT_FALSE(media::read_image_metadata(testing_support::fixture(name)).has_value()) << name;
  }
}

TEST(Exif, PngEXIfChunk) {
  const Bytes png = testing_support::read_file(testing_support::fixture("photo.png"));
  const Bytes tiff = tiff_of_photo();
  const Bytes type_and_data = "eXIf" + tiff;
  const Bytes chunk = be32(static_cast<std::uint32_t>(tiff.size())) + type_and_data + be32(crc32(type_and_data));
  const Bytes with_exif = png.substr(0, 33) + chunk + png.substr(33);  // after the signature and IHDR
  const auto file = write("exif.png", with_exif);
  const auto m = media::read_image_metadata(file);
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->container, "png");
  expect_photo_facts(m->exif);
  const auto report = media::probe_file(file, media::InputLimits{});
  ASSERT_TRUE(report.has_value()) << core::to_line(report.error());
  EXPECT_EQ(report->kind, "image");
  EXPECT_EQ(report->location_from, "exif GPS");
  EXPECT_EQ(report->capture_time_from, "exif DateTimeOriginal + OffsetTimeOriginal");
}

TEST(Exif, WebpEXIFChunk) {
  const Bytes webp = testing_support::read_file(testing_support::fixture("sticker.webp"));
  const Bytes tiff = tiff_of_photo();
  Bytes chunk = "EXIF" + le32(static_cast<std::uint32_t>(tiff.size())) + tiff;
  if (tiff.size() % 2) chunk += '\0';
  const Bytes body = webp.substr(12) + chunk;
  const auto file = write("exif.webp", "RIFF" + le32(static_cast<std::uint32_t>(body.size() + 4)) + "WEBP" + body);
  const auto m = media::read_image_metadata(file);
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->container, "webp");
  expect_photo_facts(m->exif);
}

// The photo's EXIF cut short (the file ending there, or the APP1 segment holding only the start of it) and with
// bytes zeroed: nothing, or fewer facts than the whole photo has.
TEST(Exif, DamagedPayloadsGiveNothingOrLess) {
  const Bytes jpeg = photo_jpeg();
  const TiffSpan span = tiff_span(jpeg);
  ASSERT_GT(span.size, 16u);
  const auto whole = media::read_image_metadata(testing_support::fixture("photo-exif.jpg"));
  ASSERT_TRUE(whole.has_value());
  const std::size_t all_fields = whole->exif.fields.size();
  auto expect_less = [&](const std::optional<media::ImageMetadata>& m, const std::string& what) {
    if (!m) return;
    EXPECT_LE(m->exif.fields.size(), all_fields) << what;
    EXPECT_TRUE(m->xmp_fields.empty()) << what;
  };
  const Bytes app1_marker = jpeg.substr(span.at - 10, 2);
  ASSERT_EQ(app1_marker, "\xFF\xE1");
  const Bytes before_app1 = jpeg.substr(0, span.at - 10);
  const Bytes after_app1 = jpeg.substr(span.at + span.size);
  for (const std::size_t cut : {std::size_t{0}, std::size_t{4}, std::size_t{8}, std::size_t{16}, span.size / 2,
                                span.size - 1}) {
    const std::string what = "cut at " + std::to_string(cut);
    expect_less(media::read_image_metadata(write("cut.jpg", jpeg.substr(0, span.at + cut))), "file " + what);
    const Bytes short_app1 = app1_marker + Bytes{char((cut + 8) >> 8), char((cut + 8) & 0xFF)} +
                             std::string("Exif\0\0", 6) + jpeg.substr(span.at, cut);
    expect_less(media::read_image_metadata(write("short-app1.jpg", before_app1 + short_app1 + after_app1)),
                "segment " + what);
  }
  Bytes zeroed = jpeg;
  for (std::size_t i = span.at; i + 8 <= span.at + span.size; i += 8) {
    zeroed[i + 4] = '\0';  // not aimed: one byte in every eight of the TIFF part
  }
  expect_less(media::read_image_metadata(write("zeroed.jpg", zeroed)), "zeroed bytes");
  EXPECT_FALSE(media::read_image_metadata(write("empty.jpg", "")).has_value());
}

TEST(Exif, JpegWhoseSegmentsRunPastTheEnd) {
  const Bytes jpeg = "\xFF\xD8\xFF\xE1\xFF\xF0" + std::string("Exif\0\0", 6) + "MM";
  EXPECT_FALSE(media::read_image_metadata(write("short.jpg", jpeg)).has_value());
  const Bytes fill = "\xFF\xD8" + std::string(5000, '\xFF');
  EXPECT_FALSE(media::read_image_metadata(write("fill.jpg", fill)).has_value());
}

}  // namespace
