// Image metadata that is not in a JPEG, PNG, WebP or TIFF: XMP packets alone
// (as an MP4 'uuid' box holds them), and HEIC and AVIF made here with libheif,
// read through Exiv2 and through libheif's metadata blocks; damaged ones must
// give nothing or less, never a crash.
#include <gtest/gtest.h>

#include <libheif/heif.h>

#include <cstring>
#include <memory>
#include <random>

#include "media/heif_handles.hpp"
#include "media/heif_picture.hpp"
#include "media/image_metadata.hpp"
#include "media/media_stage.hpp"
#include "tests/media/image_metadata_fixture.hpp"
#include "tests/support/paths.hpp"

// x265, as libheif 1.15 drives it, leaks about 1 KB from x265_encoder_open per HEIC encoded here: not ours to free.
// Only sanitizer builds call this.
extern "C" const char* __lsan_default_suppressions() { return "leak:libx265\n"; }

namespace {

namespace fs = std::filesystem;
using media_testing::Bytes;
using media_testing::expect_bounded;
using media_testing::mutated;
using media_testing::real_file;
using media_testing::tiff_of_jpeg;
using media_testing::write;

// ------------------------------------------------------------------ XMP packets

const char* const k_packet = R"(<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:exif="http://ns.adobe.com/exif/1.0/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"
   exif:DateTimeOriginal="2012-06-09T21:23:38+01:00"
   exif:GPSLatitude="51,45.7446N"
   exif:GPSLongitude="0,19.0735W"
   xmp:CreateDate="2012-06-09T21:23:38+01:00"
   xmp:CreatorTool="Adobe After Effects 2020"
   photoshop:DateCreated="2012-06-09"/>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>)";

TEST(ImageMetadata, XmpPacketAlone) {
  const auto m = media::read_xmp_packet(std::string(k_packet) + std::string(64, '\0'));  // padded as writers pad
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->container, "xmp");
  EXPECT_EQ(m->xmp.date_time_original, "2012-06-09T21:23:38+01:00");
  EXPECT_EQ(m->xmp.create_date, "2012-06-09T21:23:38+01:00");
  EXPECT_EQ(m->xmp.photoshop_date_created, "2012-06-09");
  EXPECT_EQ(m->xmp.creator_tool, "Adobe After Effects 2020");
  EXPECT_EQ(m->xmp_fields.at("xmp:Xmp.exif.GPSLatitude"), "51,45.7446N");
  ASSERT_TRUE(m->exif.lat && m->exif.lon);
  EXPECT_EQ(*m->exif.lat, 51.76241);
  EXPECT_EQ(*m->exif.lon, -0.3178917);
  EXPECT_TRUE(m->exif.fields.empty());
}

TEST(ImageMetadata, XmpPacketsThatDoNotParse) {
  EXPECT_FALSE(media::read_xmp_packet("").has_value());
  EXPECT_FALSE(media::read_xmp_packet("not xml at all").has_value());
  EXPECT_FALSE(media::read_xmp_packet("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF").has_value());
  const std::string packet = k_packet;
  EXPECT_FALSE(media::read_xmp_packet(packet.substr(0, packet.size() / 2)).has_value());
}

TEST(ImageMetadata, MalformedXmpPositionIsAProblem) {
  std::string packet = k_packet;
  packet.replace(packet.find("51,45.7446N"), 11, "51,75.7446N");  // 75 minutes
  const auto m = media::read_xmp_packet(packet);
  ASSERT_TRUE(m.has_value());
  EXPECT_FALSE(m->exif.lat.has_value());
  ASSERT_EQ(m->exif.problems.size(), 1u);
}

// ------------------------------------------------------------------ HEIF made with libheif

using media::HeifContextFree;
using media::HeifEncoderFree;
using media::HeifHandleFree;
using media::HeifImageFree;

std::unique_ptr<heif_image, HeifImageFree> grey_picture() {
  heif_image* raw = nullptr;
  if (heif_image_create(64, 64, heif_colorspace_YCbCr, heif_chroma_420, &raw).code != heif_error_Ok) return nullptr;
  std::unique_ptr<heif_image, HeifImageFree> picture(raw);
  for (const auto& [channel, side] : {std::pair{heif_channel_Y, 64}, {heif_channel_Cb, 32}, {heif_channel_Cr, 32}}) {
    if (heif_image_add_plane(raw, channel, side, side, 8).code != heif_error_Ok) return nullptr;
    int stride = 0;
    std::uint8_t* plane = heif_image_get_plane(raw, channel, &stride);
    for (int row = 0; row < side; ++row) std::memset(plane + row * stride, 128, static_cast<std::size_t>(side));
  }
  return picture;
}

// A 64×64 grey picture in `format` with an Exif block and an XMP block; nullopt (and a failure) when libheif
// has no encoder for `format` or cannot write it.
std::optional<fs::path> make_heif(const fs::path& path, heif_compression_format format, const Bytes& exif,
                                  const std::string& xmp) {
  std::unique_ptr<heif_context, HeifContextFree> context(heif_context_alloc());
  heif_encoder* raw_encoder = nullptr;
  if (heif_context_get_encoder_for_format(context.get(), format, &raw_encoder).code != heif_error_Ok) {
    ADD_FAILURE() << "libheif has no encoder for " << path.filename() << " (HEVC needs x265, AV1 needs aom)";
    return std::nullopt;
  }
  std::unique_ptr<heif_encoder, HeifEncoderFree> encoder(raw_encoder);
  const auto picture = grey_picture();
  heif_image_handle* raw_handle = nullptr;
  const bool encoded = picture && heif_context_encode_image(context.get(), picture.get(), encoder.get(), nullptr,
                                                            &raw_handle).code == heif_error_Ok;
  if (!encoded) {
    ADD_FAILURE() << "libheif cannot encode";
    return std::nullopt;
  }
  std::unique_ptr<heif_image_handle, HeifHandleFree> handle(raw_handle);
  const heif_error exif_added =
      heif_context_add_exif_metadata(context.get(), handle.get(), exif.data(), static_cast<int>(exif.size()));
  const heif_error xmp_added =
      heif_context_add_XMP_metadata(context.get(), handle.get(), xmp.data(), static_cast<int>(xmp.size()));
  const bool ok = exif_added.code == heif_error_Ok && xmp_added.code == heif_error_Ok &&
                  heif_context_write_to_file(context.get(), path.c_str()).code == heif_error_Ok;
  if (!ok) {
    ADD_FAILURE() << "libheif cannot write " << path;
    return std::nullopt;
  }
  return path;
}

void expect_nexus4_facts(const media::ImageMetadata& m) {
  EXPECT_EQ(m.container, "heif");
  EXPECT_EQ(m.exif.make, "LGE");
  EXPECT_EQ(m.exif.model, "Nexus 4");
  EXPECT_EQ(m.exif.date_time_original, "2013:01:20 18:54:08");
  ASSERT_TRUE(m.exif.lat && m.exif.lon && m.exif.gps_time);
  EXPECT_EQ(*m.exif.lat, 51.5624657);
  EXPECT_EQ(*m.exif.lon, -0.0773322);
  EXPECT_EQ(core::format_iso8601(*m.exif.gps_time), "2013-01-19T15:50:09Z");
  EXPECT_EQ(m.xmp.date_time_original, "2012-06-09T21:23:38+01:00");
}

// Exiv2 (with BMFF on) and the libheif path read the same facts; the Exif block is tried with the "Exif\0\0"
// prefix (offset 6) in a HEIC and without it (offset 0) in an AVIF.
TEST(ImageMetadata, HeifThroughExiv2AndThroughLibheif) {
  const Bytes tiff = tiff_of_jpeg(testing_support::read_file(real_file("dn_Nexus 4.jpg")));
  ASSERT_FALSE(tiff.empty());
  const fs::path dir = testing_support::temp_dir("image-metadata");
  struct Case {
    heif_compression_format format;
    const char* encoder;
    const char* name;
    Bytes exif;
  };
  for (const Case& c : {Case{heif_compression_HEVC, "HEVC (x265)", "nexus4.heic", std::string("Exif\0\0", 6) + tiff},
                        Case{heif_compression_AV1, "AV1 (aom)", "nexus4.avif", tiff}}) {
    SCOPED_TRACE(c.name);
    ASSERT_TRUE(heif_have_encoder_for_format(c.format)) << "this libheif has no " << c.encoder << " encoder";
    const auto file = make_heif(dir / c.name, c.format, c.exif, k_packet);
    ASSERT_TRUE(file.has_value()) << "libheif could not make " << c.name;
    const auto through_exiv2 = media::read_image_metadata(*file);
    const auto through_libheif = media::read_heif_metadata_with_libheif(*file);
    ASSERT_TRUE(through_exiv2.has_value());
    ASSERT_TRUE(through_libheif.has_value());
    expect_nexus4_facts(*through_exiv2);
    expect_nexus4_facts(*through_libheif);
    EXPECT_EQ(through_exiv2->exif.fields, through_libheif->exif.fields);
    EXPECT_EQ(through_exiv2->xmp_fields, through_libheif->xmp_fields);
    EXPECT_EQ(through_exiv2->exif.problems, through_libheif->exif.problems);
  }
}

// The iPhone's default format through the whole stage: FFmpeg 5.1 cannot open
// it, libheif decodes it, and it gets its keyframe, tags and capture time.
TEST(ImageMetadata, HeicPhotosGoThroughTheMediaStage) {
  const Bytes tiff = tiff_of_jpeg(testing_support::read_file(real_file("dn_Nexus 4.jpg")));
  const fs::path dir = testing_support::temp_dir("heic-stage");
  ASSERT_TRUE(heif_have_encoder_for_format(heif_compression_HEVC)) << "this libheif has no HEVC (x265) encoder";
  const auto file = make_heif(dir / "photo.heic", heif_compression_HEVC, std::string("Exif\0\0", 6) + tiff, k_packet);
  ASSERT_TRUE(file.has_value());
  EXPECT_TRUE(media::is_heif_file(*file));
  EXPECT_FALSE(media::is_heif_file(real_file("dn_Nexus 4.jpg")));
  core::Case c;
  media::MediaStageSettings settings;
  settings.out_dir = dir / "out";
  settings.media.ocr = false;
  media::analyse_file(c, media::MediaInput{*file, "", file->string(), "photo"}, settings);
  for (const auto& e : c.errors) ADD_FAILURE() << e.input << ": " << e.message;
  ASSERT_EQ(c.media.size(), 1u);
  const core::MediaReport& m = c.media[0];
  EXPECT_EQ(m.kind, "image");
  EXPECT_EQ(m.format, "heif");
  EXPECT_EQ(m.width, 64);
  ASSERT_EQ(m.keyframes.size(), 1u);
  EXPECT_TRUE(fs::exists(settings.out_dir / m.keyframes[0].file));
  // The XMP packet's zoned date wins over EXIF's local reading (docs/decisions.md "Media probe").
  ASSERT_TRUE(m.capture_time.has_value());
  EXPECT_EQ(core::format_iso8601(*m.capture_time), "2012-06-09T20:23:38Z");
  EXPECT_EQ(m.capture_time_from, "xmp exif:DateTimeOriginal");
  EXPECT_EQ(m.make, "LGE");
  ASSERT_TRUE(m.location.has_value());
  EXPECT_NEAR(m.location->lat, 51.56247, 1e-4);
  EXPECT_EQ(m.sha256.size(), 64u);
}

TEST(ImageMetadata, DamagedHeifAndXmpNeverCrash) {
  const Bytes tiff = tiff_of_jpeg(testing_support::read_file(real_file("dn_Nexus 4.jpg")));
  const fs::path dir = testing_support::temp_dir("image-metadata");
  std::mt19937 random(1904);
  for (int round = 0; round < 100; ++round) {
    const std::string packet = mutated(k_packet, random, round);
    expect_bounded(media::read_xmp_packet(packet));
  }
  ASSERT_TRUE(heif_have_encoder_for_format(heif_compression_HEVC)) << "this libheif has no HEVC (x265) encoder";
  const auto heic = make_heif(dir / "whole.heic", heif_compression_HEVC, std::string("Exif\0\0", 6) + tiff, k_packet);
  ASSERT_TRUE(heic.has_value());
  const Bytes original = testing_support::read_file(*heic);
  const fs::path file = dir / "damaged.heic";
  for (int round = 0; round < 150; ++round) {
    write(file, mutated(original, random, round));
    expect_bounded(media::read_image_metadata(file));
    expect_bounded(media::read_heif_metadata_with_libheif(file));
  }
}

}  // namespace
