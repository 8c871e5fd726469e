#include "core/case_json.hpp"

#include "core/json_fields.hpp"
#include "core/media_json.hpp"

namespace core {
namespace {

using namespace json_fields;

json span_json(const Span& s) { return json::array({s.start, s.end}); }
Span span_of(const json& j) { return Span{j.at(0).get<std::size_t>(), j.at(1).get<std::size_t>()}; }

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

json media_item_json(const MediaItem& m) {
  return {{"kind", m.kind},
          {"url", m.url},
          {"file", text_or_null(m.file)},
          {"sha256", text_or_null(m.sha256)},
          {"content_type", text_or_null(m.content_type)},
          {"bitrate", m.bitrate},
          {"duration_s", optional_number(m.duration_s)},
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
  item.duration_s = number_of(m, "duration_s");
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
                         {"reason", c.resolution->reason},
                         {"confident", c.resolution->confident}};
    if (!c.resolution->confident) out["resolution"]["doubt"] = c.resolution->doubt;
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
    // Reports written before resolutions carried a confidence read as confident.
    if (r.contains("confident") && r["confident"].is_boolean()) c.resolution->confident = r["confident"].get<bool>();
    c.resolution->doubt = text_of(r, "doubt");
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
