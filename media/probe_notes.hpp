#pragma once
// The notes of a MediaReport: one sentence each, naming the tag and its
// value, saying what a fact-checker must know to weigh it.

#include <string>

#include "core/case.hpp"

namespace media {

std::string note_unreadable_time(const std::string& from, const std::string& text, const std::string& why);
std::string note_unset_time(const std::string& from, const std::string& text);
std::string note_no_zone(const std::string& from, const std::string& text);
std::string note_unreadable_place(const std::string& from, const std::string& text, const std::string& why);
std::string note_null_island(const std::string& from, const std::string& text);

// The notes that weigh the facts once chosen: a creation_time with no camera
// behind it, a transcoder's name, a file written long after capture, and a
// file that carries no capture time or place at all.
// `main_stream` as for interpret_tags.
void add_weighing_notes(core::MediaReport& report, int main_stream);

}  // namespace media
