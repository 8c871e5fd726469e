#include "media/avchd_mdpm.hpp"

extern "C" {
#include <libavformat/avformat.h>
}

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <map>
#include <memory>
#include <span>

namespace media {
namespace {

using Bytes = std::span<const std::uint8_t>;
using EntryData = std::array<std::uint8_t, 4>;
using Entries = std::map<std::uint8_t, EntryData>;  // tag → its four data bytes

// The user-data UUID 17ee8c60-f84d-11d9-8cd6-0800200c9a66, then "MDPM".
constexpr std::array<std::uint8_t, 20> k_mdpm_signature = {0x17, 0xee, 0x8c, 0x60, 0xf8, 0x4d, 0x11, 0xd9, 0x8c, 0xd6,
                                                           0x08, 0x00, 0x20, 0x0c, 0x9a, 0x66, 'M',  'D',  'P',  'M'};
constexpr std::uint8_t k_nal_type_sei = 6;
constexpr std::size_t k_sei_user_data_unregistered = 5;
constexpr std::uint8_t k_rbsp_stop_byte = 0x80;  // rbsp_trailing_bits: a one bit, then zeros to the byte's end
constexpr std::size_t k_entry_size = 5;          // tag byte + four data bytes

// MDPM tags (exiftool H264.pm).
constexpr std::uint8_t k_tag_zone_year_month = 0x18;  // time-zone byte, BCD century, BCD year, BCD month
constexpr std::uint8_t k_tag_day_time = 0x19;         // BCD day, hour, minute, second
constexpr std::uint8_t k_tag_make = 0xe0;             // big-endian 16-bit maker code, then a model code
constexpr std::uint8_t k_tag_model = 0xe4;            // 0xe4-0xe6: up to 12 bytes of model name (Sony)
constexpr int k_model_tags = 3;

// The time-zone byte of tag 0x18: 0x80 unused, 0x40 daylight saving, 0x20 west of UTC,
// 0x1e whole hours, 0x01 an extra half hour.
constexpr std::uint8_t k_zone_dst = 0x40;
constexpr std::uint8_t k_zone_west = 0x20;
constexpr std::uint8_t k_zone_half_hour = 0x01;
constexpr int k_max_zone_minutes = 14 * 60;

constexpr int k_max_streams = 100;  // no camera file has more; a hostile one may declare thousands

std::string hex(const EntryData& data) {
  char text[16];
  std::snprintf(text, sizeof text, "%02x%02x%02x%02x", data[0], data[1], data[2], data[3]);
  return text;
}

// ---- Annex B and SEI ----

// Where the next 00 00 01 starts at or after `from`; the size when there is none.
std::size_t next_start_code(Bytes bytes, std::size_t from) {
  for (std::size_t i = from; i + 3 <= bytes.size(); ++i) {
    if (bytes[i] == 0 && bytes[i + 1] == 0 && bytes[i + 2] == 1) return i;
  }
  return bytes.size();
}

// A zero before a start code is the first byte of a four-byte start code (or
// trailing_zero_8bits), never NAL content: a NAL unit ends in a nonzero byte.
Bytes without_trailing_zeros(Bytes nal) {
  while (!nal.empty() && nal.back() == 0) nal = nal.first(nal.size() - 1);
  return nal;
}

bool is_sei(Bytes nal) {
  constexpr std::uint8_t forbidden_zero_bit = 0x80;
  return !nal.empty() && (nal[0] & forbidden_zero_bit) == 0 && (nal[0] & 0x1f) == k_nal_type_sei;
}

// The payload as the SEI syntax counts it: every 00 00 03 written as 00 00.
std::vector<std::uint8_t> without_emulation_prevention(Bytes payload) {
  std::vector<std::uint8_t> rbsp;
  rbsp.reserve(payload.size());
  int zeros = 0;
  for (const std::uint8_t byte : payload) {
    if (zeros >= 2 && byte == 3) {
      zeros = 0;
      continue;
    }
    zeros = byte == 0 ? zeros + 1 : 0;
    rbsp.push_back(byte);
  }
  return rbsp;
}

// An SEI payload type or size: bytes of 255 add up until a smaller one ends the number.
std::optional<std::size_t> sei_number(Bytes rbsp, std::size_t& pos) {
  std::size_t value = 0;
  while (pos < rbsp.size()) {
    const std::uint8_t byte = rbsp[pos++];
    value += byte;
    if (byte != 0xff) return value;
  }
  return std::nullopt;
}

bool is_mdpm(std::size_t payload_type, Bytes payload) {
  return payload_type == k_sei_user_data_unregistered && payload.size() >= k_mdpm_signature.size() &&
         std::equal(k_mdpm_signature.begin(), k_mdpm_signature.end(), payload.begin());
}

// What follows "MDPM" in the first MDPM message of an SEI RBSP. A message
// running past the RBSP ends the walk: its size cannot be trusted.
std::optional<Bytes> mdpm_block(Bytes rbsp) {
  std::size_t pos = 0;
  const auto at_stop_byte = [&] { return pos + 1 == rbsp.size() && rbsp[pos] == k_rbsp_stop_byte; };
  while (pos < rbsp.size() && !at_stop_byte()) {
    const auto type = sei_number(rbsp, pos);
    const auto size = sei_number(rbsp, pos);
    if (!type || !size || *size > rbsp.size() - pos) return std::nullopt;
    const Bytes payload = rbsp.subspan(pos, *size);
    if (is_mdpm(*type, payload)) return payload.subspan(k_mdpm_signature.size());
    pos += *size;
  }
  return std::nullopt;
}

// ---- MDPM entries ----

// A count byte, then 5-byte entries in increasing tag order. Like exiftool,
// reading stops at an entry out of order: what follows it is not trusted.
Entries mdpm_entries(Bytes block, MdpmFacts& facts) {
  Entries entries;
  if (block.empty()) {
    facts.problems.push_back("MDPM block has no entry count");
    return entries;
  }
  const std::size_t declared = block[0];
  const std::size_t present = (block.size() - 1) / k_entry_size;
  if (declared > present) {
    facts.problems.push_back("MDPM declares " + std::to_string(declared) + " entries but holds " +
                             std::to_string(present));
  }
  int last_tag = -1;
  for (std::size_t i = 0; i < std::min(declared, present); ++i) {
    const Bytes entry = block.subspan(1 + i * k_entry_size, k_entry_size);
    if (entry[0] <= last_tag) {
      char text[96];
      std::snprintf(text, sizeof text, "MDPM entries are out of tag order (0x%02x after 0x%02x): the rest is ignored",
                    entry[0], static_cast<unsigned>(last_tag));
      facts.problems.push_back(text);
      break;
    }
    last_tag = entry[0];
    std::copy(entry.begin() + 1, entry.end(), entries[entry[0]].begin());
  }
  return entries;
}

// ---- Recording time ----

// 0x24 → 24; nullopt when a nibble is above 9 (as in the 0xff of a clock never set).
std::optional<int> bcd(std::uint8_t byte) {
  const int high = byte >> 4, low = byte & 0x0f;
  if (high > 9 || low > 9) return std::nullopt;
  return high * 10 + low;
}

// The camera's clock reading as if it were UTC, so that the calendar does the arithmetic.
std::optional<std::chrono::sys_seconds> clock_reading(const EntryData& zone_year_month, const EntryData& day_time) {
  const auto century = bcd(zone_year_month[1]), year = bcd(zone_year_month[2]), month = bcd(zone_year_month[3]);
  const auto day = bcd(day_time[0]), hour = bcd(day_time[1]), minute = bcd(day_time[2]), second = bcd(day_time[3]);
  if (!century || !year || !month || !day || !hour || !minute || !second) return std::nullopt;
  const std::chrono::year_month_day date{std::chrono::year{*century * 100 + *year},
                                         std::chrono::month{static_cast<unsigned>(*month)},
                                         std::chrono::day{static_cast<unsigned>(*day)}};
  if (!date.ok() || *hour > 23 || *minute > 59 || *second > 59) return std::nullopt;
  return std::chrono::sys_days{date} + std::chrono::hours{*hour} + std::chrono::minutes{*minute} +
         std::chrono::seconds{*second};
}

// "2019-04-24T22:24:00"
std::string iso_time(std::chrono::sys_seconds time) {
  const auto midnight = std::chrono::floor<std::chrono::days>(time);
  const std::chrono::year_month_day date{midnight};
  const std::chrono::hh_mm_ss clock{time - midnight};
  char text[64];
  std::snprintf(text, sizeof text, "%04d-%02u-%02uT%02d:%02d:%02d", static_cast<int>(date.year()),
                static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()),
                static_cast<int>(clock.hours().count()), static_cast<int>(clock.minutes().count()),
                static_cast<int>(clock.seconds().count()));
  return text;
}

// East positive; nullopt beyond ±14:00 (the hours field reaches 15, as in a 0xff byte).
std::optional<int> zone_minutes(std::uint8_t zone) {
  const int minutes = ((zone >> 1) & 0x0f) * 60 + ((zone & k_zone_half_hour) ? 30 : 0);
  if (minutes > k_max_zone_minutes) return std::nullopt;
  return (zone & k_zone_west) ? -minutes : minutes;
}

// The zone is the offset in force: a camera in Central Europe in summer writes
// +02:00 with the daylight-saving flag set, not +01:00 plus an hour.
void read_zone(std::uint8_t zone, std::chrono::sys_seconds clock, MdpmFacts& facts) {
  const auto minutes = zone_minutes(zone);
  if (!minutes) {
    char text[80];
    std::snprintf(text, sizeof text, "MDPM time-zone byte 0x%02x is beyond 14 hours: the zone is unknown", zone);
    facts.problems.push_back(text);
    return;
  }
  facts.offset_minutes = minutes;
  facts.dst = (zone & k_zone_dst) != 0;
  facts.utc_time = iso_time(clock - std::chrono::minutes{*minutes}) + "Z";
}

// Tag 0x18 holds the zone, century, year and month; tag 0x19 the rest.
void read_recording_time(const Entries& entries, MdpmFacts& facts) {
  const auto first = entries.find(k_tag_zone_year_month);
  if (first == entries.end()) return;
  const auto second = entries.find(k_tag_day_time);
  if (second == entries.end()) {
    facts.problems.push_back("MDPM recording date (tag 0x18) comes without its time (tag 0x19)");
    return;
  }
  const auto clock = clock_reading(first->second, second->second);
  if (!clock) {
    facts.problems.push_back("MDPM recording time is not a BCD date and time: " + hex(first->second) + " " +
                             hex(second->second));
    return;
  }
  facts.local_time = iso_time(*clock);
  read_zone(first->second[0], *clock, facts);
}

// ---- Make and model ----

const char* make_name(std::uint16_t code) {
  switch (code) {
    case 0x0103: return "Panasonic";
    case 0x0108: return "Sony";
    case 0x1011: return "Canon";
    case 0x1104: return "JVC";
    default: return "";
  }
}

// The text of tags 0xe4, 0xe5, 0xe6 in a row, up to its first NUL. exiftool
// reads it for Sony only: other makes are not known to write a name there.
std::string sony_model(const Entries& entries, MdpmFacts& facts) {
  std::string text;
  for (int i = 0; i < k_model_tags; ++i) {
    const auto it = entries.find(static_cast<std::uint8_t>(k_tag_model + i));
    if (it == entries.end()) break;
    text.append(it->second.begin(), it->second.end());
  }
  text.resize(std::min(text.size(), text.find('\0')));
  while (!text.empty() && text.back() == ' ') text.pop_back();
  const auto printable = [](char ch) { return ch >= 0x20 && ch < 0x7f; };
  if (!std::all_of(text.begin(), text.end(), printable)) {
    facts.problems.push_back("MDPM model name (tags 0xe4-0xe6) is not text");
    return {};
  }
  return text;
}

void read_make_and_model(const Entries& entries, MdpmFacts& facts) {
  const auto make = entries.find(k_tag_make);
  if (make == entries.end()) return;
  const auto code = static_cast<std::uint16_t>((make->second[0] << 8) | make->second[1]);
  facts.make_code = code;
  facts.make = make_name(code);
  if (facts.make.empty()) {
    char text[64];
    std::snprintf(text, sizeof text, "MDPM make code 0x%04x is not a known maker", code);
    facts.problems.push_back(text);
  }
  if (facts.make == "Sony") facts.model = sony_model(entries, facts);
}

// ---- Files ----

struct FormatContextClose {
  void operator()(AVFormatContext* context) const { avformat_close_input(&context); }
};
using FormatContext = std::unique_ptr<AVFormatContext, FormatContextClose>;

struct PacketFree {
  void operator()(AVPacket* packet) const { av_packet_free(&packet); }
};
using Packet = std::unique_ptr<AVPacket, PacketFree>;

// MPEG-TS (and M2TS, its 192-byte-packet form) from a local file, and nothing
// else: no other demuxer or protocol sees the bytes. "file:" and an absolute
// path keep a name such as "clip:1.mts" from being taken for a protocol.
FormatContext open_transport_stream(const std::filesystem::path& file) {
  AVFormatContext* context = avformat_alloc_context();
  if (!context) return nullptr;
  context->format_whitelist = av_strdup("mpegts");
  context->protocol_whitelist = av_strdup("file");
  context->max_streams = k_max_streams;
  if (!context->format_whitelist || !context->protocol_whitelist) {
    avformat_free_context(context);
    return nullptr;
  }
  std::error_code ec;
  const std::string url = "file:" + std::filesystem::absolute(file, ec).string();
  if (avformat_open_input(&context, url.c_str(), nullptr, nullptr) < 0) return nullptr;  // it freed the context
  return FormatContext(context);
}

// libavformat's main video stream, or -1 when there is none or it is not H.264.
int h264_video_stream(AVFormatContext* context) {
  const int index = av_find_best_stream(context, AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
  if (index < 0 || context->streams[index]->codecpar->codec_id != AV_CODEC_ID_H264) return -1;
  return index;
}

void discard_all_but(AVFormatContext* context, int stream) {
  for (unsigned i = 0; i < context->nb_streams; ++i) {
    context->streams[i]->discard = static_cast<int>(i) == stream ? AVDISCARD_DEFAULT : AVDISCARD_ALL;
  }
}

}  // namespace

bool read_mdpm_from_h264(const std::uint8_t* data, std::size_t size, MdpmFacts& facts) {
  if (!data || size == 0) return false;
  const Bytes bytes(data, size);
  for (std::size_t at = next_start_code(bytes, 0); at < bytes.size();) {
    const std::size_t begin = at + 3;
    const std::size_t next = next_start_code(bytes, begin);
    const Bytes nal = without_trailing_zeros(bytes.subspan(begin, next - begin));
    at = next;
    if (!is_sei(nal)) continue;
    const std::vector<std::uint8_t> rbsp = without_emulation_prevention(nal.subspan(1));
    const auto block = mdpm_block(rbsp);
    if (!block) continue;
    const Entries entries = mdpm_entries(*block, facts);
    read_recording_time(entries, facts);
    read_make_and_model(entries, facts);
    return true;
  }
  return false;
}

std::optional<MdpmFacts> read_mdpm_file(const std::filesystem::path& file, int max_packets) {
  if (max_packets <= 0) return std::nullopt;
  const FormatContext context = open_transport_stream(file);
  if (!context) return std::nullopt;
  const int stream = h264_video_stream(context.get());
  if (stream < 0) return std::nullopt;
  discard_all_but(context.get(), stream);
  const Packet packet(av_packet_alloc());
  if (!packet) return std::nullopt;
  // Packets of streams the demuxer finds later are not discarded: every packet counts.
  for (int read = 0; read < max_packets && av_read_frame(context.get(), packet.get()) >= 0; ++read) {
    MdpmFacts facts;
    const bool found = packet->stream_index == stream && packet->data && packet->size > 0 &&
                       read_mdpm_from_h264(packet->data, static_cast<std::size_t>(packet->size), facts);
    av_packet_unref(packet.get());
    if (found) return facts;
  }
  return std::nullopt;
}

}  // namespace media
