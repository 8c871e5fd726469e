#include "media/mp4_box_reader.hpp"

#include <algorithm>
#include <istream>
#include <utility>

namespace media::mp4 {
namespace {

constexpr int k_max_boxes = 20000;
constexpr std::size_t k_max_problems = 100;

}  // namespace

std::optional<Box> BoxReader::next_box(std::uint64_t at, std::uint64_t end) {
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

std::string BoxReader::where(const Box& box) const {
  return "box '" + fourcc_text(box.type) + "' at offset " + std::to_string(box.offset);
}

// Nested, a zero size is QuickTime's list terminator when zeros follow; anything else ends the list early.
std::optional<Box> BoxReader::zero_size_inside(const Box& box, const Bytes& head) {
  if (head != Bytes(8, '\0')) problem(where(box) + " has size 0 inside '" + fourcc_text(path_.back()) + "'");
  return std::nullopt;
}

std::optional<Box> BoxReader::cut_short(const Box& box) {
  problem(where(box) + " is cut short");
  return std::nullopt;
}

std::optional<Box> BoxReader::impossible_size(const Box& box, std::uint64_t size) {
  problem(where(box) + " has an impossible size " + std::to_string(size));
  return std::nullopt;
}

std::optional<Box> BoxReader::runs_past(const Box& box, std::uint64_t size) {
  const bool past_file = size > file_size_ - box.offset;
  const std::string end = past_file ? "the file" : "its parent '" + fourcc_text(path_.back()) + "'";
  problem(where(box) + " runs past the end of " + end + " (size " + std::to_string(size) + ")");
  return std::nullopt;
}

bool BoxReader::read_at(std::uint64_t offset, std::size_t n, Bytes& out) {
  out.assign(n, '\0');
  in_.clear();
  in_.seekg(static_cast<std::streamoff>(offset));
  in_.read(out.data(), static_cast<std::streamsize>(n));
  if (static_cast<std::size_t>(in_.gcount()) == n) return true;
  problem("cannot read " + std::to_string(n) + " bytes at offset " + std::to_string(offset));
  stopped_ = true;  // the file shrank under us or the disk failed: nothing further can be trusted
  return false;
}

Bytes BoxReader::read_payload(const Box& box, std::size_t cap) {
  Bytes raw;
  const auto n = static_cast<std::size_t>(std::min<std::uint64_t>(box.payload_size(), cap));
  if (!read_at(box.payload, n, raw)) raw.clear();
  return raw;
}

void BoxReader::problem(std::string text) {
  if (problems_.size() < k_max_problems) {
    problems_.push_back(std::move(text));
  } else if (problems_.size() == k_max_problems) {
    problems_.push_back("more problems not listed");
  }
}

}  // namespace media::mp4
