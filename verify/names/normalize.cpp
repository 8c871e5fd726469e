#include "verify/names/normalize.hpp"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>
#include <mutex>

#include "core/text.hpp"

namespace verify::names {
namespace {

// ICU transliterators are not safe to share between threads while running:
// each thread builds its own, once.
icu::Transliterator& transliterator(const char* id) {
  thread_local std::unique_ptr<icu::Transliterator> fold_rules;
  thread_local std::unique_ptr<icu::Transliterator> latin_rules;
  auto& slot = std::string_view(id) == "fold" ? fold_rules : latin_rules;
  if (!slot) {
    const char* rules = std::string_view(id) == "fold"
                            ? "NFD; [:Nonspacing Mark:] Remove; [:Cf:] Remove; Lower; NFC"
                            : "Any-Latin; Latin-ASCII; NFD; [:Nonspacing Mark:] Remove; [:Cf:] Remove; Lower; NFC";
    UErrorCode status = U_ZERO_ERROR;
    slot.reset(icu::Transliterator::createInstance(rules, UTRANS_FORWARD, status));
    if (U_FAILURE(status) || !slot) throw std::runtime_error("ICU transliterator unavailable: " + std::string(rules));
  }
  return *slot;
}

std::string apply(const char* id, std::string_view text) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  transliterator(id).transliterate(u);
  std::string out;
  u.toUTF8String(out);
  return out;
}

bool is_ascii_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

// Runs of anything but letters and digits become one space.
std::string squeeze(std::string_view text, bool keep_non_ascii) {
  std::string out;
  for (char c : text) {
    const bool keep = is_ascii_alnum(c) || (keep_non_ascii && (static_cast<unsigned char>(c) & 0x80));
    if (keep) {
      out += c;
    } else if (!out.empty() && out.back() != ' ') {
      out += ' ';
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace

std::string fold(std::string_view text) { return squeeze(apply("fold", text), true); }

std::string latin(std::string_view text) { return squeeze(apply("latin", text), false); }

std::string skeleton(std::string_view text) {
  std::string out;
  for (char c : latin(text)) {
    if (c == ' ' || c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y') continue;
    out += c;
  }
  return out;
}

}  // namespace verify::names
