#include "verify/article/decode.hpp"

#include "core/text.hpp"
#include "verify/article/charset.hpp"

namespace verify::article {
namespace {

constexpr std::string_view k_utf8_bom = "\xEF\xBB\xBF";

core::Result<void> refuse_nul(std::string_view bytes, const std::string& source, std::string_view what) {
  const auto nul = bytes.find('\0');
  if (nul == std::string_view::npos) return {};
  return core::fail("ingest", source,
                    "is binary, not text: a NUL " + std::string(what) + " at byte offset " + std::to_string(nul));
}

core::Result<Decoded> decode_utf8(std::string bytes, const Declared& declared, const std::string& source) {
  if (auto nul = refuse_nul(bytes, source, "byte"); !nul) return tl::unexpected(nul.error());
  if (const auto bad = core::first_invalid_utf8(bytes)) {
    const std::string where = " at byte offset " + std::to_string(*bad);
    if (declared.charset.empty()) {
      return core::fail("ingest", source,
                        "is not valid UTF-8" + where +
                            " and declares no charset (name it with --charset or <meta charset>)");
    }
    return core::fail("ingest", source, "is declared utf-8 by " + declared.by + " but is not valid UTF-8" + where);
  }
  if (std::string_view(bytes).starts_with(k_utf8_bom)) bytes.erase(0, k_utf8_bom.size());
  return Decoded{std::move(bytes), "utf-8"};
}

core::Result<Decoded> decode_other(const std::string& bytes, const Declared& declared, const std::string& source) {
  // UTF-16 and UTF-32 hold NUL bytes in plain text: look for NUL characters after decoding.
  const bool wide = is_wide(declared.charset);
  if (!wide) {
    if (auto nul = refuse_nul(bytes, source, "byte"); !nul) return tl::unexpected(nul.error());
  }
  auto text = convert_to_utf8(bytes, declared.charset);
  if (!text) {
    return core::fail("ingest", source,
                      "declares the charset \"" + declared.charset + "\" (by " + declared.by +
                          "), which is not a known charset");
  }
  if (wide) {
    if (auto nul = refuse_nul(*text, source, "character (after decoding)"); !nul) return tl::unexpected(nul.error());
  }
  if (std::string_view(*text).starts_with(k_utf8_bom)) text->erase(0, k_utf8_bom.size());
  return Decoded{std::move(*text), declared.charset};
}

}  // namespace

std::string bom_charset(std::string_view bytes) {
  if (bytes.starts_with(k_utf8_bom)) return "utf-8";
  if (bytes.starts_with("\xFF\xFE")) return "utf-16le";
  if (bytes.starts_with("\xFE\xFF")) return "utf-16be";
  return {};
}

core::Result<Decoded> decode(std::string bytes, const Declared& declared, const std::string& source) {
  core::Result<Decoded> decoded = is_utf8(declared.charset) ? decode_utf8(std::move(bytes), declared, source)
                                                            : decode_other(bytes, declared, source);
  if (decoded) normalise_line_ends(decoded->text);
  return decoded;
}

void normalise_line_ends(std::string& text) {
  std::size_t out = 0;
  for (std::size_t in = 0; in < text.size(); ++in) {
    if (text[in] == '\r') {
      text[out++] = '\n';
      if (in + 1 < text.size() && text[in + 1] == '\n') ++in;
    } else {
      text[out++] = text[in];
    }
  }
  text.resize(out);
}

}  // namespace verify::article
