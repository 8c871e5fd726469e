#pragma once
// Dates as the embed widget prints them in the page's language, read with
// ICU's date formats and CLDR's month names (long, abbreviated, genitive and
// standalone forms, native digits, the locale's calendar):
//   ru "3 марта 2021 г."   ja "2020年4月14日"   ko "2020년 4월 14일"
//   ar "١٤ أبريل ٢٠٢٠"     fa "۲۶ فروردین ۱۳۹۹" (Persian calendar) or "۱۴ آوریل ۲۰۲۰"
//   th "14 เมษายน 2563" (Buddhist era)      de "14. April 2020"
// With no language, every language the widget prints is tried, and only
// formats that spell the month (a name, or 年/월 markers) are used: "04.05.2020"
// means two dates, depending on the language.

#include <optional>
#include <string_view>

#include "verify/embeds/printed_date.hpp"

namespace verify::embeds {

// Reads a date at the very start of `text`, in `language` (a BCP 47 tag such
// as "ru", "pt-BR", "zh-Hant"; "" when unknown). The length counts UTF-8
// bytes and takes in a short trailing era mark ("г.", "р.").
std::optional<PrintedDate> read_localized_date(std::string_view text, std::string_view language = {});

}  // namespace verify::embeds
