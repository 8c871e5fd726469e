// What the boxes of an MP4/MOV file mean where they are: brands, tracks, user data, meta items, uuid
// boxes and XMP. Boxes are read by media/mp4_box_reader (within bounds), their values by
// media/mp4_atom_values.
#include "media/mp4_boxes.hpp"

#include <algorithm>
#include <array>
#include <fstream>
#include <initializer_list>
#include <set>
#include <string_view>
#include <system_error>
#include <utility>

#include "media/mp4_atom_values.hpp"
#include "media/mp4_box_reader.hpp"
#include "media/mp4_text.hpp"

namespace media {
namespace {

using namespace mp4;  // Box, BoxReader, Bytes and the readers of bytes and values

constexpr std::size_t k_max_tracks = 100;
constexpr std::size_t k_max_entries = 1000;  // per map: user_data, item_list
constexpr std::size_t k_max_xmp = 1u << 20;
constexpr std::size_t k_max_keys = 1024;
constexpr std::size_t k_max_keys_bytes = 64 * 1024;

constexpr std::array<unsigned char, 16> k_xmp_uuid = {0xBE, 0x7A, 0xCF, 0xCB, 0x97, 0xA9, 0x42, 0xE8,
                                                     0x9C, 0x71, 0x99, 0x94, 0x91, 0xE3, 0xAF, 0xAC};

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

// Fills Mp4Boxes from what each box means where it lies, as the reader hands the boxes over.
class Walker {
 public:
  Walker(std::istream& in, std::uint64_t file_size, Mp4Boxes& out) : boxes_(in, file_size, out.problems), out_(out) {}

  void walk_file() {
    const std::uint64_t file_size = boxes_.file_size();
    std::uint64_t at = 0;
    while (!boxes_.stopped() && file_size - at >= 8) {
      const auto box = boxes_.next_box(at, file_size);
      if (!box) return;
      visit(*box, 1);
      at = box->end;
    }
    if (!boxes_.stopped() && at < file_size) {
      boxes_.problem(std::to_string(file_size - at) + " stray bytes after the last box at offset " +
                     std::to_string(at));
    }
  }

 private:
  void enter(const Box& box, std::uint64_t begin, int depth) {
    boxes_.for_each_child(box, begin, depth, [&](const Box& child) { visit(child, depth + 1); });
  }

  // ---- keeping results within bounds ----

  // Keeps the first value of each key, up to k_max_entries keys.
  void keep(std::map<std::string, std::string>& map, const std::string& key, std::string value) {
    if (map.count(key)) return;
    if (map.size() < k_max_entries) {
      map.emplace(key, capped(std::move(value)));
    } else if (!full_maps_.count(&map)) {
      full_maps_.insert(&map);
      boxes_.problem("more than " + std::to_string(k_max_entries) + " entries in '" + fourcc_text(parent()) +
                     "': the rest are not kept");
    }
  }

  bool path_is(std::initializer_list<std::string_view> types) const {
    return std::equal(boxes_.path().begin(), boxes_.path().end(), types.begin(), types.end());
  }

  std::string parent() const { return boxes_.path().empty() ? std::string() : boxes_.path().back(); }

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
    if (!boxes_.path().empty() || seen_ftyp_) return;
    seen_ftyp_ = true;
    const Bytes raw = boxes_.read_payload(box, k_max_value);
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
      boxes_.problem("XMP packet of " + std::to_string(box.payload_size()) + " bytes in " + boxes_.where(box) +
                     " is over the 1 MiB cap: not read");
      return;
    }
    out_.xmp = strip_trailing_nuls(boxes_.read_payload(box, k_max_xmp));
  }

  void on_trak(const Box& box, int depth) {
    if (parent() != "moov") return;
    if (out_.tracks.size() >= k_max_tracks) {
      if (!tracks_capped_) {
        boxes_.problem("more than " + std::to_string(k_max_tracks) + " tracks: the rest are not read");
      }
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
    // version/flags, pre_defined, type, 12 reserved, name
    const Bytes raw = boxes_.read_payload(box, 24 + k_max_value);
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
    if (box.payload_size() >= 8 && boxes_.read_at(box.payload, 8, head) && !starts_like_box(head, box.payload_size())) {
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
    boxes_.for_each_child(box, box.payload + 8, depth, [&](const Box& child) {  // after version/flags and entry_count
      if (!entry) entry = child;
    });
    if (!entry) return;
    Mp4Track& track = out_.tracks[*track_];
    track.sample_format = fourcc_text(entry->type);
    // reserved, data_reference_index, pre_defined and reserved, width, height, resolutions, reserved, frame_count
    constexpr std::uint64_t k_name_at = 42;
    if (entry->payload_size() < k_name_at + 32 + 4) return;  // then depth and pre_defined
    Bytes field;
    if (boxes_.read_at(entry->payload + k_name_at, 32, field)) track.compressor_name = compressor_name(field);
  }

  void on_elst() {
    if (parent() == "edts" && track_) out_.tracks[*track_].has_edit_list = true;
  }

  // QuickTime 'keys': version/flags, entry_count, then (size, namespace, name) per key; the items of the
  // ilst beside it are named by 1-based index into them.
  void on_keys(const Box& box) {
    if (parent() != "meta") return;
    if (box.payload_size() > k_max_keys_bytes) {
      boxes_.problem(boxes_.where(box) + " is over the 64 KiB cap: not read");
      return;
    }
    const Bytes raw = boxes_.read_payload(box, k_max_keys_bytes);
    if (raw.size() < 8) return;
    const std::uint32_t count = be32(raw, 4);
    std::size_t at = 8;
    for (std::uint32_t i = 0; i < count && keys_.size() < k_max_keys && raw.size() - at >= 8; ++i) {
      const std::uint32_t size = be32(raw, at);
      if (size < 8 || size > raw.size() - at) {
        boxes_.problem(boxes_.where(box) + ": entry " + std::to_string(i + 1) + " has an impossible size " +
                       std::to_string(size));
        return;
      }
      keys_.push_back(raw.substr(at + 8, std::min<std::size_t>(size - 8, k_max_value)));
      at += size;
    }
  }

  void on_ilst(const Box& box, int depth) {
    if (parent() != "meta") return;
    boxes_.for_each_child(box, box.payload, depth, [&](const Box& item) { on_item(item, depth + 1); });
  }

  // An ilst item: its first 'data' child, named by FourCC, by 'keys' index (mdta) or, for '----', by its
  // 'name' child.
  void on_item(const Box& item, int depth) {
    std::optional<std::string> value;
    std::string freeform_name;
    boxes_.for_each_child(item, item.payload, depth, [&](const Box& child) {
      if (child.type == "data" && !value) value = data_atom_value(boxes_.read_payload(child, 8 + k_max_value));
      if (child.type == "name" && freeform_name.empty()) {
        const Bytes raw = boxes_.read_payload(child, 4 + k_max_value);  // after version/flags
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
    const Bytes raw = boxes_.read_payload(box, k_max_value);
    keep(out_.user_data, fourcc_text(box.type), user_data_value(box.type, raw, box.payload_size()));
  }

  BoxReader boxes_;
  Mp4Boxes& out_;
  bool seen_ftyp_ = false;
  bool tracks_capped_ = false;
  std::set<const void*> full_maps_;
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
