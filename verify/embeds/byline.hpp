#pragma once
// The signature an embedded post carries under its text, as publish.twitter.com
// prints it and as it survives flattening to plain text:
//   "— Yusha Yuseef ?? (@MIG29_) April 14, 2020"
// Dash forms: "—", "&mdash;", "--", "―", "–". The display name may be missing,
// or hold emoji lost to "??" or right-to-left text; the date may be missing.
// A handle with dots ("@name.bsky.social") is a Bluesky handle.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "core/case.hpp"
#include "verify/embeds/printed_date.hpp"

namespace verify::embeds {

struct Dash {
  std::size_t start = 0;
  std::size_t length = 0;
};

// The last dash form that ends at or before `end` in `text`, looking back at
// most `window` bytes (signatures are short; long lines must stay linear).
std::optional<Dash> find_dash_before(std::string_view text, std::size_t end,
                                     std::size_t window = std::string_view::npos);

struct Handle {
  std::string name;  // without "@"
  core::Platform platform = core::Platform::twitter;
  std::size_t end = 0;  // just past the closing ')'
};

// Reads "(@handle)" at `at` in `text`; nullopt when it is not a valid handle.
std::optional<Handle> read_paren_handle(std::string_view text, std::size_t at);

struct Signature {
  std::size_t start = 0;  // the dash
  std::size_t end = 0;    // past the date, or past ')' without one
  std::string display_name;
  Handle handle;
  std::string date_text;  // as printed, empty when missing
  std::optional<PrintedDate> date;
};

// The signature whose "(@" stands at `at` in `line` (one line of text).
// `language`: the one the date is printed in, when the page says ("" otherwise).
std::optional<Signature> read_signature(std::string_view line, std::size_t at, std::string_view language = {});

// UTF-8 code points in `text` (the unit of the 280-character post limit).
std::size_t code_points(std::string_view text);

// `text` without surrounding white space, no-break spaces (&nbsp;) included.
std::string_view trim_name(std::string_view text);

// Skips spaces, tabs and no-break spaces from `pos`.
std::size_t skip_spaces(std::string_view text, std::size_t pos);

}  // namespace verify::embeds
