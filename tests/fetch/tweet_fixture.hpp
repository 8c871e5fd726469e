#pragma once
// A syndication answer for the stage tests, with invented values (shaped like
// tests/cases/fetch/twitter/tweet-video.json) and its one MP4 variant at a URL
// the test chooses: the loopback server's /video.mp4.

#include <string>

namespace fetch_testing {

inline constexpr const char* k_tweet_id = "1800000000000000000";

inline std::string tweet_json(const std::string& id, const std::string& video_url) {
  return R"({"__typename": "Tweet", "lang": "en", "created_at": "2024-06-10T03:00:17.000Z",
  "id_str": ")" + id + R"(",
  "text": "Water rising on Main Street now, via Reuters #Flood https://t.co/AbCdEf1234",
  "user": {"id_str": "123456789", "name": "Example User", "screen_name": "example_user"},
  "mediaDetails": [{"type": "video", "media_url_https": "https://pbs.twimg.com/ext_tw_video_thumb/1/pu/img/Xyz123.jpg",
    "original_info": {"height": 240, "width": 320},
    "video_info": {"duration_millis": 2000, "variants": [
      {"bitrate": 632000, "content_type": "video/mp4", "url": ")" + video_url + R"("}]}}]})";
}

inline std::string tombstone_json() {
  return R"({"__typename": "TweetTombstone", "tombstone": {"text": {"text": "This Post was deleted by the Post author."}}})";
}

}  // namespace fetch_testing
