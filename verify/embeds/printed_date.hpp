#pragma once
// Dates as embeds print them under a post:
//   "April 14, 2020", "Apr 14, 2020", "14 April 2020", "2020/03/26", "2018-05-28",
//   "14 de abril de 2020", "14. April 2020", "14 avr. 2020", "Oct 6" (no year),
//   "Dec 31, 2015 at 4:35pm PST" (the time is not read).
// English and numeric forms are read here; every other language the widget
// prints through ICU (localized_date.hpp), in `language` when it is known.

#include <chrono>
#include <cstddef>
#include <optional>
#include <string_view>

namespace verify::embeds {

struct PrintedDate {
  std::size_t length = 0;                        // bytes of the date at the start of the text
  std::optional<std::chrono::year_month_day> date;  // empty without a year, or when impossible
  bool impossible = false;                       // "February 30, 2020": a year is given but the day does not exist
};

// Reads a date at the very start of `text` (no leading spaces); nullopt when
// the text does not start with one.
std::optional<PrintedDate> read_printed_date(std::string_view text, std::string_view language = {});

}  // namespace verify::embeds
