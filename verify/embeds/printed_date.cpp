#include "verify/embeds/printed_date.hpp"

#include <cctype>
#include <string>

#include "verify/embeds/localized_date.hpp"

namespace verify::embeds {
namespace {

using namespace std::chrono;

struct MonthName {
  std::string_view name;  // lower case, as printed (accents in UTF-8)
  unsigned month;
};

// English full names and the abbreviations embeds use; every other language
// is read through ICU (localized_date.hpp).
constexpr MonthName k_months[] = {
    {"january", 1}, {"jan", 1}, {"february", 2}, {"feb", 2}, {"march", 3}, {"mar", 3},
    {"april", 4}, {"apr", 4}, {"may", 5}, {"june", 6}, {"jun", 6}, {"july", 7}, {"jul", 7},
    {"august", 8}, {"aug", 8}, {"september", 9}, {"sep", 9}, {"sept", 9}, {"october", 10}, {"oct", 10},
    {"november", 11}, {"nov", 11}, {"december", 12}, {"dec", 12},
};

bool is_digit(char ch) { return ch >= '0' && ch <= '9'; }

// A cursor over the text; every read advances only on success.
struct Reader {
  std::string_view text;
  std::size_t pos = 0;

  bool at_end() const { return pos >= text.size(); }
  char peek() const { return at_end() ? '\0' : text[pos]; }
  bool literal(std::string_view word) {
    if (text.substr(pos, word.size()) != word) return false;
    pos += word.size();
    return true;
  }
  void spaces() {
    while (!at_end()) {
      if (peek() == ' ' || peek() == '\t') {
        ++pos;
      } else if (!literal("\xC2\xA0")) {  // no-break space
        return;
      }
    }
  }
  std::optional<unsigned> number(std::size_t min_digits, std::size_t max_digits) {
    std::size_t end = pos;
    while (end < text.size() && is_digit(text[end]) && end - pos < max_digits + 1) ++end;
    const std::size_t count = end - pos;
    if (count < min_digits || count > max_digits) return std::nullopt;
    unsigned value = 0;
    for (std::size_t i = pos; i < end; ++i) value = value * 10 + unsigned(text[i] - '0');
    pos = end;
    return value;
  }
  std::optional<unsigned> month_name();
};

std::optional<unsigned> find_month(const std::string& word) {
  for (const auto& entry : k_months) {
    if (entry.name == word) return entry.month;
  }
  return std::nullopt;
}

std::optional<unsigned> Reader::month_name() {
  std::size_t end = pos;
  std::string word;
  while (end < text.size()) {
    const unsigned char ch = static_cast<unsigned char>(text[end]);
    if (!std::isalpha(ch) && ch < 0x80) break;
    word += static_cast<char>(ch < 0x80 ? std::tolower(ch) : ch);
    ++end;
  }
  // "Ä" → "ä" and "É" → "é" for the names that start or contain one in capitals.
  for (std::size_t i = 0; i + 1 < word.size(); ++i) {
    const unsigned char next = static_cast<unsigned char>(word[i + 1]);
    if (word[i] == '\xC3' && next >= 0x80 && next <= 0x9E) word[i + 1] = static_cast<char>(next + 0x20);
  }
  const auto month = find_month(word);
  if (!month) return std::nullopt;
  pos = end;
  if (peek() == '.') ++pos;  // "Apr." "avr."
  return month;
}

// The year after a day and month: ", 2020", " 2020", " de 2020"; nullopt without one.
std::optional<unsigned> year_after(Reader& r) {
  Reader probe = r;
  probe.literal(",");
  probe.spaces();
  if (probe.literal("de ")) probe.spaces();
  const auto year = probe.number(4, 4);
  if (!year) return std::nullopt;
  r = probe;
  return year;
}

PrintedDate finish(const Reader& r, std::optional<unsigned> year, unsigned month, unsigned day) {
  PrintedDate out;
  out.length = r.pos;
  if (!year) return out;
  const year_month_day date{std::chrono::year{int(*year)}, std::chrono::month{month}, std::chrono::day{day}};
  if (date.ok()) {
    out.date = date;
  } else {
    out.impossible = true;
  }
  return out;
}

// "April 14, 2020", "Apr 14 2020", "Oct 6"
std::optional<PrintedDate> month_first(Reader r) {
  const auto month = r.month_name();
  if (!month) return std::nullopt;
  r.spaces();
  const auto day = r.number(1, 2);
  if (!day || *day == 0) return std::nullopt;
  return finish(r, year_after(r), *month, *day);
}

// "14 April 2020", "14. April 2020", "14 de abril de 2020", "14 avr. 2020"
std::optional<PrintedDate> day_first(Reader r) {
  const auto day = r.number(1, 2);
  if (!day || *day == 0) return std::nullopt;
  r.literal(".");
  r.spaces();
  if (r.literal("de ")) r.spaces();
  const auto month = r.month_name();
  if (!month) return std::nullopt;
  return finish(r, year_after(r), *month, *day);
}

// "2020-03-26", "2020/03/26"
std::optional<PrintedDate> numeric(Reader r) {
  const auto year = r.number(4, 4);
  if (!year) return std::nullopt;
  const char separator = r.peek();
  if (separator != '-' && separator != '/') return std::nullopt;
  ++r.pos;
  const auto month = r.number(1, 2);
  if (!month || r.peek() != separator) return std::nullopt;
  ++r.pos;
  const auto day = r.number(1, 2);
  if (!day || is_digit(r.peek())) return std::nullopt;
  return finish(r, year, *month, *day);
}

// "Friday, " before a date, as Facebook prints it.
Reader after_weekday(Reader r) {
  static constexpr std::string_view k_weekdays[] = {"Monday", "Tuesday", "Wednesday", "Thursday",
                                                    "Friday", "Saturday", "Sunday"};
  for (std::string_view day : k_weekdays) {
    if (r.literal(day) || r.literal(day.substr(0, 3))) {
      r.literal(",");
      r.spaces();
      return r;
    }
  }
  return r;
}

}  // namespace

std::optional<PrintedDate> read_printed_date(std::string_view text, std::string_view language) {
  const Reader r = after_weekday(Reader{text, 0});
  if (auto date = numeric(r)) return date;
  if (auto date = day_first(r)) return date;
  if (auto date = month_first(r)) return date;
  return read_localized_date(text, language);
}

}  // namespace verify::embeds
