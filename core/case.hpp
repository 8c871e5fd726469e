#pragma once
// The Case: the one record that flows through the stages
//   ingest → embeds → fetch → media → claims → checks → report.
// Each stage reads what earlier stages wrote and adds its own part.
// Spans are byte offsets [start, end) into Article::text (UTF-8).

#include <chrono>
#include <cstdint>
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "core/error.hpp"
#include "core/time.hpp"

namespace core {

struct Span {
  std::size_t start = 0;
  std::size_t end = 0;
  bool operator==(const Span&) const = default;
};

enum class InputKind { text, html, markdown };

enum class Platform { twitter, youtube, tiktok, instagram, facebook, telegram, bluesky, reddit, vimeo };

// How far a time read from a post id can be trusted: `strong` when the
// platform's servers assign the id, `weak` when the client chooses it.
enum class IdTimeStrength { strong, weak };

// One element of the source markup (HTML, or inline HTML in Markdown), kept so
// later stages can read attributes without parsing again. Only in memory: the
// report carries the text, not the markup.
struct MarkupElement {
  std::string tag;  // lower case
  std::vector<std::pair<std::string, std::string>> attributes;  // names lower case, values decoded
  Span span;        // the element's text in Article::text
  std::size_t parent = static_cast<std::size_t>(-1);  // index into Article::markup, or -1 at the top
  bool operator==(const MarkupElement&) const = default;

  // The attribute's value, or an empty string.
  const std::string& attribute(std::string_view name) const;
  bool has_class(std::string_view name) const;
};

// Where fetched bytes came from: the cache's custody record, as the report cites it.
struct Custody {
  std::string url;           // as requested
  std::string final_url;     // after redirects
  std::optional<Instant> fetched_at;
  long status = 0;           // HTTP status
  std::string sha256;        // of the bytes stored
  std::uint64_t size = 0;
  std::string via;           // "twitter-syndication", "direct", …
  bool operator==(const Custody&) const = default;
};

struct Article {
  std::string source;        // path as given, or URL (secret-like query values redacted)
  InputKind kind = InputKind::text;
  std::string charset;       // the charset the bytes were decoded from
  std::string title;
  std::string byline;
  std::optional<Instant> published;
  std::string published_from;  // where `published` came from, e.g. "meta article:published_time"
  std::optional<Instant> modified;
  std::string canonical_url;
  std::string language;
  std::string text;          // body text; every span points into it
  std::vector<MarkupElement> markup;  // elements of HTML input, in document order
  std::optional<Custody> custody;     // when the article was fetched from a URL
  bool operator==(const Article&) const = default;
};

struct Embed {
  std::string id;            // "e1", "e2", … in article order
  Platform platform = Platform::twitter;
  std::string post_id;       // empty when the article does not carry it
  std::string handle;        // without "@"
  std::string display_name;
  std::optional<std::chrono::year_month_day> byline_date;
  std::string byline_date_text;  // the date as printed
  std::optional<Instant> id_time;
  std::optional<IdTimeStrength> id_time_strength;
  std::string id_time_note;  // why the post id gives no time, when it gives none
  std::vector<std::string> urls;
  Span span;
  std::string text;          // the post text as quoted in the article, kept intact
  std::string found_by;      // which markup or pattern revealed it
  bool operator==(const Embed&) const = default;
};

struct MediaItem {
  std::string kind;          // photo | video | gif
  std::string url;           // the chosen rendition (or playlist)
  std::string file;          // where the downloaded bytes are, once fetched
  std::string sha256;
  std::string content_type;  // "video/mp4", "application/x-mpegURL", "image/jpeg"
  std::int64_t bitrate = 0;  // bits per second of the chosen rendition; 0 when not stated
  std::optional<double> duration_s;
  int width = 0;
  int height = 0;
  std::string poster;        // the platform's still image for a video
  std::optional<Custody> custody;
  bool operator==(const MediaItem&) const = default;
};

enum class PostStatus { ok, deleted, not_found, withheld, restricted, error };

struct Post {
  std::string embed;
  std::string post_id;
  PostStatus status = PostStatus::ok;
  std::string status_note;   // why the post is not ok, in the service's words where it gave any
  std::string fetched_via;
  std::string author;        // display name
  std::string author_handle; // without "@"
  std::optional<Instant> created_at;
  std::string text;
  std::string lang;
  std::vector<MediaItem> media;
  std::optional<Custody> custody;  // of the post's own record (JSON or page)
  bool operator==(const Post&) const = default;
};

struct Location {
  double lat = 0;
  double lon = 0;
  bool operator==(const Location&) const = default;
};

enum class PlaceType { place, region, country, district, world_region };

// A place a claim names, as the gazetteer resolved it. Regions (admin1),
// districts (admin2: counties, districts, raions), countries and world
// regions (continents, "West Africa": their member countries) have no point;
// their membership is what the checks compare.
struct Place {
  std::string name;          // the resolved entity's name: "Tadmur", "Homs", "Syria"
  PlaceType type = PlaceType::place;
  std::optional<Location> point;
  std::string admin1_code;   // "SY.11"
  std::string admin1;        // "Homs"
  std::string country;       // ISO 3166 alpha-2: "SY"
  std::string country_name;  // "Syria"
  std::string timezone;      // IANA zone; places only
  std::int64_t population = 0;
  std::string source;        // "geonames", or the curated alias row's citation
  std::string match;         // how the name matched: exact | alias | skeleton
  std::string admin2_code{};  // "GB.ENG.N5": a district's own code, or the district a place lies in
  std::string admin2{};       // "Suffolk"
  std::vector<std::string> countries{};  // a world region's members, ISO 3166 alpha-2
  bool operator==(const Place&) const = default;
};

// One stream of a media file, as libavformat reads it.
struct StreamFacts {
  int index = 0;
  std::string kind;          // video | audio | subtitle | data | attachment
  std::string codec;         // "h264", "hevc", "vp9", "aac", …
  int width = 0;             // coded size; video only
  int height = 0;
  double frame_rate = 0;     // average frames per second; 0 when unknown
  std::int64_t bitrate = 0;  // bits per second; 0 when not stated
  std::optional<double> rotation;  // degrees counter-clockwise, from the display matrix
  std::map<std::string, std::string> tags;  // raw, as in the file
  bool operator==(const StreamFacts&) const = default;
};

// A representative frame: when it is, where its JPEG is, and what it looks like.
struct Keyframe {
  double t = 0;              // seconds from the start of the media
  std::string file;          // relative to the report's folder
  std::string phash;         // 64-bit perceptual hash, 16 hex digits
  double luma = 0;           // mean luma, 0 (black) … 255 (white)
  double sharpness = 0;      // variance of the Laplacian: low means blurred
  std::string why;           // first | scene-cut | look-change
  bool operator==(const Keyframe&) const = default;
};

// One point of a video's perceptual summary: the pHash of a key frame.
struct FingerprintPoint {
  double t = 0;
  std::string phash;         // 16 hex digits
  bool operator==(const FingerprintPoint&) const = default;
};

// On-screen text read from one keyframe.
struct OcrText {
  double t = 0;
  std::string text;          // bidi marks stripped
  double confidence = 0;     // mean word confidence, 0 … 100
  std::string languages;     // as given to the OCR engine: "ara+eng"
  bool operator==(const OcrText&) const = default;
};

// What the media stage learnt from one video or image: the container and
// stream facts, the tags where capture time and place live (typed, and raw),
// keyframes with their fingerprints, and on-screen text.
// Whether the file is as the camera wrote it, and the evidence.
struct MediaOrigin {
  std::string verdict = "unknown";  // camera-original | rewritten | unknown
  std::string writer;               // the device or the tool that wrote it: "Apple iPhone 6", "Lavf58.29.100"
  std::vector<std::string> evidence;
  bool operator==(const MediaOrigin&) const = default;
};

struct MediaReport {
  std::string embed;         // the embed whose post carried it; empty for a bare file
  std::string source;        // the URL or path the bytes came from
  std::string file;          // the local file that was read
  std::optional<Custody> custody;  // when the file was fetched for this report (embedcheck media URL)
  std::string kind;          // video | image
  std::string sha256;
  std::string format;        // container, as libavformat names it: "mov,mp4,m4a,3gp,3g2,mj2"
  std::optional<double> duration_s;
  std::int64_t bitrate = 0;
  int width = 0;             // of the main video stream (or image), as coded
  int height = 0;
  std::optional<double> rotation;  // of the main video stream
  std::vector<StreamFacts> streams;
  std::map<std::string, std::string> tags;  // container tags (and EXIF fields), raw
  // When it was recorded, in UTC: only when the zone of the clock is known —
  // written in the file, fixed by its format (QuickTime's UTC), or inferred
  // from the file's own GPS position (capture_zone_from says which).
  std::optional<Instant> capture_time;
  std::string capture_time_from;  // the tag it was read from: "com.apple.quicktime.creationdate", …
  // The camera's clock as written, when the tag holds a local time
  // ("2014-09-16T14:05:12"). Without a capture_zone it is all that is known:
  // some instant within UTC−12 … UTC+14 of it, never a UTC time.
  std::string capture_local;
  std::string capture_zone;       // "+03:00", or an IANA zone ("Europe/London"); empty: unknown
  std::string capture_zone_from;  // "written in the tag", "inferred from the GPS position (…)", …
  // The GPS receiver's clock at its fix (EXIF GPS time, GoPro GPSU): a second
  // opinion only — fixes are often minutes to days older than the shot.
  std::optional<Instant> gps_time;
  // When the file was written, not recorded (a container creation_time of a
  // file not known to be a camera original): the recording is no later.
  std::optional<Instant> written_time;
  std::string written_time_from;
  MediaOrigin origin;
  std::optional<Location> location;
  std::optional<double> altitude_m;
  std::string location_from;      // the tag it was read from: "location", "exif GPS", …
  // Where the location is, from the gazetteer: the nearest place, with the
  // region and country the point lies in (empty name when none is near).
  std::optional<Place> location_place;
  std::string make;
  std::string model;
  std::string software;           // encoder or software tag
  // What a reader must know to weigh the tags: platforms re-encode and strip
  // or rewrite them; a creation_time may be the transcode time, not capture.
  std::vector<std::string> notes;
  std::vector<Keyframe> keyframes;
  // The pHash of every key frame decoded, in time order (evenly thinned past
  // a few thousand): the whole file's perceptual summary, for matching later.
  std::vector<FingerprintPoint> fingerprint;
  std::vector<OcrText> ocr;
  bool operator==(const MediaReport&) const = default;
};

enum class ClaimKind { time, place, source, count };

struct TimeRange {
  Instant start;
  Instant end;
  bool operator==(const TimeRange&) const = default;
};

// Why a place claim names the entity it names: the candidates weighed (best
// first, the chosen one included) and the reason the first was chosen. A
// resolution that is not confident (a variant spelling, a namesake nothing in
// the article singles out) says why in `doubt`; checks then never call a
// comparison through it inconsistent.
struct Resolution {
  std::vector<Place> candidates;
  std::string reason;
  bool confident = true;
  std::string doubt{};  // empty when confident
  bool operator==(const Resolution&) const = default;
};

// A quantity the article states ("8-vehicle convoy"): recorded, not checked.
struct Count {
  double value = 0;
  std::string what;          // "vehicle", "trucks"…; empty when not stated
  bool operator==(const Count&) const = default;
};

// The outlet a source claim credits: its canonical name (from data/outlet_aliases.csv,
// or the phrase itself when the table does not know it) and the alias that matched.
struct SourceRef {
  std::string outlet;
  std::string matched;
  bool operator==(const SourceRef&) const = default;
};

struct Claim {
  std::string id;
  ClaimKind kind = ClaimKind::time;
  std::string text;
  Span span;
  std::string embed;         // the embed the claim is bound to, if any
  std::string role;          // event | origin | destination | region | source
  std::variant<std::monostate, TimeRange, Place, Count, SourceRef> value;
  std::string note;          // why there is no value, or how it was resolved
  std::optional<Resolution> resolution;  // place claims: the candidates and the choice
  // Links to other claims by id, read from the sentence: the region or country
  // a place is said to lie in; a destination's origin; a route's time span.
  std::string within;
  std::string from;
  std::string duration;
  bool operator==(const Claim&) const = default;
};

enum class Verdict { consistent, inconsistent, unverifiable };

// One side of a comparison: what it is, its value, and where it comes from
// (article span, post id, fetched record), so a reader can repeat the check.
struct Evidence {
  std::string label;
  std::string value;
  std::string source;
  std::optional<Span> span;
  bool operator==(const Evidence&) const = default;
};

struct Check {
  std::string kind;          // a name from the Checks table: "embed-date", …
  Verdict verdict = Verdict::unverifiable;
  std::string embed;
  std::vector<std::string> claims;
  std::vector<Evidence> evidence;
  std::string explanation;
  bool operator==(const Check&) const = default;
};

struct Case {
  Article article;
  std::vector<Embed> embeds;
  std::vector<Post> posts;
  std::vector<MediaReport> media;
  std::vector<Claim> claims;
  std::vector<Check> checks;
  std::vector<Error> errors;
  bool operator==(const Case&) const = default;

  void add_error(std::string stage, std::string input, std::string message) {
    errors.push_back(Error{std::move(stage), std::move(input), std::move(message)});
  }
};

// Stable lower-case names used in report.json.
const char* name_of(InputKind kind);
const char* name_of(Platform platform);
// The platform as a reader knows it: "Twitter/X", "YouTube", "TikTok", "Telegram".
std::string platform_label(Platform platform);
const char* name_of(IdTimeStrength strength);
const char* name_of(PostStatus status);
const char* name_of(ClaimKind kind);
const char* name_of(PlaceType type);
const char* name_of(Verdict verdict);

std::optional<Platform> platform_from_name(std::string_view name);

}  // namespace core
