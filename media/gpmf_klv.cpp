#include "media/gpmf_klv.hpp"

#include <algorithm>
#include <bit>
#include <cmath>

#include "media/gpmf.hpp"

namespace media::gpmf {
namespace {

constexpr std::size_t k_max_problems = 32;
constexpr std::size_t k_max_text = 256;  // bytes kept of a name or a TYPE

// Bytes per value of a GPMF type; 0 for nested ('\0'), complex ('?') and unknown types.
std::size_t type_size(char type) {
  switch (type) {
    case 'b': case 'B': case 'c': return 1;
    case 's': case 'S': return 2;
    case 'l': case 'L': case 'f': case 'F': case 'q': return 4;
    case 'j': case 'J': case 'd': case 'Q': return 8;
    case 'G': case 'U': return 16;
    default: return 0;
  }
}

// A number of a numeric type at `p` (which holds type_size(type) bytes); nullopt for text and ids.
std::optional<double> number_at(char type, const std::uint8_t* p) {
  switch (type) {
    case 'b': return static_cast<std::int8_t>(p[0]);
    case 'B': return p[0];
    case 's': return static_cast<std::int16_t>(read_be(p, 2));
    case 'S': return static_cast<double>(read_be(p, 2));
    case 'l': return static_cast<std::int32_t>(read_be(p, 4));
    case 'L': return static_cast<double>(read_be(p, 4));
    case 'j': return static_cast<double>(static_cast<std::int64_t>(read_be(p, 8)));
    case 'J': return static_cast<double>(read_be(p, 8));
    case 'f': return std::bit_cast<float>(static_cast<std::uint32_t>(read_be(p, 4)));
    case 'd': return std::bit_cast<double>(read_be(p, 8));
    case 'q': return static_cast<std::int32_t>(read_be(p, 4)) / 65536.0;
    case 'Q': return static_cast<double>(static_cast<std::int64_t>(read_be(p, 8))) / 4294967296.0;
    default: return std::nullopt;
  }
}

std::optional<std::vector<char>> expand_type_text(std::string_view text) {
  std::vector<char> types;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '[') {
      types.push_back(text[i]);
    } else {  // "[n]" repeats the type before it n times in all
      const auto close = text.find(']', i);
      if (types.empty() || close == std::string_view::npos || close == i + 1 || close - i > 4) return std::nullopt;
      std::size_t count = 0;
      for (std::size_t j = i + 1; j < close; ++j) {
        if (text[j] < '0' || text[j] > '9') return std::nullopt;
        count = count * 10 + std::size_t(text[j] - '0');
      }
      if (count == 0 || count > k_max_elements) return std::nullopt;
      types.insert(types.end(), count - 1, types.back());
      i = close;
    }
    if (types.size() > k_max_elements) return std::nullopt;
  }
  return types;
}

// SCAL holds one divisor for all values or one per value, as numbers of any simple type.
std::optional<std::vector<double>> divisors_for(const Klv& scal, std::size_t values, const std::string& name,
                                                GpmfFacts& facts) {
  const auto layout = layout_of(scal, {});
  if (!layout) {
    add_problem(facts, name + " has a SCAL that is not numbers");
    return std::nullopt;
  }
  std::vector<double> all;
  for (std::size_t s = 0; s < scal.repeat && all.size() <= k_max_elements; ++s) {
    for (std::size_t i = 0; i < layout->types.size(); ++i) {
      if (const auto v = element(scal, *layout, s, i)) all.push_back(*v);
    }
  }
  if (all.size() != 1 && all.size() < values) {
    add_problem(facts,
                name + " has " + std::to_string(all.size()) + " scales for " + std::to_string(values) + " values");
    return std::nullopt;
  }
  std::vector<double> divisors(values, all.empty() ? 0.0 : all[0]);
  if (all.size() > 1) std::copy_n(all.begin(), values, divisors.begin());
  for (double d : divisors) {
    if (d == 0) {
      add_problem(facts, name + " has a zero scale");
      return std::nullopt;
    }
    if (!std::isfinite(d)) {
      add_problem(facts, name + " has a scale that is not a number");
      return std::nullopt;
    }
  }
  return divisors;
}

}  // namespace

std::string key_text(FourCC key) {
  return {char(key >> 24), char(key >> 16), char(key >> 8), char(key)};
}

std::uint64_t read_be(const std::uint8_t* p, std::size_t n) {
  std::uint64_t v = 0;
  for (std::size_t i = 0; i < n; ++i) v = v << 8 | p[i];
  return v;
}

bool printable_key(FourCC key) {
  for (int shift = 24; shift >= 0; shift -= 8) {
    const auto c = std::uint8_t(key >> shift);
    if (c < 0x20 || c > 0x7e) return false;
  }
  return true;
}

void add_problem(GpmfFacts& facts, const std::string& text) {
  if (facts.problems.size() >= k_max_problems) return;
  if (std::find(facts.problems.begin(), facts.problems.end(), text) != facts.problems.end()) return;
  facts.problems.push_back(text);
}

std::string text_of(const Klv& klv) {
  if (klv.type != 'c' && klv.type != 'U') return {};
  std::string text(reinterpret_cast<const char*>(klv.value), std::min(klv.value_size(), k_max_text));
  if (const auto nul = text.find('\0'); nul != std::string::npos) text.resize(nul);
  while (!text.empty() && text.back() == ' ') text.pop_back();
  return text;
}

std::optional<Layout> layout_of(const Klv& klv, std::string_view type_text) {
  Layout layout;
  if (klv.type == '?') {
    auto types = expand_type_text(type_text);
    if (!types || types->empty()) return std::nullopt;
    layout.types = std::move(*types);
  } else {
    const std::size_t size = type_size(klv.type);
    if (size == 0 || klv.struct_size < size || klv.struct_size % size != 0) return std::nullopt;
    if (klv.struct_size / size > k_max_elements) return std::nullopt;
    layout.types.assign(klv.struct_size / size, klv.type);
  }
  std::size_t offset = 0;
  for (char type : layout.types) {
    const std::size_t size = type_size(type);
    if (size == 0) return std::nullopt;
    layout.offsets.push_back(offset);
    offset += size;
  }
  if (offset > klv.struct_size) return std::nullopt;  // TYPE describes more bytes than a sample holds
  return layout;
}

std::optional<double> element(const Klv& klv, const Layout& layout, std::size_t sample, std::size_t index) {
  if (sample >= klv.repeat || index >= layout.types.size()) return std::nullopt;
  const char type = layout.types[index];
  const std::size_t at = sample * klv.struct_size + layout.offsets[index];
  if (at + type_size(type) > klv.value_size()) return std::nullopt;
  return number_at(type, klv.value + at);
}

std::optional<ScaledReader> ScaledReader::make(const DataItem& item, std::size_t min_values, GpmfFacts& facts) {
  const std::string name = key_text(item.klv.key);
  auto layout = layout_of(item.klv, item.type_text);
  if (!layout) {
    add_problem(facts, name + " has a layout that cannot be read");
    return std::nullopt;
  }
  if (layout->types.size() < min_values) {
    add_problem(facts, name + " has " + std::to_string(layout->types.size()) + " values per sample, fewer than " +
                           std::to_string(min_values));
    return std::nullopt;
  }
  if (!item.scal) {
    add_problem(facts, name + " has no SCAL");
    return std::nullopt;
  }
  auto divisors = divisors_for(*item.scal, layout->types.size(), name, facts);
  if (!divisors) return std::nullopt;
  return ScaledReader(item.klv, std::move(*layout), std::move(*divisors));
}

}  // namespace media::gpmf
