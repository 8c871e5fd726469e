#include "verify/article/charset.hpp"

#include <unicode/ucnv.h>

#include <array>
#include <memory>
#include <utility>

#include "core/text.hpp"
#include "verify/article/html_tag.hpp"

namespace verify::article {
namespace {

constexpr std::array<std::pair<std::string_view, std::string_view>, 12> k_aliases = {{
    {"utf8", "utf-8"},
    {"unicode-1-1-utf-8", "utf-8"},
    {"iso-8859-1", "windows-1252"},
    {"iso8859-1", "windows-1252"},
    {"iso_8859-1", "windows-1252"},
    {"latin1", "windows-1252"},
    {"l1", "windows-1252"},
    {"us-ascii", "windows-1252"},
    {"ascii", "windows-1252"},
    {"cp1252", "windows-1252"},
    {"utf-16", "utf-16le"},  // without a byte order mark, browsers read little-endian
    {"unicode", "utf-16le"},
}};

struct ConverterCloser {
  void operator()(UConverter* converter) const { ucnv_close(converter); }
};
using Converter = std::unique_ptr<UConverter, ConverterCloser>;

Converter open_converter(const char* name) {
  UErrorCode status = U_ZERO_ERROR;
  Converter converter(ucnv_open(name, &status));
  if (U_FAILURE(status)) return nullptr;
  return converter;
}

}  // namespace

std::string normalise_charset(std::string_view label) {
  label = core::trim(label);
  while (!label.empty() && (label.front() == '"' || label.front() == '\'')) label.remove_prefix(1);
  while (!label.empty() && (label.back() == '"' || label.back() == '\'')) label.remove_suffix(1);
  std::string name = lower_ascii(core::trim(label));
  for (const auto& [alias, canonical] : k_aliases) {
    if (name == alias) return std::string(canonical);
  }
  return name;
}

bool is_utf8(std::string_view normalised) { return normalised.empty() || normalised == "utf-8"; }

bool is_wide(std::string_view normalised) {
  return normalised.starts_with("utf-16") || normalised.starts_with("utf-32") || normalised.starts_with("ucs-");
}

std::optional<std::string> convert_to_utf8(std::string_view bytes, const std::string& charset) {
  Converter source = open_converter(charset.c_str());
  Converter target = open_converter("UTF-8");
  if (!source || !target) return std::nullopt;
  // Streamed through a pivot buffer, so input of any size converts in chunks.
  std::string out;
  std::array<char, 65536> buffer{};
  std::array<UChar, 4096> pivot{};
  UChar* pivot_source = pivot.data();
  UChar* pivot_target = pivot.data();
  const char* in = bytes.data();
  const char* in_end = bytes.data() + bytes.size();
  bool reset = true;
  while (true) {
    UErrorCode status = U_ZERO_ERROR;
    char* out_at = buffer.data();
    ucnv_convertEx(target.get(), source.get(), &out_at, buffer.data() + buffer.size(), &in, in_end, pivot.data(),
                   &pivot_source, &pivot_target, pivot.data() + pivot.size(), reset, true, &status);
    reset = false;
    out.append(buffer.data(), static_cast<std::size_t>(out_at - buffer.data()));
    if (status == U_BUFFER_OVERFLOW_ERROR) continue;
    if (U_FAILURE(status)) return std::nullopt;
    return out;
  }
}

}  // namespace verify::article
