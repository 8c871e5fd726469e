#pragma once
// The Twitter/X services a post is asked of, in the order they are tried
// (docs/decisions.md, "Twitter/X fallback order"): the syndication endpoint,
// oEmbed, the X API v2 — only when the client holds the bearer token, which
// it sends to that origin alone — and the configured mirror. Each entry
// knows the URL it asks and how its answer becomes a Post.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/case.hpp"
#include "core/config.hpp"
#include "core/result.hpp"
#include "fetch/platforms/media_choice.hpp"

namespace fetch {

struct TwitterAsk {
  std::string post_id;
  std::string handle;  // the embed's, when it printed one; oEmbed asks with it
};

struct TwitterService {
  std::string_view via;
  // nullopt when the post cannot be asked for (an id that is not all digits).
  std::optional<std::string> (*url)(const core::Services& services, const TwitterAsk& ask);
  // The answer as a Post (a finding included); an Error when it is not a usable answer.
  core::Result<core::Post> (*parse)(std::string_view body, long http_status, const std::string& id,
                                    const MediaChoice& choice);
};

// The services in the order they are asked; the X API v2 only `with_api`.
std::vector<TwitterService> twitter_services(bool with_api);

}  // namespace fetch
