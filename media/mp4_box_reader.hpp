#pragma once
// Reading the boxes of an ISO-BMFF file within fixed bounds, for media/mp4_boxes.cpp: every size is
// checked against its parent and the file before it is used, so damaged or hostile input can only
// make the reader stop early, with a problem saying where. Bounds: 8 levels of nesting, 20000 boxes,
// 100 problems.

#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "media/mp4_text.hpp"

namespace media::mp4 {

constexpr int k_max_depth = 8;  // moov/trak/mdia/minf/stbl/stsd/entry is 7 deep

struct Box {
  std::string type;           // the FourCC's four bytes
  std::uint64_t offset = 0;   // of the header
  std::uint64_t payload = 0;  // after the header (and a uuid box's 16-byte user type)
  std::uint64_t end = 0;      // past the box
  std::string user_type;      // uuid boxes: 16 bytes
  std::uint64_t payload_size() const { return end - payload; }
};

class BoxReader {
 public:
  // Problems go to `problems`: at most 100, then one saying that more were not listed.
  BoxReader(std::istream& in, std::uint64_t file_size, std::vector<std::string>& problems)
      : in_(in), file_size_(file_size), problems_(problems) {}

  // The header at `at`, checked against `end`: the parent's end, or the file's.
  std::optional<Box> next_box(std::uint64_t at, std::uint64_t end);

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

  // Seeks and reads exactly `n` bytes; a short read is a problem and stops the reader.
  bool read_at(std::uint64_t offset, std::size_t n, Bytes& out);

  // The payload's first `cap` bytes at most.
  Bytes read_payload(const Box& box, std::size_t cap);

  void problem(std::string text);
  std::string where(const Box& box) const;

  std::uint64_t file_size() const { return file_size_; }
  // After a failed read or past the box cap nothing more is read.
  bool stopped() const { return stopped_; }
  const std::vector<std::string>& path() const { return path_; }

 private:
  std::optional<Box> zero_size_inside(const Box& box, const Bytes& head);
  std::optional<Box> cut_short(const Box& box);
  std::optional<Box> impossible_size(const Box& box, std::uint64_t size);
  std::optional<Box> runs_past(const Box& box, std::uint64_t size);

  std::istream& in_;
  const std::uint64_t file_size_;
  std::vector<std::string>& problems_;
  int boxes_seen_ = 0;
  bool stopped_ = false;
  std::vector<std::string> path_;  // the types of the boxes we are inside, outermost first
};

}  // namespace media::mp4
