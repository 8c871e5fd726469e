#include "media/probe_notes.hpp"

#include <chrono>
#include <cmath>
#include <vector>

#include "core/text.hpp"
#include "media/probe_tags.hpp"
#include "media/tag_time.hpp"

namespace media {
namespace {

std::string in_quotes(const std::string& text) { return "\"" + core::shorten(text, 80) + "\""; }

std::string span_words(std::chrono::seconds s) {
  const auto hours = s.count() / 3600;
  if (hours < 48) return std::to_string(hours) + " hours";
  return std::to_string(hours / 24) + " days";
}

// The container's creation_time, when it is a set UTC clock.
std::optional<core::Instant> container_creation_time(const core::MediaReport& r) {
  const auto it = r.tags.find("creation_time");
  if (it == r.tags.end()) return std::nullopt;
  const auto t = parse_tag_time(it->second, NoOffset::utc);
  if (!t || t->unset) return std::nullopt;
  return t->instant;
}

void note_written_later(core::MediaReport& r) {
  const auto written = container_creation_time(r);
  if (!written || !r.capture_time || r.format == "avi") return;
  const auto gap = std::chrono::duration_cast<std::chrono::seconds>(written->utc - r.capture_time->utc);
  const double slack = r.duration_s.value_or(0) + 3600;
  if (static_cast<double>(gap.count()) <= slack) return;
  r.notes.push_back("creation_time " + core::format_iso8601(*written) + " is " + span_words(gap) +
                    " after the capture time: the file was written again (edited, exported or transcoded) after it was recorded");
}

// The first encoder or software name that belongs to a transcoder: the container's
// encoder tag, the main stream's, then the software chosen for the report.
std::string transcoder_of(const core::MediaReport& r, int main_stream) {
  std::vector<const std::string*> names;
  if (const auto it = r.tags.find("encoder"); it != r.tags.end()) names.push_back(&it->second);
  if (main_stream >= 0) {
    const auto& tags = r.streams[main_stream].tags;
    if (const auto it = tags.find("encoder"); it != tags.end()) names.push_back(&it->second);
  }
  names.push_back(&r.software);
  for (const auto* name : names) {
    if (is_transcoder(*name)) return *name;
  }
  return {};
}

}  // namespace

std::string note_unreadable_time(const std::string& from, const std::string& text, const std::string& why) {
  return from + " " + in_quotes(text) + " is not a time (" + why + "): passed over";
}

std::string note_unset_time(const std::string& from, const std::string& text) {
  return from + " " + in_quotes(text) + " is an unset clock (the 1904 or 1970 epoch, or zeros): not a capture time";
}

std::string note_no_zone(const std::string& from, const std::string& text) {
  return from + " " + in_quotes(text) + " has no time zone: a local clock reading, kept as capture_local and never " +
         "taken for UTC; the instant is within UTC−12 … UTC+14 of it unless the file's GPS position tells the zone";
}

std::string note_unreadable_place(const std::string& from, const std::string& text, const std::string& why) {
  return from + " " + in_quotes(text) + " is not an ISO 6709 point (" + why + "): passed over";
}

std::string note_null_island(const std::string& from, const std::string& text) {
  return from + " " + in_quotes(text) + " is 0°, 0°: what devices write without a position fix, not a place; not used";
}

void add_weighing_notes(core::MediaReport& r, int main_stream) {
  const std::string transcoder = transcoder_of(r, main_stream);
  if (r.written_time && !r.capture_time && r.capture_local.empty()) {
    r.notes.push_back(r.written_time_from + " " + core::format_iso8601(*r.written_time) +
                      " is when the file was written, not when it was recorded: the file is not known to be a camera "
                      "original" + (r.origin.writer.empty() ? std::string() : " (written by " + in_quotes(r.origin.writer) + ")") +
                      ". The recording is no later than it; a platform's copy carries its upload or transcode time");
  }
  if (!transcoder.empty()) {
    r.notes.push_back("the file was written by " + in_quotes(transcoder) +
                      ", an encoding library rather than a camera: it was re-encoded or rewritten, and its tags may have "
                      "been copied, changed or added on the way");
  }
  if (r.capture_time) note_written_later(r);
  if (!r.capture_time && r.capture_local.empty() && !r.location) {
    r.notes.push_back("the file carries no capture time or place: platforms (X/Twitter, YouTube, Instagram, TikTok, Facebook, "
                      "Telegram) re-encode uploads and strip such tags; only an original file from its source would carry them");
  }
}

}  // namespace media
