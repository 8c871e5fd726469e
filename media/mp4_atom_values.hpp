#pragma once
// What the atoms of an ISO-BMFF file say, as text, for media/mp4_boxes.cpp: the children of
// moov/udta (QuickTime international text, 3GPP strings, 'loci', iTunes-style 'data' atoms and
// binary atoms as hex), the 'data' atoms of meta/ilst items, and the names in 'hdlr' and in a
// visual sample entry. Each reads only the bytes it is given.

#include <cstdint>
#include <string>

#include "media/mp4_text.hpp"

namespace media::mp4 {

// A child of moov/udta: `raw` holds the first bytes of a payload of `payload_size` bytes.
std::string user_data_value(const std::string& type, const Bytes& raw, std::uint64_t payload_size);

// The payload of a 'data' atom: type (4, the low 24 bits well-known types), locale (4), the value.
std::string data_atom_value(const Bytes& raw);

// hdlr's name is a C string (ISO) or a Pascal string (QuickTime), sometimes padded with NULs.
std::string handler_name(std::string name);

// compressorname: 32 bytes, a Pascal string; a few writers put a C string there instead.
std::string compressor_name(const Bytes& field);

}  // namespace media::mp4
