// Walking the boxes of an MP4/MOV file within fixed bounds: every size is checked against its parent
// and the file before it is used, so damaged or hostile input can only make us stop early.
#include "media/mp4_boxes.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <initializer_list>
#include <set>
#include <string_view>
#include <system_error>
#include <utility>

namespace media {
namespace {

constexpr int k_max_depth = 8;  // moov/trak/mdia/minf/stbl/stsd/entry is 7 deep
constexpr int k_max_boxes = 20000;
constexpr std::size_t k_max_tracks = 100;
constexpr std::size_t k_max_entries = 1000;  // per map: user_data, item_list
constexpr std::size_t k_max_value = 4096;
constexpr std::size_t k_max_xmp = 1u << 20;
constexpr std::size_t k_hex_bytes = 64;
constexpr std::size_t k_max_keys = 1024;
constexpr std::size_t k_max_keys_bytes = 64 * 1024;
constexpr std::size_t k_max_problems = 100;

constexpr std::array<unsigned char, 16> k_xmp_uuid = {0xBE, 0x7A, 0xCF, 0xCB, 0x97, 0xA9, 0x42, 0xE8,
                                                     0x9C, 0x71, 0x99, 0x94, 0x91, 0xE3, 0xAF, 0xAC};

using Bytes = std::string;  // raw bytes: sliced with substr and kept as a value when they are text

unsigned byte_at(std::string_view b, std::size_t at) { return static_cast<unsigned char>(b[at]); }
std::uint32_t be16(std::string_view b, std::size_t at) { return byte_at(b, at) << 8 | byte_at(b, at + 1); }
std::uint32_t be32(std::string_view b, std::size_t at) { return be16(b, at) << 16 | be16(b, at + 2); }
std::uint64_t be64(std::string_view b, std::size_t at) { return std::uint64_t(be32(b, at)) << 32 | be32(b, at + 4); }

// ---- text ------------------------------------------------------------------------------------------

std::string strip_trailing_nuls(std::string s) {
  while (!s.empty() && s.back() == '\0') s.pop_back();
  return s;
}

std::string hex(std::string_view bytes) {
  static constexpr char digits[] = "0123456789abcdef";
  std::string out;
  for (std::size_t i = 0; i < std::min(bytes.size(), k_hex_bytes); ++i) {
    out += digits[byte_at(bytes, i) >> 4];
    out += digits[byte_at(bytes, i) & 15];
  }
  return out;
}

// How many continuation bytes follow a UTF-8 lead byte; 0 for a byte that cannot lead a sequence.
std::size_t utf8_continuations(unsigned lead) {
  if (lead >= 0xC2 && lead <= 0xDF) return 1;
  if (lead >= 0xE0 && lead <= 0xEF) return 2;
  if (lead >= 0xF0 && lead <= 0xF4) return 3;
  return 0;
}

// Valid UTF-8 without control characters other than tab and line breaks.
bool is_printable_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const unsigned c = byte_at(s, i);
    if (c < 0x80) {
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) return false;
      ++i;
      continue;
    }
    const std::size_t extra = utf8_continuations(c);
    if (extra == 0 || s.size() - i <= extra) return false;
    for (std::size_t k = 1; k <= extra; ++k) {
      if ((byte_at(s, i + k) & 0xC0) != 0x80) return false;
    }
    i += extra + 1;
  }
  return true;
}

// At most k_max_value bytes, cut before a UTF-8 sequence rather than inside one (UTF-16 turned into
// UTF-8 can outgrow the bytes read).
std::string capped(std::string s) {
  if (s.size() <= k_max_value) return s;
  std::size_t cut = k_max_value;
  while (cut > 0 && (byte_at(s, cut) & 0xC0) == 0x80) --cut;
  s.resize(cut);
  return s;
}

// Atoms nobody documents are shown as text when they read as text, else as hex.
std::string text_or_hex(const Bytes& raw) {
  std::string text = strip_trailing_nuls(raw);
  if (!text.empty() && is_printable_utf8(text)) return text;
  return hex(raw);
}

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += char(c);
  } else if (c < 0x800) {
    out += char(0xC0 | (c >> 6));
    out += char(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += char(0xE0 | (c >> 12));
    out += char(0x80 | ((c >> 6) & 0x3F));
    out += char(0x80 | (c & 0x3F));
  } else {
    out += char(0xF0 | (c >> 18));
    out += char(0x80 | ((c >> 12) & 0x3F));
    out += char(0x80 | ((c >> 6) & 0x3F));
    out += char(0x80 | (c & 0x3F));
  }
}

// UTF-16 big-endian (a leading byte-order mark dropped); unpaired surrogates become U+FFFD.
std::string utf16be_to_utf8(std::string_view s) {
  std::string out;
  std::size_t i = (s.size() >= 2 && be16(s, 0) == 0xFEFF) ? 2 : 0;
  for (; i + 1 < s.size(); i += 2) {
    char32_t c = be16(s, i);
    const bool high = c >= 0xD800 && c <= 0xDBFF;
    if (high && i + 3 < s.size() && be16(s, i + 2) >= 0xDC00 && be16(s, i + 2) <= 0xDFFF) {
      c = 0x10000 + ((c - 0xD800) << 10) + (be16(s, i + 2) - 0xDC00);
      i += 2;
    } else if (c >= 0xD800 && c <= 0xDFFF) {
      c = 0xFFFD;
    }
    append_utf8(out, c);
  }
  return out;
}

// A FourCC as text: '©' for 0xA9 (QuickTime's user-data prefix), printable ASCII as is, other bytes as \xNN.
std::string fourcc_text(std::string_view four) {
  std::string out;
  for (std::size_t i = 0; i < four.size(); ++i) {
    const unsigned c = byte_at(four, i);
    if (c == 0xA9) {
      out += "\xc2\xa9";
    } else if (c >= 0x20 && c < 0x7F) {
      out += char(c);
    } else {
      char escaped[5];
      std::snprintf(escaped, sizeof escaped, "\\x%02x", c);
      out += escaped;
    }
  }
  return out;
}

std::string uuid_text(std::string_view sixteen) {
  const std::string h = hex(sixteen);
  return h.substr(0, 8) + "-" + h.substr(8, 4) + "-" + h.substr(12, 4) + "-" + h.substr(16, 4) + "-" + h.substr(20);
}

// ---- values ----------------------------------------------------------------------------------------

// A 3GPP string from `at`: UTF-8, or UTF-16 when it starts with a byte-order mark; NUL-terminated.
// `at` is moved past the terminator.
std::string three_gpp_string(std::string_view s, std::size_t& at) {
  const std::string_view rest = s.substr(std::min(at, s.size()));
  if (rest.size() >= 2 && be16(rest, 0) == 0xFEFF) {
    std::size_t end = 2;
    while (end + 1 < rest.size() && be16(rest, end) != 0) end += 2;
    at += std::min(end + 2, rest.size());
    return utf16be_to_utf8(rest.substr(0, end));
  }
  const std::size_t end = std::min(rest.find('\0'), rest.size());
  at += std::min(end + 1, rest.size());
  return std::string(rest.substr(0, end));
}

// 'auth', 'titl', …: version/flags (4), packed language (2), the string.
std::string three_gpp_text(const Bytes& raw) {
  if (raw.size() < 6) return text_or_hex(raw);
  std::size_t at = 6;
  return three_gpp_string(raw, at);
}

// 'loci' (3GPP TS 26.244): rendered the way FFmpeg renders it, so one ISO 6709 parser reads both.
std::string loci_text(const Bytes& raw) {
  std::size_t at = 6;  // version/flags, language
  if (raw.size() < at) return hex(raw);
  const std::string place = three_gpp_string(raw, at);
  at += 1;  // role
  if (raw.size() < at + 12) return hex(raw);
  const auto fixed_16_16 = [&](std::size_t offset) { return static_cast<std::int32_t>(be32(raw, offset)) / 65536.0; };
  const double lon = fixed_16_16(at), lat = fixed_16_16(at + 4), alt = fixed_16_16(at + 8);
  char position[96];
  std::snprintf(position, sizeof position, "%+08.4f%+09.4f", lat, lon);
  std::string out = position;
  if (alt != 0) {
    std::snprintf(position, sizeof position, "%+f", alt);
    out += position;
  }
  return out + "/" + place;
}

std::string integer_text(std::string_view value, bool is_signed) {
  if (value.empty() || (value.size() > 4 && value.size() != 8)) return hex(value);
  std::uint64_t n = 0;
  for (std::size_t i = 0; i < value.size(); ++i) n = n << 8 | byte_at(value, i);
  if (is_signed && (byte_at(value, 0) & 0x80)) {
    const unsigned shift = 64 - 8 * static_cast<unsigned>(value.size());
    return std::to_string(static_cast<std::int64_t>(n << shift) >> shift);
  }
  return std::to_string(n);
}

std::string float_text(std::string_view value) {
  char text[64];
  if (value.size() == 4) {
    std::snprintf(text, sizeof text, "%.9g", double(std::bit_cast<float>(be32(value, 0))));
  } else if (value.size() == 8) {
    std::snprintf(text, sizeof text, "%.17g", std::bit_cast<double>(be64(value, 0)));
  } else {
    return hex(value);
  }
  return text;
}

// The payload of a 'data' atom: type (4, the low 24 bits well-known types), locale (4), the value.
std::string data_atom_value(const Bytes& raw) {
  if (raw.size() < 8) return hex(raw);
  const Bytes value = raw.substr(8);
  switch (be32(raw, 0) & 0xFFFFFF) {
    case 1: return strip_trailing_nuls(value);                    // UTF-8
    case 2: return strip_trailing_nuls(utf16be_to_utf8(value));   // UTF-16
    case 21: return integer_text(value, true);
    case 22: return integer_text(value, false);
    case 23:
    case 24: return float_text(value);
    default: return text_or_hex(value);
  }
}

// Some writers put an iTunes-style 'data' atom straight into a udta atom.
bool holds_data_atom(const Bytes& raw, std::uint64_t payload_size) {
  return raw.size() >= 16 && raw.compare(4, 4, "data") == 0 && be32(raw, 0) >= 16 && be32(raw, 0) <= payload_size;
}

// QuickTime international text: length (2), language (2), the string; only the first of several is kept.
// A '©' atom that does not fit that layout holds a plain string.
std::string quicktime_text(const Bytes& raw, std::uint64_t payload_size) {
  if (raw.size() >= 4) {
    const std::uint32_t length = be16(raw, 0);
    if (length > 0 && 4 + std::uint64_t(length) <= payload_size) return strip_trailing_nuls(raw.substr(4, length));
  }
  return text_or_hex(raw);
}

bool is_binary_atom(std::string_view type) { return type == "CAME" || type == "MUID" || type == "GPMF"; }

bool is_3gpp_text_atom(std::string_view type) {
  for (std::string_view t : {"auth", "titl", "dscp", "cprt", "perf", "gnre"}) {
    if (type == t) return true;
  }
  return false;
}

std::string user_data_value(const std::string& type, const Bytes& raw, std::uint64_t payload_size) {
  if (is_binary_atom(type)) return hex(raw);
  if (type == "loci") return loci_text(raw);
  if (is_3gpp_text_atom(type)) return three_gpp_text(raw);
  if (holds_data_atom(raw, payload_size)) return data_atom_value(raw.substr(8, be32(raw, 0) - 8));
  if (byte_at(type, 0) == 0xA9) return quicktime_text(raw, payload_size);
  return text_or_hex(raw);
}

// hdlr's name is a C string (ISO) or a Pascal string (QuickTime), sometimes padded with NULs.
std::string handler_name(std::string name) {
  name = strip_trailing_nuls(std::move(name));
  if (!name.empty() && byte_at(name, 0) == name.size() - 1) name.erase(0, 1);
  return name;
}

// compressorname: 32 bytes, a Pascal string; a few writers put a C string there instead.
std::string compressor_name(const Bytes& field) {
  if (field.empty()) return {};
  const std::size_t length = byte_at(field, 0);
  if (length < field.size()) return strip_trailing_nuls(field.substr(1, length));
  return field.substr(0, field.find('\0'));
}

// ---- the walk --------------------------------------------------------------------------------------

struct Box {
  std::string type;           // the FourCC's four bytes
  std::uint64_t offset = 0;   // of the header
  std::uint64_t payload = 0;  // after the header (and a uuid box's 16-byte user type)
  std::uint64_t end = 0;      // past the box
  std::string user_type;      // uuid boxes: 16 bytes
  std::uint64_t payload_size() const { return end - payload; }
};

bool is_one_of(std::string_view type, std::initializer_list<std::string_view> types) {
  return std::find(types.begin(), types.end(), type) != types.end();
}

bool is_uuid(const Box& box, const std::array<unsigned char, 16>& uuid) {
  return std::equal(uuid.begin(), uuid.end(), box.user_type.begin(), box.user_type.end(),
                    [](unsigned char a, char b) { return a == static_cast<unsigned char>(b); });
}

// QuickTime's 'meta' is a plain box, ISO's a full box (4 bytes of version/flags): does the payload begin
// with a box header (size within the room, printable type) rather than version/flags?
bool starts_like_box(const Bytes& head, std::uint64_t room) {
  const std::uint32_t size = be32(head, 0);
  const bool printable = std::all_of(head.begin() + 4, head.end(), [](char c) { return c >= 0x20 && c < 0x7F; });
  return size >= 8 && size <= room && printable;
}

class Walker {
 public:
  Walker(std::ifstream& in, std::uint64_t file_size, Mp4Boxes& out) : in_(in), file_size_(file_size), out_(out) {}

  void walk_file() {
    std::uint64_t at = 0;
    while (!stopped_ && file_size_ - at >= 8) {
      const auto box = next_box(at, file_size_);
      if (!box) return;
      visit(*box, 1);
      at = box->end;
    }
    if (!stopped_ && at < file_size_) {
      problem(std::to_string(file_size_ - at) + " stray bytes after the last box at offset " + std::to_string(at));
    }
  }

 private:
  // ---- reading boxes ----

  // The header at `at`, checked against `end`: the parent's end, or the file's.
  std::optional<Box> next_box(std::uint64_t at, std::uint64_t end) {
    if (++boxes_seen_ > k_max_boxes) {
      problem("more than " + std::to_string(k_max_boxes) + " boxes: the rest is not read");
      stopped_ = true;
      return std::nullopt;
    }
    Bytes head;
    if (!read_at(at, 8, head)) return std::nullopt;
    Box box{head.substr(4, 4), at, at + 8, 0, {}};
    std::uint64_t size = be32(head, 0);
    if (size == 1) {  // a 64-bit largesize follows the type
      Bytes large;
      if (end - at < 16) return cut_short(box);
      if (!read_at(at + 8, 8, large)) return std::nullopt;
      size = be64(large, 0);
      box.payload = at + 16;
    } else if (size == 0) {
      if (!path_.empty()) return zero_size_inside(box, head);
      size = end - at;  // at the top level: to the end of the file
    }
    const std::uint64_t header = box.payload - at + (box.type == "uuid" ? 16 : 0);
    if (size < header) return impossible_size(box, size);
    if (size > end - at) return runs_past(box, size);
    box.end = at + size;
    if (box.type == "uuid") {
      if (!read_at(box.payload, 16, box.user_type)) return std::nullopt;
      box.payload += 16;
    }
    return box;
  }

  std::string where(const Box& box) const {
    return "box '" + fourcc_text(box.type) + "' at offset " + std::to_string(box.offset);
  }

  // Nested, a zero size is QuickTime's list terminator when zeros follow; anything else ends the list early.
  std::optional<Box> zero_size_inside(const Box& box, const Bytes& head) {
    if (head != Bytes(8, '\0')) problem(where(box) + " has size 0 inside '" + fourcc_text(path_.back()) + "'");
    return std::nullopt;
  }

  std::optional<Box> cut_short(const Box& box) {
    problem(where(box) + " is cut short");
    return std::nullopt;
  }

  std::optional<Box> impossible_size(const Box& box, std::uint64_t size) {
    problem(where(box) + " has an impossible size " + std::to_string(size));
    return std::nullopt;
  }

  std::optional<Box> runs_past(const Box& box, std::uint64_t size) {
    const bool past_file = size > file_size_ - box.offset;
    const std::string end = past_file ? "the file" : "its parent '" + fourcc_text(path_.back()) + "'";
    problem(where(box) + " runs past the end of " + end + " (size " + std::to_string(size) + ")");
    return std::nullopt;
  }

  // The children of `parent` from `begin` (after any fields of its own); `depth` is the parent's.
  template <class Visit>
  void for_each_child(const Box& parent, std::uint64_t begin, int depth, Visit visit_child) {
    if (depth >= k_max_depth) {
      problem(where(parent) + " is nested deeper than " + std::to_string(k_max_depth) + " levels: not read");
      return;
    }
    path_.push_back(parent.type);
    // Fewer than 8 bytes left is no box: QuickTime's 4-byte zero terminator, or padding.
    for (std::uint64_t at = begin; !stopped_ && at <= parent.end && parent.end - at >= 8;) {
      const auto box = next_box(at, parent.end);
      if (!box) break;
      visit_child(*box);
      at = box->end;
    }
    path_.pop_back();
  }

  void enter(const Box& box, std::uint64_t begin, int depth) {
    for_each_child(box, begin, depth, [&](const Box& child) { visit(child, depth + 1); });
  }

  bool read_at(std::uint64_t offset, std::size_t n, Bytes& out) {
    out.assign(n, '\0');
    in_.clear();
    in_.seekg(static_cast<std::streamoff>(offset));
    in_.read(out.data(), static_cast<std::streamsize>(n));
    if (static_cast<std::size_t>(in_.gcount()) == n) return true;
    problem("cannot read " + std::to_string(n) + " bytes at offset " + std::to_string(offset));
    stopped_ = true;  // the file shrank under us or the disk failed: nothing further can be trusted
    return false;
  }

  // The payload's first `cap` bytes at most.
  Bytes read_payload(const Box& box, std::size_t cap) {
    Bytes raw;
    const auto n = static_cast<std::size_t>(std::min<std::uint64_t>(box.payload_size(), cap));
    if (!read_at(box.payload, n, raw)) raw.clear();
    return raw;
  }

  // ---- keeping results within bounds ----

  void problem(std::string text) {
    if (out_.problems.size() < k_max_problems) {
      out_.problems.push_back(std::move(text));
    } else if (out_.problems.size() == k_max_problems) {
      out_.problems.push_back("more problems not listed");
    }
  }

  // Keeps the first value of each key, up to k_max_entries keys.
  void keep(std::map<std::string, std::string>& map, const std::string& key, std::string value) {
    if (map.count(key)) return;
    if (map.size() < k_max_entries) {
      map.emplace(key, capped(std::move(value)));
    } else if (!full_maps_.count(&map)) {
      full_maps_.insert(&map);
      problem("more than " + std::to_string(k_max_entries) + " entries in '" + fourcc_text(parent()) +
              "': the rest are not kept");
    }
  }

  bool path_is(std::initializer_list<std::string_view> types) const {
    return std::equal(path_.begin(), path_.end(), types.begin(), types.end());
  }

  std::string parent() const { return path_.empty() ? std::string() : path_.back(); }

  // ---- what each box means where it is ----

  void visit(const Box& box, int depth) {
    const std::string& type = box.type;
    if (path_is({"moov", "udta"}) && type != "meta") return on_user_data(box);
    if (type == "ftyp") return on_ftyp(box);
    if (type == "uuid") return on_uuid(box);
    if (type == "trak") return on_trak(box, depth);
    if (type == "udta" && path_is({"moov"})) return enter(box, box.payload, depth);
    if (type == "meta" && (path_is({"moov"}) || path_is({"moov", "udta"}))) return on_meta(box, depth);
    if (type == "hdlr") return on_hdlr(box);
    if (type == "stsd") return on_stsd(box, depth);
    if (type == "elst") return on_elst();
    if (type == "keys") return on_keys(box);
    if (type == "ilst") return on_ilst(box, depth);
    // moov is entered wherever it appears: nested copies are bounded by the depth cap like anything else
    if (is_one_of(type, {"moov", "mdia", "minf", "stbl", "edts"})) return enter(box, box.payload, depth);
  }

  void on_ftyp(const Box& box) {
    if (!path_.empty() || seen_ftyp_) return;
    seen_ftyp_ = true;
    const Bytes raw = read_payload(box, k_max_value);
    if (raw.size() < 8) return;
    out_.major_brand = fourcc_text(raw.substr(0, 4));
    out_.minor_version = be32(raw, 4);
    for (std::size_t at = 8; at + 4 <= raw.size(); at += 4) {
      out_.compatible_brands.push_back(fourcc_text(raw.substr(at, 4)));
    }
  }

  void on_uuid(const Box& box) {
    const bool outer = path_is({}) || path_is({"moov"});
    if (outer) out_.uuid_boxes.push_back(uuid_text(box.user_type));
    if (is_uuid(box, k_xmp_uuid) && (outer || path_is({"moov", "trak"}))) keep_xmp(box);
  }

  void keep_xmp(const Box& box) {
    if (!out_.xmp.empty()) return;
    if (box.payload_size() > k_max_xmp) {
      problem("XMP packet of " + std::to_string(box.payload_size()) + " bytes in " + where(box) +
              " is over the 1 MiB cap: not read");
      return;
    }
    out_.xmp = strip_trailing_nuls(read_payload(box, k_max_xmp));
  }

  void on_trak(const Box& box, int depth) {
    if (parent() != "moov") return;
    if (out_.tracks.size() >= k_max_tracks) {
      if (!tracks_capped_) problem("more than " + std::to_string(k_max_tracks) + " tracks: the rest are not read");
      tracks_capped_ = true;
      return;
    }
    const auto outer_track = track_;
    out_.tracks.emplace_back();
    track_ = out_.tracks.size() - 1;
    enter(box, box.payload, depth);
    Mp4Track& track = out_.tracks[*track_];
    if (track.handler_type != "vide") track.compressor_name.clear();  // audio entries with children are as long
    track_ = outer_track;
  }

  void on_hdlr(const Box& box) {
    const bool for_track = parent() == "mdia" && track_ && out_.tracks[*track_].handler_type.empty();
    const bool for_meta = parent() == "meta";
    if (!for_track && !for_meta) return;  // QuickTime's minf/hdlr names the data handler ('alis'), not the media
    const Bytes raw = read_payload(box, 24 + k_max_value);  // version/flags, pre_defined, type, 12 reserved, name
    if (raw.size() < 12) return;
    const std::string type = fourcc_text(raw.substr(8, 4));
    if (for_meta) {
      meta_handler_ = type;
      return;
    }
    Mp4Track& track = out_.tracks[*track_];
    track.handler_type = type;
    if (raw.size() > 24) track.handler_name = handler_name(raw.substr(24));
  }

  void on_meta(const Box& box, int depth) {
    std::uint64_t first = box.payload;
    Bytes head;
    if (box.payload_size() >= 8 && read_at(box.payload, 8, head) && !starts_like_box(head, box.payload_size())) {
      first += 4;
    }
    std::vector<std::string> outer_keys = std::exchange(keys_, {});
    std::string outer_handler = std::exchange(meta_handler_, {});
    enter(box, first, depth);
    keys_ = std::move(outer_keys);
    meta_handler_ = std::move(outer_handler);
  }

  // The first sample entry: its format, and for video its compressorname.
  void on_stsd(const Box& box, int depth) {
    if (parent() != "stbl" || !track_ || box.payload_size() < 8) return;
    std::optional<Box> entry;
    for_each_child(box, box.payload + 8, depth, [&](const Box& child) {  // after version/flags and entry_count
      if (!entry) entry = child;
    });
    if (!entry) return;
    Mp4Track& track = out_.tracks[*track_];
    track.sample_format = fourcc_text(entry->type);
    // reserved, data_reference_index, pre_defined and reserved, width, height, resolutions, reserved, frame_count
    constexpr std::uint64_t k_name_at = 42;
    if (entry->payload_size() < k_name_at + 32 + 4) return;  // then depth and pre_defined
    Bytes field;
    if (read_at(entry->payload + k_name_at, 32, field)) track.compressor_name = compressor_name(field);
  }

  void on_elst() {
    if (parent() == "edts" && track_) out_.tracks[*track_].has_edit_list = true;
  }

  // QuickTime 'keys': version/flags, entry_count, then (size, namespace, name) per key; the items of the
  // ilst beside it are named by 1-based index into them.
  void on_keys(const Box& box) {
    if (parent() != "meta") return;
    if (box.payload_size() > k_max_keys_bytes) {
      problem(where(box) + " is over the 64 KiB cap: not read");
      return;
    }
    const Bytes raw = read_payload(box, k_max_keys_bytes);
    if (raw.size() < 8) return;
    const std::uint32_t count = be32(raw, 4);
    std::size_t at = 8;
    for (std::uint32_t i = 0; i < count && keys_.size() < k_max_keys && raw.size() - at >= 8; ++i) {
      const std::uint32_t size = be32(raw, at);
      if (size < 8 || size > raw.size() - at) {
        problem(where(box) + ": entry " + std::to_string(i + 1) + " has an impossible size " + std::to_string(size));
        return;
      }
      keys_.push_back(raw.substr(at + 8, std::min<std::size_t>(size - 8, k_max_value)));
      at += size;
    }
  }

  void on_ilst(const Box& box, int depth) {
    if (parent() != "meta") return;
    for_each_child(box, box.payload, depth, [&](const Box& item) { on_item(item, depth + 1); });
  }

  // An ilst item: its first 'data' child, named by FourCC, by 'keys' index (mdta) or, for '----', by its
  // 'name' child.
  void on_item(const Box& item, int depth) {
    std::optional<std::string> value;
    std::string freeform_name;
    for_each_child(item, item.payload, depth, [&](const Box& child) {
      if (child.type == "data" && !value) value = data_atom_value(read_payload(child, 8 + k_max_value));
      if (child.type == "name" && freeform_name.empty()) {
        const Bytes raw = read_payload(child, 4 + k_max_value);  // after version/flags
        if (raw.size() > 4) freeform_name = strip_trailing_nuls(raw.substr(4));
      }
    });
    if (value) keep(out_.item_list, item_name(item.type, freeform_name), std::move(*value));
  }

  std::string item_name(const std::string& type, const std::string& freeform_name) const {
    if (meta_handler_ == "mdta" || !keys_.empty()) {
      const std::uint32_t index = be32(type, 0);
      if (index >= 1 && index <= keys_.size()) return keys_[index - 1];
      return "key " + std::to_string(index);
    }
    if (type == "----" && !freeform_name.empty()) return "----:" + freeform_name;
    return fourcc_text(type);
  }

  void on_user_data(const Box& box) {
    if (box.type == "free" || box.type == "skip") return;
    if (box.type == "XMP_") return keep_xmp(box);
    const Bytes raw = read_payload(box, k_max_value);
    keep(out_.user_data, fourcc_text(box.type), user_data_value(box.type, raw, box.payload_size()));
  }

  std::ifstream& in_;
  const std::uint64_t file_size_;
  Mp4Boxes& out_;
  int boxes_seen_ = 0;
  bool stopped_ = false;
  bool seen_ftyp_ = false;
  bool tracks_capped_ = false;
  std::set<const void*> full_maps_;
  std::vector<std::string> path_;     // the types of the boxes we are inside, outermost first
  std::optional<std::size_t> track_;  // the trak being read, as an index into out_.tracks
  std::vector<std::string> keys_;     // the enclosing meta's 'keys'
  std::string meta_handler_;          // the enclosing meta's hdlr type: "mdta", "mdir"
};

}  // namespace

std::optional<Mp4Boxes> read_mp4_boxes(const std::filesystem::path& file) {
  std::error_code error;
  const std::uint64_t size = std::filesystem::file_size(file, error);
  if (error) return std::nullopt;
  std::ifstream in(file, std::ios::binary);
  char head[8];
  if (!in || !in.read(head, sizeof head)) return std::nullopt;
  if (!is_one_of(std::string_view(head + 4, 4), {"ftyp", "moov", "mdat", "free", "wide", "skip"})) return std::nullopt;
  Mp4Boxes out;
  Walker(in, size, out).walk_file();
  return out;
}

}  // namespace media
