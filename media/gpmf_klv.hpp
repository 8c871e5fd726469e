#pragma once
// The KLV layer of GoPro's GPMF, for media/gpmf.cpp: an item's key, type, sample size and
// repeat count, the layout of one sample (from the item's type, or its stream's TYPE text when
// the type is '?'), and the values of a data item divided by its stream's SCAL. Every read is
// checked against the item's own bytes; what cannot be read becomes a problem or nothing.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace media {

struct GpmfFacts;

namespace gpmf {

constexpr std::size_t k_max_elements = 64;  // values per sample; the Karma's widest (ESCS) has 30

using FourCC = std::uint32_t;

constexpr FourCC fourcc(const char (&key)[5]) {
  return FourCC(std::uint8_t(key[0])) << 24 | FourCC(std::uint8_t(key[1])) << 16 | FourCC(std::uint8_t(key[2])) << 8 |
         FourCC(std::uint8_t(key[3]));
}

std::string key_text(FourCC key);
bool printable_key(FourCC key);

std::uint64_t read_be(const std::uint8_t* p, std::size_t n);

// Adds a short phrase to facts.problems: each phrase once, and at most 32 of them.
void add_problem(GpmfFacts& facts, const std::string& text);

// One KLV item: its value is `struct_size * repeat` bytes, already checked to lie within its container.
struct Klv {
  FourCC key = 0;
  char type = 0;
  std::size_t struct_size = 0;
  std::size_t repeat = 0;
  const std::uint8_t* value = nullptr;

  std::size_t value_size() const { return struct_size * repeat; }
};

// Text of a 'c' (or 'U') item: up to the first NUL, trailing spaces dropped.
std::string text_of(const Klv& klv);

// Where each value of one sample lies: one type per value, from the item's own
// type, or from the stream's TYPE text ("lllllllSS", "f[8]L") when it is '?'.
struct Layout {
  std::vector<char> types;
  std::vector<std::size_t> offsets;
};

std::optional<Layout> layout_of(const Klv& klv, std::string_view type_text);

// Value `index` of sample `sample` as a number; nullopt outside the item or for text and ids.
std::optional<double> element(const Klv& klv, const Layout& layout, std::size_t sample, std::size_t index);

// A data item as its stream described it: the SCAL and TYPE that came before it.
struct DataItem {
  Klv klv;
  std::optional<Klv> scal;
  std::string type_text;
};

// Reads the scaled values of a data item; made only when its layout and scale are usable.
class ScaledReader {
 public:
  // nullopt, with a problem in `facts`, when the item has fewer than `min_values` values per
  // sample, a layout that cannot be read, or no usable SCAL.
  static std::optional<ScaledReader> make(const DataItem& item, std::size_t min_values, GpmfFacts& facts);

  std::size_t samples() const { return klv_.repeat; }
  std::optional<double> value(std::size_t sample, std::size_t index) const {
    const auto raw = element(klv_, layout_, sample, index);
    if (!raw || index >= divisors_.size()) return std::nullopt;
    return *raw / divisors_[index];
  }
  std::optional<double> raw(std::size_t sample, std::size_t index) const {
    return element(klv_, layout_, sample, index);
  }

 private:
  ScaledReader(Klv klv, Layout layout, std::vector<double> divisors)
      : klv_(klv), layout_(std::move(layout)), divisors_(std::move(divisors)) {}
  Klv klv_;
  Layout layout_;
  std::vector<double> divisors_;  // one per value of a sample
};

}  // namespace gpmf
}  // namespace media
