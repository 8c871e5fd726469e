#pragma once
// ISO 6709 point strings, as cameras and FFmpeg write them into media tags:
//
//   +37.7858-122.4064/               decimal degrees (Android, ©xyz)
//   +52.5163+013.3777+034.000/       with altitude in metres (Apple's location.ISO6709)
//   +3746.5-12224.2/                 degrees and decimal minutes
//   +374700-1222400/                 degrees, minutes and seconds
//   +37.7858-122.4064CRSWGS_84/      with a coordinate reference system
//   +37.7858-122.4064                without the terminating "/"
//   +37.7858-122.4064+10.000000/Home FFmpeg's rendering of a 3GPP loci box (altitude, place name)
//
// Latitude has two integer digits of degrees, longitude three (one or two
// are accepted from lax writers); the number of integer digits says which
// form a value is in; minutes and seconds are converted to decimal degrees
// rounded to 1e-7° (about 1 cm), decimal degrees are kept as written. Signs
// are mandatory. Values out of range (latitude
// beyond ±90, longitude beyond ±180, minutes or seconds of 60 or more) and
// anything else that does not fit are refused with the reason.

#include <optional>
#include <string>
#include <string_view>

#include <tl/expected.hpp>

namespace media {

struct Iso6709Point {
  double lat = 0;
  double lon = 0;
  std::optional<double> altitude_m;
  std::string crs;    // "WGS_84" from "CRSWGS_84"; empty when not given
  std::string place;  // what follows the "/", as in FFmpeg's loci rendering; usually empty
};

// The point, or why the text is not one (one line, naming the part at fault).
tl::expected<Iso6709Point, std::string> parse_iso6709(std::string_view text);

}  // namespace media
