#pragma once
// Post URLs: which platform a URL belongs to and which post it names.
//
//   parse_post_url("https://x.com/MIG29_/status/1250000000000000000?s=20")
//     → {twitter, post, id "1250000000000000000", handle "MIG29_"}
//   parse_post_url("pic.twitter.com/SyPjlzGIZ5") → {twitter, media_link}
//   parse_post_url("https://twitter.com/MIG29_") → nullopt (a profile, not a post)
//
// One table entry per platform (post_url.cpp); each entry recognises its own
// hosts, so a test can ask every entry about every URL (platforms_claiming).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/case.hpp"

namespace verify::embeds {

enum class UrlKind {
  post,        // names one post; post_id is set unless `problem` says why not
  media_link,  // pic.twitter.com/…: leads to a post once resolved
  short_link,  // t.co/…, vm.tiktok.com/…, fb.watch/…: must be resolved
};

struct PostRef {
  core::Platform platform = core::Platform::twitter;
  UrlKind kind = UrlKind::post;
  std::string post_id;  // as printed; numeric ids are not range-checked here (see id_time)
  std::string handle;   // without "@", empty when the URL does not carry it
  // Non-empty when the URL has a post's shape but no usable id, e.g.
  // "status URL without a post id": the URL must not become an embed by itself.
  std::string problem;
};

std::optional<PostRef> parse_post_url(std::string_view url);

// Every platform whose table entry accepts the URL (one, for a well-formed
// post URL): yt-dlp's "no duplicates" rule, kept testable.
std::vector<core::Platform> platforms_claiming(std::string_view url);

}  // namespace verify::embeds
