#include "media/capture_zone.hpp"

#include <date/tz.h>
#include <fmt/format.h>

#include <chrono>

#include "media/tag_time.hpp"

namespace media {
namespace {

using namespace std::chrono;

std::optional<date::local_seconds> local_reading(const std::string& text) {
  const auto t = parse_tag_time(text, NoOffset::local);
  if (!t || t->zone_known || t->unset) return std::nullopt;
  return date::local_seconds{duration_cast<seconds>(t->instant.utc.time_since_epoch())};
}

}  // namespace

void infer_capture_zone(core::MediaReport& r) {
  if (r.capture_time || r.capture_local.empty() || !r.location_place || r.location_place->timezone.empty()) return;
  const core::Place& place = *r.location_place;
  const auto local = local_reading(r.capture_local);
  if (!local) return;
  try {
    const auto* zone = date::locate_zone(place.timezone);
    const auto info = zone->get_info(*local);
    if (info.result != date::local_info::unique) {
      r.notes.push_back(fmt::format("the local capture time {} is skipped or repeated by a change of the clocks in {} ({}): "
                                    "left local", r.capture_local, place.name, place.timezone));
      return;
    }
    const auto utc = zone->to_sys(*local);
    r.capture_time = core::Instant{core::Millis(duration_cast<milliseconds>(utc.time_since_epoch())), core::Precision::second};
    r.capture_zone = place.timezone;
    r.capture_zone_from = fmt::format("inferred from the file's GPS position (near {}{}{}; UTC{} then), not written in the file",
                                      place.name, place.country.empty() ? "" : ", ", place.country,
                                      offset_text(static_cast<int>(duration_cast<minutes>(info.first.offset).count())));
  } catch (const std::exception&) {
    r.notes.push_back("the time zone " + place.timezone + " of the file's position is unknown to this machine's tzdata: "
                      "the capture time is left local");
  }
}

}  // namespace media
