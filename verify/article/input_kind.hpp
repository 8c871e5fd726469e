#pragma once
// Which kind of article the input is: from the file extension, else by
// looking at the start of the text.

#include <string_view>

#include "core/case.hpp"

namespace verify::article {

// .html/.htm/.xhtml → html, .md/.markdown → markdown, .txt → text; any other
// extension (or a URL) is sniffed: an HTML start (<!doctype html, <html,
// <head, <body) or several HTML block tags → html; a YAML front matter line
// "---" first → markdown; else text.
core::InputKind input_kind(std::string_view source, std::string_view text);

core::InputKind sniff_kind(std::string_view text);

}  // namespace verify::article
