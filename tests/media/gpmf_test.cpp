// GoPro GPMF telemetry: payloads built here give exact values; every prefix and
// seeded byte mutations give no crash; nesting past the bound is refused; the
// Karma drone's MP4 gives exiftool's first fix.
#include <gtest/gtest.h>

#include <chrono>
#include <cmath>
#include <cstdint>
#include <filesystem>
#include <numbers>
#include <random>
#include <string>
#include <vector>

#include "core/time.hpp"
#include "media/gpmf.hpp"
#include "tests/support/paths.hpp"

namespace {

using namespace std::chrono;
using Bytes = std::string;

Bytes be16(std::uint16_t v) { return {char(v >> 8), char(v)}; }
Bytes be32(std::uint32_t v) { return {char(v >> 24), char(v >> 16), char(v >> 8), char(v)}; }
Bytes be64(std::uint64_t v) { return be32(std::uint32_t(v >> 32)) + be32(std::uint32_t(v)); }

// One KLV item, its value padded to 4 bytes.
Bytes klv(const char* key, char type, std::uint8_t struct_size, std::uint16_t repeat, Bytes value) {
  value.resize((value.size() + 3) & ~std::size_t(3), '\0');
  return Bytes(key, 4) + type + char(struct_size) + be16(repeat) + value;
}

Bytes nest(const char* key, const Bytes& items) { return klv(key, '\0', 1, std::uint16_t(items.size()), items); }

Bytes longs(const std::vector<std::int32_t>& values) {
  Bytes out;
  for (auto v : values) out += be32(std::uint32_t(v));
  return out;
}

Bytes text(const char* key, const std::string& value) { return klv(key, 'c', 1, std::uint16_t(value.size()), value); }

// A HERO5-style GPS stream: GPSF, GPSU, GPSP, SCAL, then two GPS5 samples.
Bytes gps5_stream(std::uint32_t fix) {
  return nest("STRM", klv("TSMP", 'L', 4, 1, be32(1)) + text("STNM", "GPS (Lat., Long., Alt., 2D speed, 3D speed)") +
                          klv("GPSF", 'L', 4, 1, be32(fix)) + klv("GPSU", 'U', 16, 1, "170417192757.500") +
                          klv("GPSP", 'S', 2, 1, be16(250)) +
                          klv("SCAL", 'l', 4, 5, longs({10000000, 10000000, 1000, 1000, 100})) +
                          klv("GPS5", 'l', 20, 2,
                              longs({331253680, -1173310641, 15445, 59, 60, 331253706, -1173310662, 15367, 124, 125})));
}

Bytes device(const Bytes& streams) {
  return nest("DEVC", klv("DVID", 'L', 4, 1, be32(1)) + text("DVNM", "HERO5 Black") + streams);
}

media::GpmfFacts read(const Bytes& payload) {
  // An exact-size heap copy, so that any read past the end is caught by the sanitizer.
  std::vector<std::uint8_t> bytes(payload.begin(), payload.end());
  media::GpmfFacts facts;
  media::read_gpmf_payload(bytes.data(), bytes.size(), facts);
  return facts;
}

long long unix_ms(const core::Instant& t) { return duration_cast<milliseconds>(t.utc.time_since_epoch()).count(); }

constexpr long long k_first_fix_ms = 1492457277500;  // 2017-04-17T19:27:57.500Z

bool mentions(const std::vector<std::string>& problems, const std::string& word) {
  for (const auto& p : problems) {
    if (p.find(word) != std::string::npos) return true;
  }
  return false;
}

TEST(Gpmf, Gps5StreamGivesExactValues) {
  const auto facts = read(device(gps5_stream(3)));
  EXPECT_EQ(facts.device, "HERO5 Black");
  EXPECT_EQ(facts.fix_device, "HERO5 Black");
  ASSERT_TRUE(facts.first_gps_time.has_value());
  EXPECT_EQ(unix_ms(*facts.first_gps_time), k_first_fix_ms);
  ASSERT_TRUE(facts.first_fix.has_value());
  const media::GpmfFix& fix = *facts.first_fix;
  EXPECT_DOUBLE_EQ(fix.lat, 331253680 / 1e7);
  EXPECT_DOUBLE_EQ(fix.lon, -1173310641 / 1e7);
  ASSERT_TRUE(fix.altitude_m.has_value());
  EXPECT_DOUBLE_EQ(*fix.altitude_m, 15.445);
  EXPECT_EQ(fix.fix, 3);
  ASSERT_TRUE(fix.dop.has_value());
  EXPECT_DOUBLE_EQ(*fix.dop, 2.5);
  EXPECT_EQ(unix_ms(fix.time), k_first_fix_ms);
  EXPECT_EQ(fix.time.precision, core::Precision::millisecond);
  EXPECT_EQ(core::format_iso8601(fix.time), "2017-04-17T19:27:57.500Z");
  EXPECT_TRUE(facts.problems.empty()) << facts.problems.front();
}

TEST(Gpmf, KeepsTheFirstValuesAlreadyThere) {
  media::GpmfFacts facts;
  facts.device = "Earlier";
  facts.first_gps_time = core::from_unix_millis(1000);
  const Bytes payload = device(gps5_stream(3));
  const std::vector<std::uint8_t> bytes(payload.begin(), payload.end());
  media::read_gpmf_payload(bytes.data(), bytes.size(), facts);
  media::read_gpmf_payload(bytes.data(), bytes.size(), facts);
  EXPECT_EQ(facts.device, "Earlier");
  EXPECT_EQ(unix_ms(*facts.first_gps_time), 1000);
  ASSERT_TRUE(facts.first_fix.has_value());
  EXPECT_EQ(unix_ms(facts.first_fix->time), k_first_fix_ms);
}

TEST(Gpmf, NoFixGivesTheTimeOnly) {
  const auto facts = read(device(gps5_stream(0)));
  EXPECT_FALSE(facts.first_fix.has_value());
  ASSERT_TRUE(facts.first_gps_time.has_value());
  EXPECT_EQ(unix_ms(*facts.first_gps_time), k_first_fix_ms);
}

TEST(Gpmf, ZeroScaleIsAProblem) {
  Bytes payload = device(gps5_stream(3));
  const auto at = payload.find("SCAL") + 8;
  payload.replace(at, 4, be32(0));
  const auto facts = read(payload);
  EXPECT_FALSE(facts.first_fix.has_value());
  EXPECT_TRUE(mentions(facts.problems, "GPS5 has a zero scale"));
}

TEST(Gpmf, ZeroPositionIsNoFix) {
  const Bytes stream = nest("STRM", klv("GPSF", 'L', 4, 1, be32(3)) + klv("GPSU", 'U', 16, 1, "170417192757.500") +
                                        klv("SCAL", 'l', 4, 1, be32(10000000)) +
                                        klv("GPS5", 'l', 20, 1, longs({0, 0, 0, 0, 0})));
  const auto facts = read(device(stream));
  EXPECT_FALSE(facts.first_fix.has_value());
  EXPECT_TRUE(facts.first_gps_time.has_value());
}

TEST(Gpmf, FloatsThatAreNotNumbersAreNoFix) {
  const Bytes not_a_number = be32(0x7fc00000);
  Bytes payload = device(gps5_stream(3));
  const auto gpsf = payload.find("GPSF");
  payload.replace(gpsf + 4, 1, "f");
  payload.replace(gpsf + 8, 4, not_a_number);
  EXPECT_FALSE(read(payload).first_fix.has_value());

  const Bytes sample = not_a_number + not_a_number + longs({0, 0, 0}) + not_a_number + not_a_number + longs({0, 3});
  const Bytes stream = nest("STRM", text("TYPE", "fflllfflL") + klv("SCAL", 'l', 4, 1, be32(1)) +
                                        klv("GPS9", '?', 36, 1, sample));
  const auto facts = read(device(stream));
  EXPECT_FALSE(facts.first_fix.has_value());
  EXPECT_FALSE(facts.first_gps_time.has_value());
}

TEST(Gpmf, Gps9CarriesItsOwnTime) {
  const int days_since_2000 = (sys_days{2017y / 4 / 17} - sys_days{2000y / 1 / 1}).count();
  const std::int32_t ms_of_day = ((19 * 60 + 27) * 60 + 57) * 1000 + 500;
  Bytes sample = longs({331253680, -1173310641, 15445, 59, 60, days_since_2000, ms_of_day}) + be16(150) + be16(3);
  const Bytes stream =
      nest("STRM", text("STNM", "GPS (Lat., Long., Alt., 2D, 3D, days, secs, DOP, fix)") + text("TYPE", "lllllllSS") +
                       klv("SCAL", 'l', 4, 9, longs({10000000, 10000000, 1000, 1000, 100, 1, 1000, 100, 1})) +
                       klv("GPS9", '?', 32, 1, sample));
  const auto facts = read(device(stream));
  ASSERT_TRUE(facts.first_fix.has_value()) << (facts.problems.empty() ? "" : facts.problems.front());
  EXPECT_DOUBLE_EQ(facts.first_fix->lat, 33.125368);
  EXPECT_DOUBLE_EQ(facts.first_fix->lon, -117.3310641);
  EXPECT_EQ(facts.first_fix->fix, 3);
  EXPECT_DOUBLE_EQ(facts.first_fix->dop.value_or(0), 1.5);
  EXPECT_EQ(unix_ms(facts.first_fix->time), k_first_fix_ms);
}

// The Karma drone's GPS: GPRI samples on its system clock, SYST dating that clock.
TEST(Gpmf, KarmaGpriIsDatedBySyst) {
  const Bytes gpri = be64(145911705) + longs({331253680, -1173310641, 15445}) + be16(25) + be16(42) + be16(59) +
                     be16(33435) + char(3) + char(20);
  const Bytes raw = nest("STRM", text("STNM", "GPS RAW") + text("TYPE", "JlllSSSSBB") +
                                     klv("SCAL", 'l', 4, 10,
                                         longs({1000000, 10000000, 10000000, 1000, 100, 100, 100, 100, 1, 1})) +
                                     klv("GPRI", '?', 30, 1, gpri));
  const Bytes syst = nest("STRM", text("STNM", "System Time") + text("TYPE", "JJ") +
                                      klv("SCAL", 'l', 4, 2, longs({1000000, 1000})) +
                                      klv("SYST", '?', 16, 1, be64(146544283) + be64(1492457278000)));
  const auto facts = read(nest("DEVC", text("DVNM", "GoPro Karma v1.0") + raw + syst));
  ASSERT_TRUE(facts.first_fix.has_value());
  EXPECT_EQ(facts.fix_device, "GoPro Karma v1.0");
  EXPECT_DOUBLE_EQ(facts.first_fix->lat, 33.125368);
  EXPECT_DOUBLE_EQ(*facts.first_fix->altitude_m, 15.445);
  EXPECT_DOUBLE_EQ(*facts.first_fix->dop, 0.25);
  EXPECT_EQ(facts.first_fix->fix, 3);
  // 1492457278 s - (146.544283 - 145.911705) s
  EXPECT_EQ(unix_ms(facts.first_fix->time), 1492457277367);
  EXPECT_EQ(facts.first_fix->time.precision, core::Precision::second);
}

TEST(Gpmf, GpriWithoutSystIsNotDated) {
  const Bytes gpri = be64(145911705) + longs({331253680, -1173310641, 15445}) + be16(25) + be16(42) + be16(59) +
                     be16(33435) + char(3) + char(20);
  const Bytes raw = nest("STRM", text("TYPE", "JlllSSSSBB") +
                                     klv("SCAL", 'l', 4, 10,
                                         longs({1000000, 10000000, 10000000, 1000, 100, 100, 100, 100, 1, 1})) +
                                     klv("GPRI", '?', 30, 1, gpri));
  const auto facts = read(nest("DEVC", raw));
  EXPECT_FALSE(facts.first_fix.has_value());
  EXPECT_TRUE(mentions(facts.problems, "SYST"));
}

TEST(Gpmf, EveryPrefixIsSafe) {
  const Bytes payload = device(gps5_stream(3));
  for (std::size_t n = 0; n < payload.size(); ++n) {
    // DEVC declares more bytes than any prefix holds: nothing inside it is read.
    const auto facts = read(payload.substr(0, n));
    EXPECT_FALSE(facts.first_fix.has_value()) << "prefix " << n;
    EXPECT_EQ(facts.problems.empty(), n == 0) << "prefix " << n;
  }
  EXPECT_TRUE(read(payload).first_fix.has_value());
}

TEST(Gpmf, MutatedPayloadsAreSafe) {
  const Bytes payload = device(gps5_stream(3)) + device(gps5_stream(2));
  std::mt19937 random(20170417);
  std::uniform_int_distribution<std::size_t> where(0, payload.size() - 1);
  std::uniform_int_distribution<int> byte(0, 255), flips(1, 4);
  for (int round = 0; round < 500; ++round) {
    Bytes mutated = payload;
    for (int i = flips(random); i > 0; --i) mutated[where(random)] = char(byte(random));
    const auto facts = read(mutated);
    if (facts.first_fix) {
      EXPECT_LE(std::abs(facts.first_fix->lat), 90.0) << "round " << round;
      EXPECT_LE(std::abs(facts.first_fix->lon), 180.0) << "round " << round;
    }
    EXPECT_LE(facts.problems.size(), 32u);
  }
}

TEST(Gpmf, GarbageIsSafe) {
  std::mt19937 random(7);
  std::uniform_int_distribution<int> byte(0, 255);
  for (int round = 0; round < 200; ++round) {
    Bytes garbage(std::size_t(round) * 7 % 300, '\0');
    for (char& c : garbage) c = char(byte(random));
    EXPECT_FALSE(read(garbage).first_fix.has_value());
  }
  media::GpmfFacts facts;
  media::read_gpmf_payload(nullptr, 0, facts);
  EXPECT_TRUE(facts.problems.empty());
}

// Nests that are not DEVC or STRM are walked through, up to the depth bound.
Bytes wrapped(Bytes inner, int levels) {
  for (int i = 0; i < levels; ++i) inner = nest("XTRA", inner);
  return inner;
}

TEST(Gpmf, NestingWithinTheBoundIsRead) {
  // DEVC, four wrappers and STRM: the GPS items sit at the seventh level.
  const auto facts = read(device(wrapped(gps5_stream(3), 4)));
  EXPECT_TRUE(facts.first_fix.has_value());
  EXPECT_FALSE(mentions(facts.problems, "deeper"));
}

TEST(Gpmf, NestingDeeperThanTheBoundIsRefused) {
  // DEVC, seven wrappers and STRM: the GPS items would sit at the tenth level.
  const auto facts = read(device(wrapped(gps5_stream(3), 7)));
  EXPECT_FALSE(facts.first_fix.has_value());
  EXPECT_FALSE(facts.first_gps_time.has_value());
  EXPECT_TRUE(mentions(facts.problems, "GPMF nests deeper than 8 levels"));
}

TEST(Gpmf, ItemRunningPastItsContainerIsAProblem) {
  Bytes payload = device(gps5_stream(3));
  payload.replace(6, 2, be16(0xffff));  // DEVC claims more bytes than there are
  const auto facts = read(payload);
  EXPECT_FALSE(facts.first_fix.has_value());
  EXPECT_TRUE(mentions(facts.problems, "runs past the end"));
}

std::filesystem::path real_media(const std::string& name) {
  return testing_support::shared_dir() / "real-media" / "files" / name;
}

// exiftool -ee reads the first position as 33.12538, -117.33107 at 2017-04-17T19:27:57.5Z.
TEST(Gpmf, KarmaFileGivesExiftoolsFirstFix) {
  const auto file = real_media("gpmf_karma.mp4");
  ASSERT_TRUE(std::filesystem::exists(file)) << file << " is missing: set EMBEDCHECK_SHARED_DIR to the shared folder";
  const auto facts = media::read_gpmf_file(file);
  ASSERT_TRUE(facts.has_value());
  EXPECT_EQ(facts->device, "Camera");
  EXPECT_EQ(facts->fix_device, "GoPro Karma v1.0");
  ASSERT_TRUE(facts->first_fix.has_value());
  const media::GpmfFix& fix = *facts->first_fix;
  constexpr double k_metres_per_degree = 111320;
  EXPECT_LT(std::abs(fix.lat - 33.12538) * k_metres_per_degree, 50);
  EXPECT_LT(std::abs(fix.lon - -117.33107) * k_metres_per_degree * std::cos(33.12538 * std::numbers::pi / 180), 50);
  EXPECT_GE(fix.fix, 2);
  EXPECT_LE(std::abs(unix_ms(fix.time) - k_first_fix_ms), 2000) << core::format_iso8601(fix.time);
  ASSERT_TRUE(facts->first_gps_time.has_value());
  EXPECT_LE(std::abs(unix_ms(*facts->first_gps_time) - k_first_fix_ms), 2000);
  EXPECT_TRUE(facts->problems.empty()) << facts->problems.front();
}

TEST(Gpmf, FileBoundsAreKept) {
  const auto file = real_media("gpmf_karma.mp4");
  ASSERT_TRUE(std::filesystem::exists(file)) << file << " is missing: set EMBEDCHECK_SHARED_DIR to the shared folder";
  const auto no_packets = media::read_gpmf_file(file, 0);
  ASSERT_TRUE(no_packets.has_value());
  EXPECT_FALSE(no_packets->first_fix.has_value());
  const auto few_bytes = media::read_gpmf_file(file, 64, 1000);  // the first sample has 7768 bytes
  ASSERT_TRUE(few_bytes.has_value());
  EXPECT_FALSE(few_bytes->first_fix.has_value());
  EXPECT_TRUE(mentions(few_bytes->problems, "1000 bytes"));
}

TEST(Gpmf, FileWithoutMetadataTrackGivesNothing) {
  const auto file = real_media("exo_sample.mp4");
  ASSERT_TRUE(std::filesystem::exists(file)) << file << " is missing: set EMBEDCHECK_SHARED_DIR to the shared folder";
  EXPECT_FALSE(media::read_gpmf_file(file).has_value());
  EXPECT_FALSE(media::read_gpmf_file(real_media("no-such-file.mp4")).has_value());
}

}  // namespace
