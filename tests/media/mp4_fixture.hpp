#pragma once
// ISO-BMFF built byte by byte for the box walker's tests: boxes, tracks and a whole file whose every
// value is known, written to a temp file and read back with media::read_mp4_boxes.

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>

#include "media/mp4_boxes.hpp"

namespace mp4_testing {

using Bytes = std::string;

inline const std::string k_copyright = "\xa9";  // QuickTime's user-data prefix byte, '©' in FourCC text
inline const Bytes k_xmp_uuid = "\xBE\x7A\xCF\xCB\x97\xA9\x42\xE8\x9C\x71\x99\x94\x91\xE3\xAF\xAC";
inline const std::string k_xmp_packet =
    "<?xpacket begin=\"\xef\xbb\xbf\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?><x:xmpmeta xmlns:x=\"adobe:ns:meta/\">"
    "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description "
    "xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmp:CreatorTool=\"Test Editor 1.0\"/></rdf:RDF></x:xmpmeta>"
    "<?xpacket end=\"w\"?>";

Bytes be16(std::uint16_t v);
Bytes be32(std::uint32_t v);
Bytes be64(std::uint64_t v);
Bytes zeros(std::size_t n);

Bytes box(const std::string& type, const Bytes& payload);
Bytes full_box(const std::string& type, const Bytes& payload);  // with version/flags 0
Bytes hdlr(const std::string& type, const Bytes& name);

// A visual sample entry (ISO 14496-12 VisualSampleEntry) with a Pascal compressorname.
Bytes visual_entry(const std::string& format, const std::string& compressor);

// A trak with its handler, one sample entry and, when asked, an edit list.
Bytes track(const Bytes& handler, const Bytes& entry, bool edit_list);

Bytes ftyp();
// A moov with a video and an audio track, udta atoms, QuickTime and ISO meta items and a uuid box.
Bytes synthetic_moov();
// ftyp, the synthetic moov, an XMP uuid box and an mdat.
Bytes synthetic_file();

std::filesystem::path write(const std::string& name, const Bytes& bytes);
// The bytes as a file, read; fails the test when they are not taken for ISO-BMFF.
media::Mp4Boxes read_bytes(const Bytes& bytes);
bool has_problem(const media::Mp4Boxes& b, const std::string& part);
std::string problems_text(const media::Mp4Boxes& b);

}  // namespace mp4_testing
