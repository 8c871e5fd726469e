#include "core/media_json.hpp"

#include "core/json_fields.hpp"

namespace core {
namespace {

using namespace json_fields;

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

}  // namespace

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
          {"capture_local", text_or_null(m.capture_local)},
          {"capture_zone", text_or_null(m.capture_zone)},
          {"capture_zone_from", text_or_null(m.capture_zone_from)},
          {"gps_time", instant_or_null(m.gps_time)},
          {"written_time", instant_or_null(m.written_time)},
          {"written_time_from", text_or_null(m.written_time_from)},
          {"origin", {{"verdict", m.origin.verdict}, {"writer", text_or_null(m.origin.writer)}, {"evidence", m.origin.evidence}}},
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
  m.capture_local = text_of(j, "capture_local");
  m.capture_zone = text_of(j, "capture_zone");
  m.capture_zone_from = text_of(j, "capture_zone_from");
  m.gps_time = instant_of(j, "gps_time");
  m.written_time = instant_of(j, "written_time");
  m.written_time_from = text_of(j, "written_time_from");
  if (const auto it = j.find("origin"); it != j.end() && it->is_object()) {
    m.origin.verdict = it->value("verdict", std::string("unknown"));
    m.origin.writer = text_of(*it, "writer");
    m.origin.evidence = it->value("evidence", std::vector<std::string>{});
  }
  m.location = location_of(j, "location");
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

}  // namespace core
