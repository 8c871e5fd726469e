#pragma once
// Bytes of ISO-BMFF boxes as numbers and text, for media/mp4_boxes and media/mp4_atom_values:
// big-endian integers, FourCCs and UUIDs as text, UTF-16 turned into UTF-8, and values capped
// in length without splitting a character.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace media::mp4 {

constexpr std::size_t k_max_value = 4096;  // bytes kept of one value

using Bytes = std::string;  // raw bytes: sliced with substr and kept as a value when they are text

// Big-endian numbers at `at`; the caller has checked that the bytes are there.
unsigned byte_at(std::string_view b, std::size_t at);
std::uint32_t be16(std::string_view b, std::size_t at);
std::uint32_t be32(std::string_view b, std::size_t at);
std::uint64_t be64(std::string_view b, std::size_t at);

std::string strip_trailing_nuls(std::string s);

// Lower-case hex of the first 64 bytes.
std::string hex(std::string_view bytes);

// At most k_max_value bytes, cut before a UTF-8 sequence rather than inside one (UTF-16 turned into
// UTF-8 can outgrow the bytes read).
std::string capped(std::string s);

// Atoms nobody documents are shown as text when they read as text, else as hex.
std::string text_or_hex(const Bytes& raw);

// UTF-16 big-endian (a leading byte-order mark dropped); unpaired surrogates become U+FFFD.
std::string utf16be_to_utf8(std::string_view s);

// A FourCC as text: '©' for 0xA9 (QuickTime's user-data prefix), printable ASCII as is, other bytes as \xNN.
std::string fourcc_text(std::string_view four);

// 16 bytes as lower-case hex with dashes: "be7acfcb-97a9-42e8-9c71-999491e3afac".
std::string uuid_text(std::string_view sixteen);

}  // namespace media::mp4
