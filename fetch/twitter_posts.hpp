#pragma once
// Twitter/X posts through the services of fetch/twitter_services.hpp, in
// rounds: every post is asked of the first service side by side; the posts it
// gave an Error for (the network, a refusal, an answer that is no post, an
// offline cache miss) are asked of the next, and so on. A finding (a
// tombstone, a 404) is final: it is what X says about the post.
//
// A post read from a later service says so in its status_note, naming the
// services that gave nothing but not why: the reasons describe the run (a
// 503, a timeout), not the post, and an --offline replay, which cannot know
// them, must give the same Post. When every service fails, each one's
// one-line Error goes to Case::errors (each names the URL a reader can
// repeat) and the Post, with status error, lists them in its note.

#include <cstddef>
#include <string>
#include <vector>

#include "core/case.hpp"
#include "fetch/fetch_stage.hpp"
#include "fetch/stage_source.hpp"

namespace fetch {

struct TwitterTarget {
  std::size_t embed;  // index into Case::embeds
  std::string post_id;
};

// Appends one Post per target to c.posts (in target order of completion).
void read_twitter_posts(core::Case& c, const std::vector<TwitterTarget>& targets, StageSource& source,
                        const FetchSettings& settings);

}  // namespace fetch
