#include "core/case_json.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace {

using namespace core;

// A claim with the fields every claim has; links and resolution are set after.
Claim make_claim(std::string id, ClaimKind kind, std::string text, Span span, std::string embed, std::string role,
                 decltype(Claim::value) value, std::string note) {
  Claim c;
  c.id = std::move(id);
  c.kind = kind;
  c.text = std::move(text);
  c.span = span;
  c.embed = std::move(embed);
  c.role = std::move(role);
  c.value = std::move(value);
  c.note = std::move(note);
  return c;
}

Case full_case() {
  Case c;
  c.article.source = "examples/tanf.html";
  c.article.kind = InputKind::html;
  c.article.charset = "utf-8";
  c.article.title = "Title";
  c.article.published = parse_iso8601("2020-04-16");
  c.article.published_from = "--published";
  c.article.text = "text بالفيديو";
  c.article.custody = Custody{"https://news.example/a", "https://news.example/a/", parse_iso8601("2020-04-16T10:00:00Z"),
                              200, std::string(64, 'a'), 42, "article"};
  Embed e;
  e.id = "e1";
  e.platform = Platform::twitter;
  e.post_id = "1256192516094939136";
  e.handle = "MIG29_";
  e.display_name = "Yusha Yuseef ??";
  e.byline_date = parse_date("2020-04-14");
  e.byline_date_text = "April 14, 2020";
  e.id_time = from_unix_millis(1588334609000);
  e.id_time_strength = IdTimeStrength::strong;
  e.id_time_note = "note";
  e.urls = {"https://pic.twitter.com/SyPjlzGIZ5"};
  e.span = {5, 23};
  e.text = "بالفيديو";
  e.found_by = "flattened byline";
  c.embeds.push_back(e);
  Custody custody{"https://cdn.example/tweet-result?id=1", "https://cdn.example/tweet-result?id=1",
                  parse_iso8601("2024-06-10T03:05:00Z"), 200, std::string(64, 'a'), 1234, "twitter-syndication"};
  MediaItem video;
  video.kind = "video";
  video.url = "https://video.example/v.mp4";
  video.file = "media/ab.mp4";
  video.sha256 = std::string(64, 'b');
  video.content_type = "video/mp4";
  video.bitrate = 950000;
  video.duration_s = 14.567;
  video.width = 480;
  video.height = 852;
  video.poster = "https://pbs.example/thumb.jpg";
  video.custody = custody;
  Post p;
  p.embed = "e1";
  p.post_id = e.post_id;
  p.status = PostStatus::deleted;
  p.status_note = "TweetTombstone";
  p.fetched_via = "syndication";
  p.author = "Yusha";
  p.author_handle = "MIG29_";
  p.created_at = parse_iso8601("2020-04-14T10:00:00Z");
  p.text = "t";
  p.lang = "ar";
  MediaItem photo;
  photo.kind = "photo";
  photo.url = "https://pbs.example/p.jpg";
  p.media = {video, photo};
  p.custody = custody;
  c.posts.push_back(p);
  MediaReport m;
  m.embed = "e1";
  m.source = "media/ab.mp4";
  m.sha256 = "ab";
  m.duration_s = 14.5;
  m.tags = {{"creation_time", "2020-04-14T09:00:00.000000Z"}};
  m.capture_time = parse_iso8601("2020-04-14T09:00:00Z");
  m.location = Location{34.56, 38.27};
  m.file = "media/e1-1.mp4";
  m.custody = custody;
  m.kind = "video";
  m.format = "mov,mp4,m4a,3gp,3g2,mj2";
  m.bitrate = 632000;
  m.width = 1280;
  m.height = 720;
  m.rotation = -90.0;
  StreamFacts stream;
  stream.index = 0;
  stream.kind = "video";
  stream.codec = "h264";
  stream.width = 1280;
  stream.height = 720;
  stream.frame_rate = 29.97;
  stream.rotation = -90.0;
  stream.tags = {{"handler_name", "VideoHandler"}};
  m.streams = {stream};
  m.capture_time_from = "creation_time";
  m.altitude_m = 412.5;
  m.location_from = "location";
  m.location_place = Place{"Tadmur", PlaceType::place, Location{34.56, 38.27}, "SY.11", "Homs", "SY", "Syria",
                           "Asia/Damascus", 51323, "geonames", ""};
  m.make = "Apple";
  m.model = "iPhone 12";
  m.software = "Lavf59.27.100";
  m.notes = {"creation_time may be the transcode time"};
  m.keyframes = {Keyframe{1.5, "keyframes/e1-0001.jpg", "a1b2c3d4e5f60718", 120.5, 33.25, "scene-cut"}};
  m.fingerprint = {FingerprintPoint{0, "a1b2c3d4e5f60718"}, FingerprintPoint{2.5, "0000ffff0000ffff"}};
  m.ocr = {OcrText{1.5, "شام اف ام", 91.5, "ara+eng"}};
  c.media.push_back(m);
  Place tadmur{"Tadmur", PlaceType::place, Location{34.56, 38.27}, "SY.11", "Homs", "SY", "Syria", "Asia/Damascus",
               51323, "geonames", "skeleton"};
  Claim place = make_claim("c1", ClaimKind::place, "Tadmour", {10, 17}, "e1", "destination", tadmur, "");
  Place palmyra_us = tadmur;
  palmyra_us.name = "Palmyra";
  palmyra_us.country = "US";
  place.resolution = Resolution{{tadmur, palmyra_us}, "in Homs Governorate, named in the same sentence"};
  place.within = "c7";
  place.from = "c8";
  place.duration = "c9";
  Claim time = make_claim("c2", ClaimKind::time, "this week", {20, 29}, "", "event",
             TimeRange{*parse_iso8601("2020-04-09T00:00:00Z"), *parse_iso8601("2020-04-16T00:00:00Z")}, "");
  Claim source = make_claim("c3", ClaimKind::source, "Sham FM", {30, 37}, "e1", "source", std::monostate{}, "");
  Claim outlet = make_claim("c4", ClaimKind::source, "al-Masdar News reports", {40, 62}, "", "source", SourceRef{"al-Masdar News", "al-Masdar News"}, "");
  Claim count = make_claim("c5", ClaimKind::count, "8-vehicle convoy", {70, 86}, "", "", Count{8, "vehicle"}, "");
  Claim unresolved = make_claim("c6", ClaimKind::time, "this week", {90, 99}, "e1", "event", std::monostate{},
                   "unresolved: the article states no published time");
  place.resolution->candidates[1].admin2_code = "US.NY.117";
  place.resolution->candidates[1].admin2 = "Wayne County";
  Claim doubtful = place;
  doubtful.id = "c10";
  doubtful.resolution->confident = false;
  doubtful.resolution->doubt = "Palmyra in United States shares the name";
  c.claims = {place, time, source, outlet, count, unresolved, doubtful};
  c.checks.push_back(Check{"embed-date", Verdict::inconsistent, "e1", {"c2"},
                           {Evidence{"byline date", "2020-04-14", "article", Span{5, 23}},
                            Evidence{"time in post id", "2020-05-01T12:03:29Z", "id", std::nullopt}},
                           "differs"});
  c.add_error("embeds", "embed e2", "post id does not fit 64 bits");
  return c;
}

TEST(CaseJson, RoundTripKeepsEveryField) {
  const Case original = full_case();
  auto back = case_from_json(case_to_json(original));
  ASSERT_TRUE(back.has_value()) << back.error().message;
  // The markup outline is in memory only; everything else must survive.
  EXPECT_EQ(*back, original);
  EXPECT_EQ(case_to_json(*back), case_to_json(original));
}

TEST(CaseJson, CountSourceAndNoteAreWritten) {
  const auto j = case_to_json(full_case());
  EXPECT_EQ(j["claims"][3]["value"]["outlet"], "al-Masdar News");
  EXPECT_EQ(j["claims"][3]["value"]["matched"], "al-Masdar News");
  EXPECT_EQ(j["claims"][4]["value"]["count"], 8.0);
  EXPECT_EQ(j["claims"][4]["value"]["what"], "vehicle");
  EXPECT_TRUE(j["claims"][4]["note"].is_null());
  EXPECT_TRUE(j["claims"][5]["value"].is_null());
  EXPECT_EQ(j["claims"][5]["note"], "unresolved: the article states no published time");
}

TEST(CaseJson, ConfidenceIsWrittenAndReadOrTakenAsConfidentWhenAbsent) {
  auto j = case_to_json(full_case());
  EXPECT_EQ(j["claims"][0]["resolution"]["confident"], true);
  EXPECT_FALSE(j["claims"][0]["resolution"].contains("doubt"));
  EXPECT_EQ(j["claims"][6]["resolution"]["confident"], false);
  EXPECT_EQ(j["claims"][6]["resolution"]["doubt"], "Palmyra in United States shares the name");
  // A report saved before resolutions carried a confidence reads as confident.
  j["claims"][0]["resolution"].erase("confident");
  auto back = case_from_json(j);
  ASSERT_TRUE(back.has_value()) << back.error().message;
  EXPECT_TRUE(back->claims[0].resolution->confident);
  EXPECT_FALSE(back->claims[6].resolution->confident);
}

TEST(CaseJson, AbsentValuesAreNull) {
  Case c;
  c.embeds.push_back(Embed{});
  const auto j = case_to_json(c);
  EXPECT_TRUE(j["article"]["published"].is_null());
  EXPECT_TRUE(j["article"]["custody"].is_null());
  EXPECT_TRUE(j["embeds"][0]["post_id"].is_null());
  EXPECT_TRUE(j["embeds"][0]["byline_date"].is_null());
  EXPECT_TRUE(j["embeds"][0]["id_time"].is_null());
  EXPECT_EQ(j["embeds"][0]["span"], nlohmann::json::array({0, 0}));
}

TEST(CaseJson, RefusesWrongShapesWithAnError) {
  for (const char* text : {R"({})", R"({"article":{},"embeds":[{"platform":"myspace","span":[0,1]}]})",
                           R"({"article":{"published":"yesterday"}})",
                           R"({"article":{},"checks":[{"kind":"x","verdict":"true"}]})",
                           R"({"article":{},"embeds":[{"platform":"twitter","span":"0-1"}]})"}) {
    auto parsed = case_from_json(nlohmann::json::parse(text));
    EXPECT_FALSE(parsed.has_value()) << text;
    if (!parsed) {
      EXPECT_FALSE(parsed.error().message.empty());
    }
  }
}

TEST(MarkupElement, FindsClassesAndAttributes) {
  MarkupElement el{"blockquote", {{"class", "twitter-tweet  tw-align-center"}, {"lang", "en"}}, {}, 0};
  EXPECT_TRUE(el.has_class("twitter-tweet"));
  EXPECT_TRUE(el.has_class("tw-align-center"));
  EXPECT_FALSE(el.has_class("twitter"));
  EXPECT_EQ(el.attribute("lang"), "en");
  EXPECT_EQ(el.attribute("missing"), "");
}

}  // namespace
