// Image metadata read with Exiv2: against exiftool's reading of real camera
// files (shared/real-media/truth.json), on EXIF and XMP rewritten with Exiv2
// in JPEG, PNG, WebP and TIFF, and on damaged files, which must give nothing
// or less, never a crash. HEIF and XMP packets alone: image_metadata_heif_xmp_test.cpp.
#include <gtest/gtest.h>

#include <exiv2/exiv2.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <functional>
#include <memory>
#include <random>
#include <tuple>

#include "media/image_metadata.hpp"
#include "media/tag_time.hpp"
#include "tests/media/image_metadata_fixture.hpp"
#include "tests/support/paths.hpp"

namespace {

namespace fs = std::filesystem;
using media_testing::Bytes;
using media_testing::expect_bounded;
using media_testing::mutated;
using media_testing::real_file;
using media_testing::real_media;
using media_testing::tiff_of_jpeg;
using media_testing::write;

constexpr double k_truth_precision = 1e-5;  // truth.json gives degrees to 5 decimals

// ------------------------------------------------------------------ files

std::vector<fs::path> real_jpegs() {
  std::vector<fs::path> jpegs;
  const fs::path dir = real_media() / "files";
  if (!fs::is_directory(dir)) {
    ADD_FAILURE() << dir << " is missing: set EMBEDCHECK_SHARED_DIR to the folder holding real-media/";
    return jpegs;
  }
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() == ".jpg") jpegs.push_back(entry.path());
  }
  std::sort(jpegs.begin(), jpegs.end());
  return jpegs;
}

fs::path copy_of(const std::string& real_name, const std::string& test_name) {
  const fs::path copy = testing_support::temp_dir("image-metadata") / test_name;
  fs::copy_file(real_file(real_name), copy, fs::copy_options::overwrite_existing);
  fs::permissions(copy, fs::perms::owner_read | fs::perms::owner_write);  // the shared files are read-only
  return copy;
}

// ------------------------------------------------------------------ truth.json

const nlohmann::json& truth() {
  static const nlohmann::json all =
      nlohmann::json::parse(testing_support::read_file(real_media() / "truth.json"), nullptr, false);
  return all;
}

nlohmann::json truth_of(const std::string& name) {
  if (truth().is_discarded() || !truth().contains("files")) {
    ADD_FAILURE() << "truth.json is missing or does not parse";
    return {};
  }
  for (const auto& file : truth()["files"]) {
    if (file.value("file", "") == name) return file;
  }
  ADD_FAILURE() << name << " is not in truth.json";
  return {};
}

// "2014:09:16 14:05:12" → "2014-09-16T14:05:12", as truth.json writes local times.
std::string iso_of_exif(std::string text) {
  if (text.size() >= 19) {
    text[4] = text[7] = '-';
    text[10] = 'T';
  }
  return text;
}

// The zone of the capture time: EXIF OffsetTimeOriginal, else the offset of XMP's DateTimeOriginal.
std::optional<int> zone_minutes(const media::ImageMetadata& m) {
  if (!m.exif.offset_time_original.empty()) return media::parse_utc_offset(m.exif.offset_time_original);
  const auto xmp = media::parse_tag_time(m.xmp.date_time_original, media::NoOffset::local);
  return xmp ? xmp->offset_minutes : std::nullopt;
}

void expect_place(const nlohmann::json& place, const media::ExifFacts& e) {
  if (!place.value("lat", nlohmann::json()).is_number()) {
    EXPECT_FALSE(e.lat.has_value());
    return;
  }
  ASSERT_TRUE(e.lat && e.lon);
  EXPECT_NEAR(*e.lat, place["lat"].get<double>(), k_truth_precision);
  EXPECT_NEAR(*e.lon, place["lon"].get<double>(), k_truth_precision);
}

void expect_time(const nlohmann::json& time, const media::ImageMetadata& m) {
  const auto local = time.value("local", nlohmann::json());
  if (!local.is_string()) {
    EXPECT_TRUE(m.exif.date_time_original.empty());
  } else if (time.value("from", "").rfind("XMP", 0) == 0) {
    EXPECT_EQ(m.xmp.date_time_original.rfind(local.get<std::string>(), 0), 0u) << m.xmp.date_time_original;
  } else {
    EXPECT_EQ(iso_of_exif(m.exif.date_time_original), local.get<std::string>());
  }
  const auto zone = time.value("zone", nlohmann::json());
  if (zone.is_string() && zone.get<std::string>() != "unknown") {
    EXPECT_EQ(zone_minutes(m), media::parse_utc_offset(zone.get<std::string>()));
  } else {
    EXPECT_FALSE(zone_minutes(m).has_value());
  }
  if (time.contains("gps_utc")) {
    ASSERT_TRUE(m.exif.gps_time.has_value());
    EXPECT_EQ(core::format_iso8601(*m.exif.gps_time), time["gps_utc"].get<std::string>());
  } else {
    EXPECT_FALSE(m.exif.gps_time.has_value());
  }
}

void expect_camera(const nlohmann::json& camera, const media::ExifFacts& e) {
  const auto make = camera.value("make", nlohmann::json());
  const auto model = camera.value("model", nlohmann::json());
  EXPECT_EQ(e.make, make.is_string() ? make.get<std::string>() : "");
  EXPECT_EQ(e.model, model.is_string() ? model.get<std::string>() : "");
}

void expect_as_exiftool_reads(const std::string& name, const std::optional<media::ImageMetadata>& m) {
  const nlohmann::json t = truth_of(name);
  if (t.is_null()) return;
  if (!m) {
    EXPECT_TRUE(t["place"]["lat"].is_null() && t["time"]["local"].is_null() && t["camera"]["make"].is_null())
        << "exiftool finds metadata Exiv2 does not";
    return;
  }
  expect_place(t["place"], m->exif);
  expect_time(t["time"], *m);
  expect_camera(t["camera"], m->exif);
}

// ------------------------------------------------------------------ real JPEGs

// Every real JPEG but the one written without metadata has EXIF, and it reads as exiftool reads it.
TEST(ImageMetadata, AgreesWithExiftoolOnEveryRealJpeg) {
  const auto jpegs = real_jpegs();
  ASSERT_GE(jpegs.size(), 10u) << "expected the real JPEGs of real-media/files";
  for (const auto& file : jpegs) {
    const std::string name = file.filename().string();
    SCOPED_TRACE(name);
    const auto m = media::read_image_metadata(file);
    if (name != "lychee_without_exif.jpg") {
      ASSERT_TRUE(m.has_value());
      EXPECT_EQ(m->container, "jpeg");
      EXPECT_FALSE(m->exif.fields.empty());
    }
    expect_as_exiftool_reads(name, m);
  }
}

TEST(ImageMetadata, LightroomKeepsTheZoneOnlyInXmp) {
  const auto file = real_file("dn_Nokia Lumia 800.jpg");
  const auto m = media::read_image_metadata(file);
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->xmp.date_time_original, "2012-06-09T21:23:38+01:00");
  EXPECT_EQ(m->xmp.create_date, "2012-06-09T21:23:38+01:00");
  EXPECT_EQ(m->xmp.creator_tool, "Adobe Photoshop Lightroom");
  EXPECT_EQ(m->xmp_fields.at("xmp:Xmp.exif.DateTimeOriginal"), "2012-06-09T21:23:38+01:00");
  EXPECT_EQ(m->exif.date_time_original, "2012:06:09 21:23:38");
  EXPECT_TRUE(m->exif.offset_time_original.empty()) << "the EXIF has no zone";
  EXPECT_LE(m->xmp_fields.size(), 200u);
}

TEST(ImageMetadata, Nexus4GpsAndGpsTime) {
  const auto m = media::read_image_metadata(real_file("dn_Nexus 4.jpg"));
  ASSERT_TRUE(m && m->exif.lat && m->exif.lon && m->exif.gps_time);
  EXPECT_NEAR(*m->exif.lat, 51.56247, k_truth_precision);
  EXPECT_NEAR(*m->exif.lon, -0.07733, k_truth_precision);
  EXPECT_EQ(*m->exif.lat, 51.5624657);  // rounded to 1e-7°
  EXPECT_EQ(core::format_iso8601(*m->exif.gps_time), "2013-01-19T15:50:09Z");
  EXPECT_EQ(m->exif.fields.at("exif:GPSLatitudeRef"), "N");
  EXPECT_EQ(m->exif.fields.at("exif:GPSLatitude"), "51, 33, 44.8764");
  EXPECT_TRUE(m->exif.problems.empty());
}

// The vivo writes its GPS as SRATIONAL (EXIF says RATIONAL): read all the same. Its fields are named as reports
// always have named them ("SubsecTime", unlike the Original and Digitized ones).
TEST(ImageMetadata, OffsetAndSignedRationalGpsOfTheVivo) {
  const auto file = real_file("nomexif_exif.jpg");
  const auto m = media::read_image_metadata(file);
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->exif.offset_time_original, "+08:00");
  ASSERT_TRUE(m->exif.lat && m->exif.lon);
  EXPECT_NEAR(*m->exif.lat, 22.53113, k_truth_precision);
  EXPECT_NEAR(*m->exif.lon, 114.02148, k_truth_precision);
  EXPECT_TRUE(m->exif.problems.empty());
  EXPECT_EQ(m->exif.fields.at("exif:SubsecTime"), "616");
  EXPECT_EQ(m->exif.fields.at("exif:SubSecTimeOriginal"), "616");
  EXPECT_EQ(m->exif.fields.at("exif:ExifVersion"), "2.20");
  EXPECT_EQ(m->exif.fields.at("exif:InteroperabilityIndex"), "R98");
  EXPECT_EQ(m->exif.fields.at("exif:UserComment").rfind("filter: 0; fileterIntensity: 0.0;", 0), 0u);  // no charset
}

TEST(ImageMetadata, EmptyGpsFieldsGiveNoPosition) {
  const auto m = media::read_image_metadata(real_file("immich_empty_gps.jpg"));
  ASSERT_TRUE(m.has_value());
  EXPECT_FALSE(m->exif.lat.has_value());
  EXPECT_FALSE(m->exif.lon.has_value());
  EXPECT_FALSE(m->exif.altitude_m.has_value());
  EXPECT_FALSE(m->exif.problems.empty());
  EXPECT_EQ(m->exif.make, "motorola");
}

TEST(ImageMetadata, JpegWithoutMetadata) {
  EXPECT_FALSE(media::read_image_metadata(real_file("lychee_without_exif.jpg")).has_value());
}

TEST(ImageMetadata, MalformedGpsDateStampIsAProblemNotATime) {
  const auto m = media::read_image_metadata(real_file("dn_Apple iPhone 6.jpg"));
  ASSERT_TRUE(m.has_value());
  EXPECT_FALSE(m->exif.gps_time.has_value());
  EXPECT_EQ(m->exif.fields.at("exif:GPSDateStamp"), "2014:09:259");
  ASSERT_EQ(m->exif.problems.size(), 1u);
  EXPECT_NE(m->exif.problems[0].find("GPSDateStamp"), std::string::npos) << m->exif.problems[0];
  ASSERT_TRUE(m->exif.lat && m->exif.lon);
  EXPECT_NEAR(*m->exif.lat, 51.76241, k_truth_precision);
  EXPECT_NEAR(*m->exif.lon, -0.31789, k_truth_precision);
}

TEST(ImageMetadata, AllZeroGpsDateStampIsAProblemNotATime) {
  const auto m = media::read_image_metadata(real_file("dn_Issue 173 (dotnet).jpg"));
  ASSERT_TRUE(m.has_value());
  EXPECT_FALSE(m->exif.gps_time.has_value());
  EXPECT_FALSE(m->exif.problems.empty());
  ASSERT_TRUE(m->exif.altitude_m.has_value());
  EXPECT_EQ(*m->exif.altitude_m, -848.0);  // GPSAltitudeRef 1: below sea level
}

// 4294967284 m is -12 written as an unsigned rational: a problem, not an altitude. The Padding blob that Windows
// leaves is named and reported by its size.
TEST(ImageMetadata, ImplausibleAltitudeIsAProblem) {
  const auto m = media::read_image_metadata(real_file("pp_altitude.jpg"));
  ASSERT_TRUE(m && m->exif.lat);
  EXPECT_FALSE(m->exif.altitude_m.has_value());
  EXPECT_EQ(m->exif.fields.at("exif:GPSAltitude"), "4294967284");
  EXPECT_EQ(m->exif.problems, std::vector<std::string>{"GPSAltitude 4294967284 m is out of range"});
  EXPECT_EQ(m->exif.fields.at("exif:Padding"), "2060 bytes undefined data");
  EXPECT_EQ(m->xmp.creator_tool, "Microsoft Windows Photo Viewer 10.0.19041.1");
  EXPECT_EQ(m->xmp.photoshop_date_created, "2013-08-25T14:54:05");
}

// ------------------------------------------------------------------ EXIF and XMP rewritten with Exiv2

void rewrite(const fs::path& file, const std::function<void(Exiv2::ExifData&, Exiv2::XmpData&)>& edit) {
  auto image = Exiv2::ImageFactory::open(file.string());
  ASSERT_TRUE(image.get());
  image->readMetadata();
  edit(image->exifData(), image->xmpData());
  image->writeMetadata();
}

void set_rationals(Exiv2::ExifData& exif, const char* key, const std::string& text, bool is_signed) {
  const Exiv2::TypeId type = is_signed ? Exiv2::signedRational : Exiv2::unsignedRational;
  const std::unique_ptr<Exiv2::Value> value(Exiv2::Value::create(type).release());
  ASSERT_EQ(value->read(text), 0) << text;
  exif[key].setValue(value.get());
}

TEST(ImageMetadata, SignedRationalsAreReadAndANegativeComponentIsAProblem) {
  const auto positive = copy_of("et_GoPro.jpg", "srational.jpg");
  rewrite(positive, [](Exiv2::ExifData& exif, Exiv2::XmpData&) {
    set_rationals(exif, "Exif.GPSInfo.GPSLatitude", "51/1 45/1 4467/100", true);
    set_rationals(exif, "Exif.GPSInfo.GPSLongitude", "0/1 19/1 441/100", true);
    exif["Exif.GPSInfo.GPSLongitudeRef"] = "W";
  });
  const auto m = media::read_image_metadata(positive);
  ASSERT_TRUE(m && m->exif.lat && m->exif.lon);
  EXPECT_EQ(*m->exif.lat, 51.7624083);
  EXPECT_EQ(*m->exif.lon, -0.3178917);

  const auto negative = copy_of("et_GoPro.jpg", "negative.jpg");
  rewrite(negative, [](Exiv2::ExifData& exif, Exiv2::XmpData&) {
    set_rationals(exif, "Exif.GPSInfo.GPSLatitude", "-51/1 45/1 4467/100", true);
  });
  const auto n = media::read_image_metadata(negative);
  ASSERT_TRUE(n.has_value());
  EXPECT_FALSE(n->exif.lat.has_value());
  EXPECT_FALSE(n->exif.lon.has_value());
  ASSERT_FALSE(n->exif.problems.empty());
  EXPECT_EQ(n->exif.problems[0], "GPSLatitude has a negative component");
}

TEST(ImageMetadata, XmpPositionWhenExifHasNone) {
  const auto file = copy_of("et_GoPro.jpg", "xmp-gps.jpg");
  rewrite(file, [](Exiv2::ExifData& exif, Exiv2::XmpData& xmp) {
    for (auto it = exif.begin(); it != exif.end();) it = it->groupName() == "GPSInfo" ? exif.erase(it) : std::next(it);
    xmp["Xmp.exif.GPSLatitude"] = "51,45.7446N";
    xmp["Xmp.exif.GPSLongitude"] = "0,19,4.41W";
    xmp["Xmp.exif.GPSAltitude"] = "27704/249";
    xmp["Xmp.exif.GPSAltitudeRef"] = "1";
    xmp["Xmp.exif.GPSTimeStamp"] = "2014-09-16T13:05:12Z";
  });
  const auto m = media::read_image_metadata(file);
  ASSERT_TRUE(m && m->exif.lat && m->exif.lon && m->exif.altitude_m && m->exif.gps_time);
  EXPECT_EQ(m->exif.fields.count("exif:GPSLatitude"), 0u);
  EXPECT_EQ(*m->exif.lat, 51.76241);
  EXPECT_EQ(*m->exif.lon, -0.3178917);
  EXPECT_NEAR(*m->exif.altitude_m, -111.261, 1e-3);
  EXPECT_EQ(core::format_iso8601(*m->exif.gps_time), "2014-09-16T13:05:12Z");
  EXPECT_EQ(m->exif.make, "GoPro");
  EXPECT_TRUE(m->exif.problems.empty());
}

// Tiny pictures without metadata, to which Exiv2 adds EXIF (PNG: eXIf chunk; WebP: VP8X and EXIF chunks) and XMP.
const Bytes k_grey_png(  // 1×1: signature, IHDR, IDAT, IEND
    "\x89\x50\x4e\x47\x0d\x0a\x1a\x0a\x00\x00\x00\x0d\x49\x48\x44\x52\x00\x00\x00\x01\x00\x00\x00\x01"
    "\x08\x00\x00\x00\x00\x3a\x7e\x9b\x55\x00\x00\x00\x0a\x49\x44\x41\x54\x78\x9c\x63\x68\x00\x00\x00"
    "\x82\x00\x81\x77\xcd\x72\xb6\x00\x00\x00\x00\x49\x45\x4e\x44\xae\x42\x60\x82",
    67);
const Bytes k_grey_webp(  // 2×2 lossless: RIFF, WEBP, VP8L
    "\x52\x49\x46\x46\x1e\x00\x00\x00\x57\x45\x42\x50\x56\x50\x38\x4c\x11\x00\x00\x00\x2f\x01\x40\x00"
    "\x00\x07\x50\xc0\x02\x16\xb0\xff\x81\x88\xe8\x7f\x00\x00",
    38);

TEST(ImageMetadata, PngAndWebpContainers) {
  const fs::path dir = testing_support::temp_dir("image-metadata");
  for (const auto& [name, picture, container] : {std::tuple{"grey.png", k_grey_png, "png"},
                                                 std::tuple{"grey.webp", k_grey_webp, "webp"}}) {
    SCOPED_TRACE(name);
    const auto file = write(dir / name, picture);
    EXPECT_FALSE(media::read_image_metadata(file).has_value());
    rewrite(file, [](Exiv2::ExifData& exif, Exiv2::XmpData& xmp) {
      exif["Exif.Image.Make"] = "Canon";
      exif["Exif.Photo.DateTimeOriginal"] = "2020:04:14 10:12:30";
      xmp["Xmp.exif.DateTimeOriginal"] = "2020-04-14T10:12:30+03:00";
    });
    const auto m = media::read_image_metadata(file);
    ASSERT_TRUE(m.has_value());
    EXPECT_EQ(m->container, container);
    EXPECT_EQ(m->exif.make, "Canon");
    EXPECT_EQ(m->exif.date_time_original, "2020:04:14 10:12:30");
    EXPECT_EQ(m->xmp.date_time_original, "2020-04-14T10:12:30+03:00");
  }
}

// EXIF is TIFF: the Nexus 4's APP1 payload alone is a TIFF file whose IFD0 holds the camera.
TEST(ImageMetadata, TiffContainer) {
  const Bytes tiff = tiff_of_jpeg(testing_support::read_file(real_file("dn_Nexus 4.jpg")));
  const auto file = write(testing_support::temp_dir("image-metadata") / "nexus4.tif", tiff);
  const auto m = media::read_image_metadata(file);
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->container, "tiff");
  EXPECT_EQ(m->exif.make, "LGE");
  EXPECT_EQ(m->exif.date_time_original, "2013:01:20 18:54:08");
  ASSERT_TRUE(m->exif.lat.has_value());
  EXPECT_EQ(*m->exif.lat, 51.5624657);
}

// ------------------------------------------------------------------ refusals and damage

TEST(ImageMetadata, RefusesLargeMissingAndOtherFiles) {
  const auto gopro = real_file("et_GoPro.jpg");
  EXPECT_TRUE(media::read_image_metadata(gopro).has_value());
  EXPECT_FALSE(media::read_image_metadata(gopro, 4096).has_value()) << "4601 bytes is over the limit";
  EXPECT_FALSE(media::read_image_metadata(real_media() / "no such file.jpg").has_value());
  EXPECT_FALSE(media::read_image_metadata(real_media()).has_value()) << "a folder";
  EXPECT_FALSE(media::read_image_metadata(real_media() / "truth.json").has_value());
  EXPECT_FALSE(media::read_image_metadata(real_file("exo_sample.mp4")).has_value()) << "MP4 is not HEIF";
  EXPECT_FALSE(media::read_heif_metadata_with_libheif(gopro).has_value()) << "a JPEG is not HEIF";
}

TEST(ImageMetadata, DamagedJpegsNeverCrash) {
  const Bytes original = testing_support::read_file(real_file("et_GoPro.jpg"));
  ASSERT_GT(original.size(), 1000u);
  const fs::path file = testing_support::temp_dir("image-metadata") / "damaged.jpg";
  std::mt19937 random(20240611);
  int still_read = 0;
  for (int round = 0; round < 300; ++round) {
    write(file, mutated(original, random, round));
    const auto m = media::read_image_metadata(file);
    expect_bounded(m);
    still_read += m.has_value();
  }
  EXPECT_GT(still_read, 0) << "no mutation left anything readable: the mutations miss the point";
}

}  // namespace
