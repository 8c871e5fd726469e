#pragma once
// Check "onscreen-text": the text read from a media file's keyframes (OCR)
// against the outlets the article credits and the places it names, across
// scripts (names::fold and names::skeleton through WordWindows, and the
// outlet alias table: "شام اف ام" on screen = Sham FM).
//
//   consistent    a credited outlet's name (or its logo's text) is on screen,
//                 or, with no other outlet on screen, a claimed place's name
//   inconsistent  another known outlet's name is on screen and none of the
//                 credited ones is: the video carries that outlet's caption
//                 (only for credits bound to this file's post, as in
//                 "attribution")
//   unverifiable  no text was read, or nothing in it concerns the claims
//
// OCR'd text is noisy: another outlet counts only by a name of several words
// or a Latin name of at least three letters, as in "attribution".
// One check per media report with OCR text or a credited outlet.

#include <vector>

#include "core/case.hpp"

namespace verify {

std::vector<core::Check> check_onscreen_text(const core::Case& c);

}  // namespace verify
