// AVCHD MDPM: a real Sony Alpha 7 III clip against exiftool's reading, and
// access units built here (emulation-prevention bytes, several SEI messages,
// three- and four-byte start codes). Truncated and mutated units give fewer
// facts or none, never a crash or a read outside the buffer.
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include "media/avchd_mdpm.hpp"
#include "tests/support/paths.hpp"

namespace {

using Bytes = std::vector<std::uint8_t>;
using Uuid = std::array<std::uint8_t, 16>;

constexpr Uuid k_mdpm_uuid = {0x17, 0xee, 0x8c, 0x60, 0xf8, 0x4d, 0x11, 0xd9,
                              0x8c, 0xd6, 0x08, 0x00, 0x20, 0x0c, 0x9a, 0x66};

struct Entry {
  std::uint8_t tag;
  std::array<std::uint8_t, 4> data;
};

Entry text_entry(std::uint8_t tag, const char (&text)[5]) {
  return {tag, {std::uint8_t(text[0]), std::uint8_t(text[1]), std::uint8_t(text[2]), std::uint8_t(text[3])}};
}

void append(Bytes& to, const Bytes& bytes) { to.insert(to.end(), bytes.begin(), bytes.end()); }

// SEI payload types and sizes: 255 for every full 255, then the rest.
void append_sei_number(Bytes& to, std::size_t value) {
  for (; value >= 255; value -= 255) to.push_back(0xff);
  to.push_back(static_cast<std::uint8_t>(value));
}

Bytes user_data(const std::vector<Entry>& entries, const Uuid& uuid = k_mdpm_uuid, int count = -1) {
  Bytes body(uuid.begin(), uuid.end());
  append(body, {'M', 'D', 'P', 'M'});
  body.push_back(static_cast<std::uint8_t>(count < 0 ? entries.size() : static_cast<std::size_t>(count)));
  for (const Entry& e : entries) {
    body.push_back(e.tag);
    body.insert(body.end(), e.data.begin(), e.data.end());
  }
  return body;
}

// An SEI RBSP: a recovery-point message first, so that the walk has to step over it, then each user-data message.
Bytes sei_rbsp(const std::vector<Bytes>& user_data_messages) {
  Bytes rbsp = {6, 1, 0x84};
  for (const Bytes& message : user_data_messages) {
    append_sei_number(rbsp, 5);
    append_sei_number(rbsp, message.size());
    append(rbsp, message);
  }
  rbsp.push_back(0x80);
  return rbsp;
}

// What an encoder writes: 00 00 03 before any 00, 01, 02 or 03 that follows two zeros.
Bytes with_emulation_prevention(const Bytes& rbsp) {
  Bytes out;
  int zeros = 0;
  for (const std::uint8_t byte : rbsp) {
    if (zeros >= 2 && byte <= 3) {
      out.push_back(3);
      zeros = 0;
    }
    out.push_back(byte);
    zeros = byte == 0 ? zeros + 1 : 0;
  }
  return out;
}

// An access unit delimiter, the SEI, and the start of a slice.
Bytes access_unit(const Bytes& rbsp) {
  Bytes unit = {0, 0, 0, 1, 0x09, 0xf0, 0, 0, 0, 1, 0x06};
  append(unit, with_emulation_prevention(rbsp));
  append(unit, {0, 0, 1, 0x65, 0x88, 0x84, 0x00, 0x21, 0xff});
  return unit;
}

Bytes mdpm_unit(const std::vector<Entry>& entries) { return access_unit(sei_rbsp({user_data(entries)})); }

bool contains(const Bytes& bytes, const Bytes& part) {
  return std::search(bytes.begin(), bytes.end(), part.begin(), part.end()) != bytes.end();
}

// A Sony camcorder's block: time code 00:00:00:00 (which needs emulation prevention), 2021-12-31 23:59:58 at
// +05:30, make Sony, model "HDR-CX405".
std::vector<Entry> sony_entries() {
  return {{0x13, {0x00, 0x00, 0x00, 0x00}}, {0x18, {0x0b, 0x20, 0x21, 0x12}}, {0x19, {0x31, 0x23, 0x59, 0x58}},
          {0xe0, {0x01, 0x08, 0x00, 0x00}}, text_entry(0xe4, "HDR-"),      text_entry(0xe5, "CX40"),
          {0xe6, {'5', 0x00, 0x00, 0x00}}};
}

media::MdpmFacts read(const Bytes& unit, bool expect_found = true) {
  media::MdpmFacts facts;
  EXPECT_EQ(media::read_mdpm_from_h264(unit.data(), unit.size(), facts), expect_found);
  return facts;
}

// A block with only the recording time: zone byte, then BCD century, year, month; BCD day, hour, minute, second.
media::MdpmFacts time_facts(std::uint8_t zone, std::array<std::uint8_t, 3> year_month,
                            std::array<std::uint8_t, 4> day_time) {
  return read(mdpm_unit({{0x18, {zone, year_month[0], year_month[1], year_month[2]}}, {0x19, day_time}}));
}

void expect_sony_facts(const media::MdpmFacts& f) {
  EXPECT_EQ(f.local_time, "2021-12-31T23:59:58");
  EXPECT_EQ(f.offset_minutes, 330);
  EXPECT_FALSE(f.dst);
  EXPECT_EQ(f.utc_time, "2021-12-31T18:29:58Z");
  EXPECT_EQ(f.make, "Sony");
  EXPECT_EQ(f.make_code, 0x0108);
  EXPECT_EQ(f.model, "HDR-CX405");
  EXPECT_TRUE(f.problems.empty()) << f.problems.front();
}

TEST(AvchdMdpm, RealSonyAlpha7III) {
  const auto file = testing_support::shared_dir() / "real-media" / "files" / "dn_Sony ILCE-7M3 (A7M3).mts";
  ASSERT_TRUE(std::filesystem::is_regular_file(file))
      << file << " is missing: set EMBEDCHECK_SHARED_DIR to the shared folder holding real-media/files/";
  const auto facts = media::read_mdpm_file(file);
  ASSERT_TRUE(facts.has_value()) << "no MDPM found in " << file;
  // exiftool: DateTimeOriginal 2019:04:24 22:24:00+02:00 DST, Make Sony, Model ILCE-7M3.
  EXPECT_EQ(facts->local_time, "2019-04-24T22:24:00");
  EXPECT_EQ(facts->offset_minutes, 120);
  EXPECT_TRUE(facts->dst);
  EXPECT_EQ(facts->utc_time, "2019-04-24T20:24:00Z");
  EXPECT_EQ(facts->make, "Sony");
  EXPECT_EQ(facts->make_code, 0x0108);
  EXPECT_EQ(facts->model, "ILCE-7M3");
  EXPECT_TRUE(facts->problems.empty()) << facts->problems.front();
}

TEST(AvchdMdpm, FilesWithoutMdpm) {
  const auto files = testing_support::shared_dir() / "real-media" / "files";
  EXPECT_FALSE(media::read_mdpm_file(files / "dn_with-gps.mp4").has_value());  // MP4: refused by the whitelist
  EXPECT_FALSE(media::read_mdpm_file(files / "no such clip.mts").has_value());
  EXPECT_FALSE(media::read_mdpm_file(files / "dn_Sony ILCE-7M3 (A7M3).mts", 0).has_value());
}

TEST(AvchdMdpm, SyntheticSonyUnit) {
  const Bytes unit = mdpm_unit(sony_entries());
  ASSERT_TRUE(contains(unit, {0x13, 0x00, 0x00, 0x03, 0x00, 0x00})) << "the unit must carry an emulation byte";
  expect_sony_facts(read(unit));
}

TEST(AvchdMdpm, MdpmAfterALongUserDataMessage) {
  Uuid other = k_mdpm_uuid;
  other[0] = 0xdc;  // x264's settings UUID starts so; any other UUID is passed over
  const Bytes long_message = user_data(std::vector<Entry>(60, Entry{0x01, {1, 2, 3, 4}}), other);
  ASSERT_GT(long_message.size(), 255u);  // its size takes two bytes (ff, rest)
  expect_sony_facts(read(access_unit(sei_rbsp({long_message, user_data(sony_entries())}))));
}

TEST(AvchdMdpm, WrongUuidGivesNothing) {
  Uuid wrong = k_mdpm_uuid;
  wrong[15] ^= 0x01;
  const auto facts = read(access_unit(sei_rbsp({user_data(sony_entries(), wrong)})), false);
  EXPECT_TRUE(facts.local_time.empty());
  EXPECT_TRUE(facts.make.empty());
  EXPECT_TRUE(facts.problems.empty());
}

TEST(AvchdMdpm, NoSeiGivesNothing) {
  const Bytes slices = {0, 0, 0, 1, 0x09, 0xf0, 0, 0, 1, 0x65, 0x88, 0x84, 0x00, 0x21};
  read(slices, false);
  media::MdpmFacts facts;
  EXPECT_FALSE(media::read_mdpm_from_h264(nullptr, 0, facts));
  // The MDPM signature outside any start code is not an NAL unit.
  read(with_emulation_prevention(sei_rbsp({user_data(sony_entries())})), false);
}

TEST(AvchdMdpm, TimeZones) {
  const std::array<std::uint8_t, 3> feb_2020 = {0x20, 0x20, 0x02};
  const std::array<std::uint8_t, 4> evening = {0x28, 0x22, 0x00, 0x00};  // the 28th, 22:00:00

  auto f = time_facts(0x27, feb_2020, evening);  // west, 3 hours, half an hour
  EXPECT_EQ(f.local_time, "2020-02-28T22:00:00");
  EXPECT_EQ(f.offset_minutes, -210);
  EXPECT_FALSE(f.dst);
  EXPECT_EQ(f.utc_time, "2020-02-29T01:30:00Z");  // a leap day

  f = time_facts(0x70, feb_2020, evening);  // daylight saving, west, 8 hours
  EXPECT_EQ(f.offset_minutes, -480);
  EXPECT_TRUE(f.dst);
  EXPECT_EQ(f.utc_time, "2020-02-29T06:00:00Z");

  f = time_facts(0x0b, {0x20, 0x00, 0x01}, {0x01, 0x01, 0x00, 0x00});  // +05:30 on New Year's night
  EXPECT_EQ(f.offset_minutes, 330);
  EXPECT_EQ(f.utc_time, "1999-12-31T19:30:00Z");

  f = time_facts(0x1a, feb_2020, evening);
  EXPECT_EQ(f.offset_minutes, 13 * 60);

  f = time_facts(0x00, feb_2020, evening);
  EXPECT_EQ(f.offset_minutes, 0);
  EXPECT_EQ(f.utc_time, "2020-02-28T22:00:00Z");

  f = time_facts(0x84, feb_2020, evening);  // the unused top bit changes nothing
  EXPECT_EQ(f.offset_minutes, 120);
  EXPECT_FALSE(f.dst);
  EXPECT_TRUE(f.problems.empty());
}

TEST(AvchdMdpm, ZoneBeyondFourteenHours) {
  const auto f = time_facts(0xff, {0x20, 0x20, 0x02}, {0x28, 0x22, 0x00, 0x00});
  EXPECT_EQ(f.local_time, "2020-02-28T22:00:00");
  EXPECT_FALSE(f.offset_minutes.has_value());
  EXPECT_FALSE(f.dst);
  EXPECT_TRUE(f.utc_time.empty());
  ASSERT_EQ(f.problems.size(), 1u);
  EXPECT_NE(f.problems[0].find("0xff"), std::string::npos) << f.problems[0];
}

TEST(AvchdMdpm, DatesThatAreNotDates) {
  using YearMonth = std::array<std::uint8_t, 3>;
  using DayTime = std::array<std::uint8_t, 4>;
  for (const auto& [year_month, day_time] : std::vector<std::pair<YearMonth, DayTime>>{
           {{0x20, 0x19, 0x13}, {0x01, 0x00, 0x00, 0x00}},   // month 13
           {{0x20, 0x19, 0x02}, {0x30, 0x00, 0x00, 0x00}},   // 30 February
           {{0x20, 0x19, 0x04}, {0x24, 0x24, 0x00, 0x00}},   // 24 o'clock
           {{0x20, 0x1a, 0x04}, {0x24, 0x22, 0x24, 0x00}},   // not BCD
           {{0xff, 0xff, 0xff}, {0xff, 0xff, 0xff, 0xff}}}) {  // a clock never set
    const auto f = time_facts(0x04, year_month, day_time);
    EXPECT_TRUE(f.local_time.empty()) << f.local_time;
    EXPECT_FALSE(f.offset_minutes.has_value());
    EXPECT_EQ(f.problems.size(), 1u);
  }
  const auto date_only = read(mdpm_unit({{0x18, {0x04, 0x20, 0x19, 0x04}}}));
  EXPECT_TRUE(date_only.local_time.empty());
  EXPECT_EQ(date_only.problems.size(), 1u);
}

TEST(AvchdMdpm, Makers) {
  auto f = read(mdpm_unit({{0xe0, {0x01, 0x03, 0x03, 0x13}}, text_entry(0xe4, "ABCD")}));
  EXPECT_EQ(f.make, "Panasonic");
  EXPECT_TRUE(f.model.empty());  // tags 0xe4-0xe6 are a model name for Sony only
  EXPECT_EQ(read(mdpm_unit({{0xe0, {0x10, 0x11, 0x31, 0x01}}})).make, "Canon");
  EXPECT_EQ(read(mdpm_unit({{0xe0, {0x11, 0x04, 0x00, 0x00}}})).make, "JVC");

  f = read(mdpm_unit({{0xe0, {0x12, 0x34, 0x00, 0x00}}}));
  EXPECT_TRUE(f.make.empty());
  EXPECT_EQ(f.make_code, 0x1234);
  EXPECT_EQ(f.problems.size(), 1u);

  f = read(mdpm_unit({{0xe0, {0x01, 0x08, 0x00, 0x00}}, {0xe4, {'A', 0x07, 'B', 'C'}}}));
  EXPECT_EQ(f.make, "Sony");
  EXPECT_TRUE(f.model.empty());
  EXPECT_EQ(f.problems.size(), 1u);
}

TEST(AvchdMdpm, EntriesOutOfOrderStopTheReading) {
  const auto f = read(mdpm_unit({{0xe0, {0x01, 0x08, 0x00, 0x00}}, {0x18, {0x04, 0x20, 0x19, 0x04}},
                                 {0x19, {0x24, 0x22, 0x24, 0x00}}}));
  EXPECT_EQ(f.make, "Sony");
  EXPECT_TRUE(f.local_time.empty());
  EXPECT_EQ(f.problems.size(), 1u);
}

TEST(AvchdMdpm, CountBeyondTheEntries) {
  const auto f = read(access_unit(sei_rbsp({user_data({{0xe0, {0x01, 0x08, 0x00, 0x00}}}, k_mdpm_uuid, 9)})));
  EXPECT_EQ(f.make, "Sony");
  EXPECT_EQ(f.problems.size(), 1u);
}

// Each prefix is copied to a buffer of its own size, so that a read past its end is caught by the sanitizer.
TEST(AvchdMdpm, EveryTruncationIsSafe) {
  const Bytes unit = mdpm_unit(sony_entries());
  for (std::size_t size = 0; size <= unit.size(); ++size) {
    const Bytes prefix(unit.begin(), unit.begin() + static_cast<std::ptrdiff_t>(size));
    media::MdpmFacts facts;
    const bool found = media::read_mdpm_from_h264(prefix.data(), prefix.size(), facts);
    if (found) expect_sony_facts(facts);  // only a whole SEI message is read
  }
}

TEST(AvchdMdpm, MutationsAreSafe) {
  const Bytes unit = mdpm_unit(sony_entries());
  std::mt19937 random(20190424);
  std::uniform_int_distribution<std::size_t> position(0, unit.size() - 1);
  std::uniform_int_distribution<int> byte(0, 255), changes(1, 4);
  int found = 0;
  for (int round = 0; round < 400; ++round) {
    Bytes mutated = unit;
    for (int i = changes(random); i > 0; --i) mutated[position(random)] = static_cast<std::uint8_t>(byte(random));
    if (round % 4 == 0) mutated.resize(position(random));
    const Bytes exact(mutated.begin(), mutated.end());  // a buffer of its own size, as above
    media::MdpmFacts facts;
    if (!media::read_mdpm_from_h264(exact.data(), exact.size(), facts)) continue;
    ++found;
    EXPECT_TRUE(facts.local_time.empty() || facts.local_time.size() == 19) << facts.local_time;
    EXPECT_LE(std::abs(facts.offset_minutes.value_or(0)), 14 * 60);
  }
  EXPECT_GT(found, 0);  // some mutations leave the block readable
}

}  // namespace
