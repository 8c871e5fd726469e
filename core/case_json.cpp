#include "core/case_json.hpp"

#include <nlohmann/json.hpp>

#include "core/case_names.hpp"

namespace core {
namespace {

using nlohmann::json;

// Empty strings are written as null: a consumer can tell "absent" at a glance.
json text_or_null(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

std::string text_of(const json& j, const char* key) {
  auto it = j.find(key);
  return (it == j.end() || it->is_null()) ? std::string() : it->get<std::string>();
}

json instant_or_null(const std::optional<Instant>& t) {
  return t ? json(format_iso8601(*t)) : json(nullptr);
}

std::optional<Instant> instant_of(const json& j, const char* key) {
  const std::string text = text_of(j, key);
  if (text.empty()) return std::nullopt;
  auto parsed = parse_iso8601(text);
  if (!parsed) throw std::invalid_argument(std::string(key) + " is not an ISO 8601 time: " + text);
  return parsed;
}

template <class Enum, std::size_t N>
Enum enum_of(const json& j, const char* key, const NameTable<Enum, N>& table) {
  const std::string name = j.at(key).get<std::string>();
  auto value = lookup_value(table, name);
  if (!value) throw std::invalid_argument(std::string(key) + " has an unknown value: " + name);
  return *value;
}

json span_json(const Span& s) { return json::array({s.start, s.end}); }
Span span_of(const json& j) { return Span{j.at(0).get<std::size_t>(), j.at(1).get<std::size_t>()}; }

template <class T, class F>
json array_of(const std::vector<T>& items, F&& to) {
  json out = json::array();
  for (const auto& item : items) out.push_back(to(item));
  return out;
}

template <class T, class F>
std::vector<T> vector_of(const json& j, const char* key, F&& from) {
  std::vector<T> out;
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return out;
  for (const auto& item : *it) out.push_back(from(item));
  return out;
}

json custody_json(const std::optional<Custody>& c);
std::optional<Custody> custody_of(const json& j, const char* key);

json article_json(const Article& a) {
  return {{"source", a.source}, {"kind", name_of(a.kind)}, {"charset", text_or_null(a.charset)},
          {"title", text_or_null(a.title)}, {"byline", text_or_null(a.byline)},
          {"published", instant_or_null(a.published)}, {"published_from", text_or_null(a.published_from)},
          {"modified", instant_or_null(a.modified)}, {"canonical_url", text_or_null(a.canonical_url)},
          {"language", text_or_null(a.language)}, {"custody", custody_json(a.custody)}, {"text", a.text}};
}

Article article_of(const json& j) {
  Article a;
  a.source = text_of(j, "source");
  a.kind = j.contains("kind") ? enum_of(j, "kind", k_input_kind_names) : InputKind::text;
  a.charset = text_of(j, "charset");
  a.title = text_of(j, "title");
  a.byline = text_of(j, "byline");
  a.published = instant_of(j, "published");
  a.published_from = text_of(j, "published_from");
  a.modified = instant_of(j, "modified");
  a.canonical_url = text_of(j, "canonical_url");
  a.language = text_of(j, "language");
  a.custody = custody_of(j, "custody");
  a.text = text_of(j, "text");
  return a;
}

json embed_json(const Embed& e) {
  return {{"id", e.id}, {"platform", name_of(e.platform)}, {"post_id", text_or_null(e.post_id)},
          {"handle", text_or_null(e.handle)}, {"display_name", text_or_null(e.display_name)},
          {"byline_date", e.byline_date ? json(format_date(*e.byline_date)) : json(nullptr)},
          {"byline_date_text", text_or_null(e.byline_date_text)},
          {"id_time", instant_or_null(e.id_time)},
          {"id_time_strength", e.id_time_strength ? json(name_of(*e.id_time_strength)) : json(nullptr)},
          {"id_time_note", text_or_null(e.id_time_note)},
          {"urls", e.urls}, {"span", span_json(e.span)}, {"text", e.text}, {"found_by", e.found_by}};
}

Embed embed_of(const json& j) {
  Embed e;
  e.id = text_of(j, "id");
  e.platform = enum_of(j, "platform", k_platform_names);
  e.post_id = text_of(j, "post_id");
  e.handle = text_of(j, "handle");
  e.display_name = text_of(j, "display_name");
  const std::string date = text_of(j, "byline_date");
  if (!date.empty()) {
    e.byline_date = parse_date(date);
    if (!e.byline_date) throw std::invalid_argument("byline_date is not YYYY-MM-DD: " + date);
  }
  e.byline_date_text = text_of(j, "byline_date_text");
  e.id_time = instant_of(j, "id_time");
  if (j.contains("id_time_strength") && !j["id_time_strength"].is_null()) {
    e.id_time_strength = enum_of(j, "id_time_strength", k_strength_names);
  }
  e.id_time_note = text_of(j, "id_time_note");
  e.urls = j.value("urls", std::vector<std::string>{});
  e.span = span_of(j.at("span"));
  e.text = text_of(j, "text");
  e.found_by = text_of(j, "found_by");
  return e;
}

json custody_json(const std::optional<Custody>& c) {
  if (!c) return nullptr;
  return {{"url", c->url}, {"final_url", text_or_null(c->final_url)}, {"fetched_at", instant_or_null(c->fetched_at)},
          {"status", c->status}, {"sha256", text_or_null(c->sha256)}, {"size", c->size}, {"via", text_or_null(c->via)}};
}

std::optional<Custody> custody_of(const json& j, const char* key) {
  if (!j.contains(key) || j[key].is_null()) return std::nullopt;
  const json& c = j[key];
  return Custody{text_of(c, "url"),         text_of(c, "final_url"), instant_of(c, "fetched_at"),
                 c.value("status", 0L),     text_of(c, "sha256"),    c.value("size", std::uint64_t{0}),
                 text_of(c, "via")};
}

json media_item_json(const MediaItem& m) {
  return {{"kind", m.kind},
          {"url", m.url},
          {"file", text_or_null(m.file)},
          {"sha256", text_or_null(m.sha256)},
          {"content_type", text_or_null(m.content_type)},
          {"bitrate", m.bitrate},
          {"duration_s", m.duration_s ? json(*m.duration_s) : json(nullptr)},
          {"width", m.width},
          {"height", m.height},
          {"poster", text_or_null(m.poster)},
          {"custody", custody_json(m.custody)}};
}

MediaItem media_item_of(const json& m) {
  MediaItem item;
  item.kind = text_of(m, "kind");
  item.url = text_of(m, "url");
  item.file = text_of(m, "file");
  item.sha256 = text_of(m, "sha256");
  item.content_type = text_of(m, "content_type");
  item.bitrate = m.value("bitrate", std::int64_t{0});
  if (m.contains("duration_s") && !m["duration_s"].is_null()) item.duration_s = m["duration_s"].get<double>();
  item.width = m.value("width", 0);
  item.height = m.value("height", 0);
  item.poster = text_of(m, "poster");
  item.custody = custody_of(m, "custody");
  return item;
}

json post_json(const Post& p) {
  return {{"embed", p.embed},
          {"post_id", text_or_null(p.post_id)},
          {"status", name_of(p.status)},
          {"status_note", text_or_null(p.status_note)},
          {"fetched_via", text_or_null(p.fetched_via)},
          {"author", text_or_null(p.author)},
          {"author_handle", text_or_null(p.author_handle)},
          {"created_at", instant_or_null(p.created_at)},
          {"text", p.text},
          {"lang", text_or_null(p.lang)},
          {"media", array_of(p.media, media_item_json)},
          {"custody", custody_json(p.custody)}};
}

Post post_of(const json& j) {
  Post p;
  p.embed = text_of(j, "embed");
  p.post_id = text_of(j, "post_id");
  p.status = enum_of(j, "status", k_post_status_names);
  p.status_note = text_of(j, "status_note");
  p.fetched_via = text_of(j, "fetched_via");
  p.author = text_of(j, "author");
  p.author_handle = text_of(j, "author_handle");
  p.created_at = instant_of(j, "created_at");
  p.text = text_of(j, "text");
  p.lang = text_of(j, "lang");
  p.media = vector_of<MediaItem>(j, "media", media_item_of);
  p.custody = custody_of(j, "custody");
  return p;
}

json place_json(const Place& p);
Place place_of(const json& j);

json optional_number(const std::optional<double>& v) { return v ? json(*v) : json(nullptr); }

std::optional<double> number_of(const json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return std::nullopt;
  return it->get<double>();
}

json stream_json(const StreamFacts& s) {
  return {{"index", s.index},         {"kind", s.kind},     {"codec", text_or_null(s.codec)},
          {"width", s.width},         {"height", s.height}, {"frame_rate", s.frame_rate},
          {"bitrate", s.bitrate},     {"rotation", optional_number(s.rotation)}, {"tags", s.tags}};
}

StreamFacts stream_of(const json& j) {
  StreamFacts s;
  s.index = j.value("index", 0);
  s.kind = text_of(j, "kind");
  s.codec = text_of(j, "codec");
  s.width = j.value("width", 0);
  s.height = j.value("height", 0);
  s.frame_rate = j.value("frame_rate", 0.0);
  s.bitrate = j.value("bitrate", std::int64_t{0});
  s.rotation = number_of(j, "rotation");
  s.tags = j.value("tags", std::map<std::string, std::string>{});
  return s;
}

json keyframe_json(const Keyframe& k) {
  return {{"t", k.t}, {"file", k.file}, {"phash", k.phash}, {"luma", k.luma}, {"sharpness", k.sharpness},
          {"why", text_or_null(k.why)}};
}

Keyframe keyframe_of(const json& k) {
  return Keyframe{k.at("t").get<double>(), text_of(k, "file"), text_of(k, "phash"), k.at("luma").get<double>(),
                  k.value("sharpness", 0.0), text_of(k, "why")};
}

json ocr_json(const OcrText& o) {
  return {{"t", o.t}, {"text", o.text}, {"confidence", o.confidence}, {"languages", text_or_null(o.languages)}};
}

OcrText ocr_of(const json& o) {
  return OcrText{o.at("t").get<double>(), text_of(o, "text"), o.value("confidence", 0.0), text_of(o, "languages")};
}

json location_json(const std::optional<Location>& l) {
  return l ? json{{"lat", l->lat}, {"lon", l->lon}} : json(nullptr);
}

json media_json(const MediaReport& m) {
  return {{"embed", text_or_null(m.embed)},
          {"source", m.source},
          {"file", text_or_null(m.file)},
          {"custody", custody_json(m.custody)},
          {"kind", text_or_null(m.kind)},
          {"sha256", m.sha256},
          {"format", text_or_null(m.format)},
          {"duration_s", optional_number(m.duration_s)},
          {"bitrate", m.bitrate},
          {"width", m.width},
          {"height", m.height},
          {"rotation", optional_number(m.rotation)},
          {"streams", array_of(m.streams, stream_json)},
          {"tags", m.tags},
          {"capture_time", instant_or_null(m.capture_time)},
          {"capture_time_from", text_or_null(m.capture_time_from)},
          {"location", location_json(m.location)},
          {"altitude_m", optional_number(m.altitude_m)},
          {"location_from", text_or_null(m.location_from)},
          {"location_place", m.location_place ? place_json(*m.location_place) : json(nullptr)},
          {"make", text_or_null(m.make)},
          {"model", text_or_null(m.model)},
          {"software", text_or_null(m.software)},
          {"notes", m.notes},
          {"keyframes", array_of(m.keyframes, keyframe_json)},
          {"fingerprint", array_of(m.fingerprint, [](const FingerprintPoint& f) { return json::array({f.t, f.phash}); })},
          {"ocr", array_of(m.ocr, ocr_json)}};
}

MediaReport media_of(const json& j) {
  MediaReport m;
  m.embed = text_of(j, "embed");
  m.source = text_of(j, "source");
  m.file = text_of(j, "file");
  m.custody = custody_of(j, "custody");
  m.kind = text_of(j, "kind");
  m.sha256 = text_of(j, "sha256");
  m.format = text_of(j, "format");
  m.duration_s = number_of(j, "duration_s");
  m.bitrate = j.value("bitrate", std::int64_t{0});
  m.width = j.value("width", 0);
  m.height = j.value("height", 0);
  m.rotation = number_of(j, "rotation");
  m.streams = vector_of<StreamFacts>(j, "streams", stream_of);
  m.tags = j.value("tags", std::map<std::string, std::string>{});
  m.capture_time = instant_of(j, "capture_time");
  m.capture_time_from = text_of(j, "capture_time_from");
  if (j.contains("location") && !j["location"].is_null()) {
    m.location = Location{j["location"].at("lat").get<double>(), j["location"].at("lon").get<double>()};
  }
  m.altitude_m = number_of(j, "altitude_m");
  m.location_from = text_of(j, "location_from");
  if (j.contains("location_place") && !j["location_place"].is_null()) m.location_place = place_of(j["location_place"]);
  m.make = text_of(j, "make");
  m.model = text_of(j, "model");
  m.software = text_of(j, "software");
  m.notes = j.value("notes", std::vector<std::string>{});
  m.keyframes = vector_of<Keyframe>(j, "keyframes", keyframe_of);
  m.fingerprint = vector_of<FingerprintPoint>(j, "fingerprint", [](const json& f) {
    return FingerprintPoint{f.at(0).get<double>(), f.at(1).get<std::string>()};
  });
  m.ocr = vector_of<OcrText>(j, "ocr", ocr_of);
  return m;
}

json place_json(const Place& p) {
  json point = p.point ? json{{"lat", p.point->lat}, {"lon", p.point->lon}} : json(nullptr);
  return {{"name", p.name}, {"type", name_of(p.type)}, {"point", point},
          {"admin1_code", text_or_null(p.admin1_code)}, {"admin1", text_or_null(p.admin1)},
          {"country", text_or_null(p.country)}, {"country_name", text_or_null(p.country_name)},
          {"timezone", text_or_null(p.timezone)}, {"population", p.population},
          {"source", text_or_null(p.source)}, {"match", text_or_null(p.match)}};
}

Place place_of(const json& j) {
  Place p;
  p.name = text_of(j, "name");
  p.type = enum_of(j, "type", k_place_type_names);
  if (j.contains("point") && !j["point"].is_null()) {
    p.point = Location{j["point"].at("lat").get<double>(), j["point"].at("lon").get<double>()};
  }
  p.admin1_code = text_of(j, "admin1_code");
  p.admin1 = text_of(j, "admin1");
  p.country = text_of(j, "country");
  p.country_name = text_of(j, "country_name");
  p.timezone = text_of(j, "timezone");
  p.population = j.value("population", std::int64_t{0});
  p.source = text_of(j, "source");
  p.match = text_of(j, "match");
  return p;
}

json claim_value_json(const Claim& c) {
  if (const auto* range = std::get_if<TimeRange>(&c.value)) {
    return {{"start", format_iso8601(range->start)}, {"end", format_iso8601(range->end)}};
  }
  if (const auto* place = std::get_if<Place>(&c.value)) return place_json(*place);
  if (const auto* count = std::get_if<Count>(&c.value)) return {{"count", count->value}, {"what", count->what}};
  if (const auto* source = std::get_if<SourceRef>(&c.value)) {
    return {{"outlet", source->outlet}, {"matched", source->matched}};
  }
  return nullptr;
}

json claim_json(const Claim& c) {
  json out{{"id", c.id}, {"kind", name_of(c.kind)}, {"text", c.text}, {"span", span_json(c.span)},
          {"embed", text_or_null(c.embed)}, {"role", text_or_null(c.role)}, {"value", claim_value_json(c)},
          {"note", text_or_null(c.note)}};
  if (c.resolution) {
    out["resolution"] = {{"candidates", array_of(c.resolution->candidates, place_json)},
                         {"reason", c.resolution->reason}};
  }
  if (!c.within.empty()) out["within"] = c.within;
  if (!c.from.empty()) out["from"] = c.from;
  if (!c.duration.empty()) out["duration"] = c.duration;
  return out;
}

Claim claim_of(const json& j) {
  Claim c;
  c.id = text_of(j, "id");
  c.kind = enum_of(j, "kind", k_claim_kind_names);
  c.text = text_of(j, "text");
  c.span = span_of(j.at("span"));
  c.embed = text_of(j, "embed");
  c.role = text_of(j, "role");
  const json& value = j.contains("value") ? j["value"] : json(nullptr);
  if (value.is_object() && value.contains("start")) {
    c.value = TimeRange{*instant_of(value, "start"), *instant_of(value, "end")};
  } else if (value.is_object() && value.contains("name")) {
    c.value = place_of(value);
  } else if (value.is_object() && value.contains("count")) {
    c.value = Count{value.at("count").get<double>(), text_of(value, "what")};
  } else if (value.is_object() && value.contains("outlet")) {
    c.value = SourceRef{text_of(value, "outlet"), text_of(value, "matched")};
  }
  c.note = text_of(j, "note");
  if (j.contains("resolution") && j["resolution"].is_object()) {
    const json& r = j["resolution"];
    c.resolution = Resolution{vector_of<Place>(r, "candidates", place_of), text_of(r, "reason")};
  }
  c.within = text_of(j, "within");
  c.from = text_of(j, "from");
  c.duration = text_of(j, "duration");
  return c;
}

json evidence_json(const Evidence& e) {
  json out{{"label", e.label}, {"value", e.value}, {"source", e.source}};
  if (e.span) out["span"] = span_json(*e.span);
  return out;
}

json check_json(const Check& c) {
  return {{"kind", c.kind}, {"verdict", name_of(c.verdict)}, {"embed", text_or_null(c.embed)},
          {"claims", c.claims}, {"evidence", array_of(c.evidence, evidence_json)},
          {"explanation", c.explanation}};
}

Check check_of(const json& j) {
  Check c;
  c.kind = text_of(j, "kind");
  c.verdict = enum_of(j, "verdict", k_verdict_names);
  c.embed = text_of(j, "embed");
  c.claims = j.value("claims", std::vector<std::string>{});
  c.evidence = vector_of<Evidence>(j, "evidence", [](const json& e) {
    Evidence out{text_of(e, "label"), text_of(e, "value"), text_of(e, "source"), std::nullopt};
    if (e.contains("span")) out.span = span_of(e["span"]);
    return out;
  });
  c.explanation = text_of(j, "explanation");
  return c;
}

json error_json(const Error& e) {
  return {{"stage", e.stage}, {"input", e.input}, {"message", e.message}};
}

}  // namespace

json post_to_json(const Post& p) { return post_json(p); }

json case_to_json(const Case& c) {
  return {{"article", article_json(c.article)},
          {"embeds", array_of(c.embeds, embed_json)},
          {"posts", array_of(c.posts, post_json)},
          {"media", array_of(c.media, media_json)},
          {"claims", array_of(c.claims, claim_json)},
          {"checks", array_of(c.checks, check_json)},
          {"errors", array_of(c.errors, error_json)}};
}

Result<Case> case_from_json(const json& j) {
  try {
    Case c;
    c.article = article_of(j.at("article"));
    c.embeds = vector_of<Embed>(j, "embeds", embed_of);
    c.posts = vector_of<Post>(j, "posts", post_of);
    c.media = vector_of<MediaReport>(j, "media", media_of);
    c.claims = vector_of<Claim>(j, "claims", claim_of);
    c.checks = vector_of<Check>(j, "checks", check_of);
    c.errors = vector_of<Error>(j, "errors", [](const json& e) {
      return Error{text_of(e, "stage"), text_of(e, "input"), text_of(e, "message")};
    });
    return c;
  } catch (const std::exception& e) {
    return fail("report", "report.json", std::string("not a valid report: ") + e.what());
  }
}

}  // namespace core
