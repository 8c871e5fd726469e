#include "verify/embeds/localized_date.hpp"

#include <unicode/datefmt.h>
#include <unicode/gregocal.h>
#include <unicode/locid.h>
#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace verify::embeds {
namespace {

// The languages the embed widget prints its dates in (publish.twitter.com's
// list); Persian also in the Gregorian calendar, which pages print as often.
constexpr std::array<std::string_view, 36> k_widget_languages{
    "en", "ar", "bn", "cs", "da", "de", "el", "es", "fa", "fa@calendar=gregorian", "fi", "fil", "fr", "he", "hi", "hu",
    "id", "it", "ja", "ko", "ms", "nb", "nl", "pl", "pt", "ro", "ru", "sv", "th", "tr", "uk", "ur", "vi", "zh",
    "zh_Hant", "ca"};

// Long enough for any printed date and its era mark; the rest of the line is not read.
constexpr std::size_t k_max_date_bytes = 96;
// A short word closing the date: "г." (год), "р." (рік).
constexpr int k_max_era_mark_letters = 2;

// Three readings of one locale format, tried in turn; the calendar is strict
// in all ("30 февраля" is no date, not 1 March).
struct Format {
  std::unique_ptr<icu::DateFormat> strict;
  std::unique_ptr<icu::DateFormat> lenient;  // other forms of the month name
  std::unique_ptr<icu::DateFormat> bare;     // lenient, without the literal that closes the pattern ("'г'.")
  bool spells_month = false;                 // the month is a name or carries 年/월: safe when the language is a guess
};

// CLDR writes no-break and narrow no-break spaces in patterns ("d MMMM y 'г'.");
// pages print plain spaces as often. Both sides are read with plain ones (one
// UTF-16 unit for one, so offsets stay true).
void plain_spaces(icu::UnicodeString& text) {
  text.findAndReplace(u"\u00a0", u" ").findAndReplace(u"\u202f", u" ").findAndReplace(u"\u2009", u" ");
}

// The pattern up to its last field: "d MMMM y 'г'." → "d MMMM y".
icu::UnicodeString without_closing_literal(const icu::UnicodeString& pattern) {
  bool quoted = false;
  int last_field = -1;
  for (int i = 0; i < pattern.length(); ++i) {
    const char16_t c = pattern.charAt(i);
    if (c == u'\'') {
      quoted = !quoted;
    } else if (!quoted && ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'))) {
      last_field = i;
    }
  }
  return pattern.tempSubString(0, last_field + 1);
}

std::unique_ptr<icu::DateFormat> make_format(const icu::Locale& locale, const icu::UnicodeString& pattern,
                                             bool lenient) {
  UErrorCode status = U_ZERO_ERROR;
  auto f = std::make_unique<icu::SimpleDateFormat>(pattern, locale, status);
  if (U_FAILURE(status)) return nullptr;
  f->setTimeZone(*icu::TimeZone::getGMT());
  f->setLenient(lenient);
  f->setCalendarLenient(false);
  return f;
}

bool spells_month(const icu::UnicodeString& pattern) {
  return pattern.indexOf(u"MMM") >= 0 || pattern.indexOf(u"LLL") >= 0 || pattern.indexOf(u'\u5e74') >= 0 ||
         pattern.indexOf(u'\uc6d4') >= 0 || pattern.indexOf(u'\u6708') >= 0;
}

// A locale's long, medium and full date formats, made once per thread (a
// DateFormat is not safe to share between threads while it parses).
const std::vector<Format>& formats_of(const std::string& locale_id) {
  thread_local std::map<std::string, std::vector<Format>> made;
  auto it = made.find(locale_id);
  if (it != made.end()) return it->second;
  std::vector<Format> formats;
  const icu::Locale locale(locale_id.c_str());
  for (auto style : {icu::DateFormat::kLong, icu::DateFormat::kMedium, icu::DateFormat::kFull}) {
    std::unique_ptr<icu::DateFormat> made_by_icu(icu::DateFormat::createDateInstance(style, locale));
    const auto* simple = dynamic_cast<const icu::SimpleDateFormat*>(made_by_icu.get());
    if (simple == nullptr) continue;
    icu::UnicodeString pattern;
    simple->toPattern(pattern);
    plain_spaces(pattern);
    Format f{make_format(locale, pattern, false), make_format(locale, pattern, true),
             make_format(locale, without_closing_literal(pattern), true), spells_month(pattern)};
    if (f.strict && f.lenient && f.bare) formats.push_back(std::move(f));
  }
  return made.emplace(locale_id, std::move(formats)).first->second;
}

// The date `f` reads at the start of `text`, and how many UTF-16 units it took.
std::optional<std::pair<std::chrono::year_month_day, int>> parse_with(const icu::DateFormat& f,
                                                                       const icu::UnicodeString& text) {
  std::unique_ptr<icu::Calendar> cal(f.getCalendar()->clone());
  if (!cal) return std::nullopt;
  cal->clear();
  icu::ParsePosition at(0);
  f.parse(text, *cal, at);
  if (at.getIndex() == 0) return std::nullopt;  // ICU leaves the index at 0 when nothing parses
  if (!cal->isSet(UCAL_YEAR) && !cal->isSet(UCAL_EXTENDED_YEAR)) return std::nullopt;
  if (!cal->isSet(UCAL_MONTH) || !cal->isSet(UCAL_DATE)) return std::nullopt;
  UErrorCode status = U_ZERO_ERROR;
  const UDate instant = cal->getTime(status);
  icu::GregorianCalendar gregorian(*icu::TimeZone::getGMT(), status);
  gregorian.setTime(instant, status);
  const int year = gregorian.get(UCAL_YEAR, status);
  const int month = gregorian.get(UCAL_MONTH, status) + 1;
  const int day = gregorian.get(UCAL_DATE, status);
  if (U_FAILURE(status) || gregorian.get(UCAL_ERA, status) != icu::GregorianCalendar::AD) return std::nullopt;
  const std::chrono::year_month_day date{std::chrono::year{year}, std::chrono::month{unsigned(month)},
                                         std::chrono::day{unsigned(day)}};
  if (!date.ok()) return std::nullopt;
  return std::make_pair(date, at.getIndex());
}

// The UTF-8 bytes of the first `units` UTF-16 units of `text`.
std::size_t utf8_length(const icu::UnicodeString& text, int units) {
  std::size_t bytes = 0;
  for (int i = 0; i < units && i < text.length();) {
    const UChar32 c = text.char32At(i);
    bytes += static_cast<std::size_t>(U8_LENGTH(c));
    i += U16_LENGTH(c);
  }
  return bytes;
}

// "г." after "3 марта 2021": one space, one or two letters, a dot.
std::size_t era_mark_after(std::string_view text, std::size_t end) {
  std::size_t at = end;
  if (text.substr(at, 1) == " ") {
    ++at;
  } else if (text.substr(at, 2) == "\xC2\xA0") {  // no-break space
    at += 2;
  } else {
    return end;
  }
  int letters = 0;
  while (at < text.size() && letters < k_max_era_mark_letters) {
    UChar32 c = 0;
    std::size_t next = at;
    U8_NEXT(text.data(), next, text.size(), c);
    if (c < 0 || !u_isalpha(c)) break;
    at = next;
    ++letters;
  }
  if (letters == 0 || at >= text.size() || text[at] != '.') return end;
  return at + 1;
}

// `text` cut to at most k_max_date_bytes, at a code point boundary; empty when not UTF-8.
std::string_view date_window(std::string_view text) {
  std::size_t at = 0;
  while (at < text.size()) {
    UChar32 c = 0;
    std::size_t next = at;
    U8_NEXT(text.data(), next, text.size(), c);
    if (c < 0 || next > k_max_date_bytes) break;
    at = next;
  }
  return text.substr(0, at);
}

// `written` is the window as printed, `text` the same with plain spaces.
// Languages whose long date closes with a short era word ("г.", "р.", "ж.").
bool prints_era_mark(std::string_view locale_id) {
  for (std::string_view lang : {"ru", "uk", "be", "bg", "kk", "mk", "sr"}) {
    if (locale_id.starts_with(lang)) return true;
  }
  return false;
}

// A printed date has a four-digit year and at least one other number, in any
// digits: "3 марта 2021", "2020年4月14日", "۲۶ فروردین ۱۳۹۹". Text without them is
// not parsed at all: every ICU attempt costs, and bylines come by thousands.
bool has_year_and_day(std::string_view window) {
  std::size_t runs = 0, longest = 0, run = 0;
  std::size_t at = 0;
  while (at < window.size()) {
    UChar32 c = 0;
    U8_NEXT(window.data(), at, window.size(), c);
    if (c >= 0 && u_isdigit(c)) {
      if (run++ == 0) ++runs;
      longest = std::max(longest, run);
    } else {
      run = 0;
    }
  }
  return runs >= 2 && longest >= 4;
}

// The widget language a page's tag names ("pt-BR" → "pt", "zh-TW" → "zh_Hant"),
// or "" when the widget prints no such language: only these are ever cached.
std::string widget_language(std::string_view tag) {
  std::string lower;
  for (char ch : tag.substr(0, 35)) lower += ch >= 'A' && ch <= 'Z' ? char(ch - 'A' + 'a') : ch == '_' ? '-' : ch;
  const std::string lang = lower.substr(0, lower.find('-'));
  if (lang == "zh") {
    const bool traditional = lower.find("hant") != std::string::npos || lower.ends_with("-tw") ||
                             lower.ends_with("-hk") || lower.ends_with("-mo");
    return traditional ? "zh_Hant" : "zh";
  }
  if (lang == "no" || lang == "nn") return "nb";
  if (lang == "msa") return "ms";
  for (std::string_view known : k_widget_languages) {
    if (known == lang) return lang;
  }
  return {};
}

std::optional<PrintedDate> read_in(const std::string& locale_id, std::string_view window,
                                   const icu::UnicodeString& written, const icu::UnicodeString& text, bool known) {
  for (const int reading : {0, 1, 2}) {
    for (const Format& f : formats_of(locale_id)) {
      if (!known && !f.spells_month) continue;
      const auto parsed = parse_with(reading == 0 ? *f.strict : reading == 1 ? *f.lenient : *f.bare, text);
      if (!parsed) continue;
      PrintedDate out;
      out.length = utf8_length(written, parsed->second);
      if (prints_era_mark(locale_id)) out.length = era_mark_after(window, out.length);
      out.date = parsed->first;
      return out;
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<PrintedDate> read_localized_date(std::string_view text, std::string_view language) {
  const std::string_view window = date_window(text);
  if (window.empty() || window.front() == ' ' || !has_year_and_day(window)) return std::nullopt;
  const icu::UnicodeString written = icu::UnicodeString::fromUTF8(icu::StringPiece(window.data(), int(window.size())));
  icu::UnicodeString unicode = written;
  plain_spaces(unicode);
  if (const std::string id = widget_language(language); !id.empty()) {
    if (auto date = read_in(id, window, written, unicode, true)) return date;
  }
  for (std::string_view id : k_widget_languages) {
    if (auto date = read_in(std::string(id), window, written, unicode, false)) return date;
  }
  return std::nullopt;
}

}  // namespace verify::embeds
